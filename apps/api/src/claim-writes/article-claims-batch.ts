import type { EntityManager } from 'typeorm';
import type {
  ClaimWritesRepository,
  NewClaimLocationWithCopies,
  NewClaimRow,
  NewFramingRow,
} from './claim-writes.repository.js';
import { proposalOf } from './extraction-proposal.js';

export type BatchMark = { written: number; places: number; framing: number };

/** A claim of a new article with its places, given by index into the article's claims. */
export type ArticleClaims = {
  articleId: number;
  claims: readonly NewClaimRow[];
  /** Places per claim, by the claim's index in `claims`. */
  locations: readonly { claimIndex: number; locationId: number; mention: string | null }[];
  framing: readonly NewFramingRow[];
};

/**
 * The rows of new articles, written as ClaimWriter.insertForArticles hands it out: it remembers the
 * articles so the writer can add their derived data once, when the whole batch is in. Claims are inserted
 * at once (their ids are needed); their places and the framing rows, which nothing reads before the batch
 * ends and whose references are checked before (the claims just inserted, places checked against the
 * locations), wait for `flush`: a few multi-row INSERTs for the batch instead of two statements per article.
 */
export class ArticleClaimsBatch {
  private readonly written: number[] = [];
  private places: NewClaimLocationWithCopies[] = [];
  private framing: (NewFramingRow & { articleId: number })[] = [];

  constructor(
    private readonly manager: EntityManager,
    private readonly writes: ClaimWritesRepository,
  ) {}

  /** Inserts the article's claims (new claims are unreviewed by their analyst too), places and framing rows; returns the claim ids in order. */
  async insert(article: ArticleClaims): Promise<number[]> {
    const placesOf = (index: number) =>
      article.locations.filter((location) => location.claimIndex === index).map((location) => location.locationId);
    const ids = await this.writes.insertClaims(
      article.articleId,
      article.claims.map((claim, index) => ({
        ...claim,
        analystStatus: claim.status,
        // The extractor's proposal, kept to compare with the reviewed claim; analysts' claims propose nothing.
        extractionProposal: claim.origin === 'extracted' ? JSON.stringify(proposalOf(claim, placesOf(index))) : null,
      })),
      this.manager,
    );
    const seen = new Set<string>();
    const places: NewClaimLocationWithCopies[] = [];
    for (const location of article.locations) {
      const claimId = ids[location.claimIndex];
      const key = `${claimId}:${location.locationId}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const { conflictId, eventDay, campId, status } = article.claims[location.claimIndex];
      places.push({
        claimId,
        locationId: location.locationId,
        mention: location.mention,
        conflictId,
        eventDay,
        campId,
        status,
      });
    }
    this.places.push(...places);
    this.framing.push(...article.framing.map((row) => ({ ...row, articleId: article.articleId })));
    this.written.push(article.articleId);
    return ids;
  }

  /** Where the rows stand before an article's savepoint; `rollbackTo` it when that savepoint is rolled back. */
  mark(): BatchMark {
    return { written: this.written.length, places: this.places.length, framing: this.framing.length };
  }

  /**
   * Forgets what was inserted after `mark`, as the savepoint's rollback did: its claims are gone, and on SQLite
   * their ids (and the article's) may be handed out again to the next article.
   */
  rollbackTo(mark: BatchMark): void {
    this.written.length = mark.written;
    this.places.length = mark.places;
    this.framing.length = mark.framing;
  }

  /** Inserts the places and framing rows waiting; the writer calls it before it reads them (rollups). */
  async flush(): Promise<void> {
    const [places, framing] = [this.places, this.framing];
    this.places = [];
    this.framing = [];
    await this.writes.insertNewClaimLocations(places, this.manager);
    await this.writes.insertFraming(framing, this.manager);
  }

  articleIds(): number[] {
    return [...this.written];
  }
}
