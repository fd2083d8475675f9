import type { EntityManager } from 'typeorm';
import type {
  ClaimWritesRepository,
  NewClaimLocationWithCopies,
  NewClaimRow,
  NewFramingRow,
} from './claim-writes.repository.js';
import { proposalOf } from './extraction-proposal.js';

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
 * articles so the writer can add their derived data once, when the whole batch is in.
 */
export class ArticleClaimsBatch {
  private readonly written: number[] = [];

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
    await this.writes.insertNewClaimLocations(places, this.manager);
    await this.writes.insertFraming(article.articleId, article.framing, this.manager);
    this.written.push(article.articleId);
    return ids;
  }

  articleIds(): number[] {
    return [...this.written];
  }
}
