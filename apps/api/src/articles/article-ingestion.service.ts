import { BadRequestException, ConflictException, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Language } from '@claimline/contracts';
import { AuditService, type AuditEntry } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { LocationsRepository } from '../locations/locations.repository.js';
import { OutletsService, cleanOutletName } from '../outlets/outlets.service.js';
import { ExtractorProvider } from '../sources/extractor.provider.js';
import { SourcesService, aliasKey, normalizeMention } from '../sources/sources.service.js';
import { ArticlesRepository, type SourceRef } from './articles.repository.js';
import type { ArticleClaimsBatch } from '../claim-writes/article-claims-batch.js';
import { ClaimWriter } from '../claim-writes/claim-writer.js';
import { ConflictScope } from '../conflicts/conflict-scope.js';
import { ConflictsRepository } from '../conflicts/conflicts.repository.js';
import { clip } from './claim-planning.js';
import { toNearDuplicateDto, type PreviewClaimDto, type PreviewDto } from './dto/article.dto.js';
import { serializedTransaction, transactionRetryingDeadlocks } from '../database/transactions.js';
import { articleSavepoint } from './article-savepoint.js';
import {
  PreviousBatchNotCommitted,
  type BatchOptions,
  type BatchOverlap,
  type BatchResult,
  type OverlappedOutcome,
} from './article-batch.js';
import { ClaimReferences, givenSourceIds } from './claim-references.js';
import type { BatchCandidates } from '../stories/batch-candidates.js';
import { StoriesService } from '../stories/stories.service.js';
import {
  ArticlePreparation,
  DuplicateArticleException,
  type ArticleInput,
  type PreparedArticle,
  type PreparedBatch,
} from './article-preparation.js';

export { DuplicateArticleException, type ArticleInput, type PreparedBatch } from './article-preparation.js';

/** What write() stored: a near-duplicate is attached to the story of `attachedTo` and stores no claims. */
type Written = { id: number; claimCount: number; storyId: number; attachedTo: number | null; audit: AuditEntry };
/**
 * Set by a batch: reference data read once for all its articles instead of once per article (the location ids
 * that exist, the registered sources its claims name, each conflict's camps). Nothing in a batch changes them:
 * ingestion only adds proposals, which claims reach through their mention, never through a given id.
 */
type BatchContext = {
  /** Audit events of the articles written so far, inserted together once the last one is in. */
  audits: AuditEntry[];
  /** Band keys of the articles written so far, inserted together once the last one is in. */
  bandRows: { articleId: number; bands: readonly string[] }[];
  knownLocations: Set<number>;
  /** The band index as of the batch's start, plus each article the batch has committed to its savepoint. */
  bands: BatchCandidates;
  sourceRefs: Map<number, SourceRef>;
  campsOf: Map<string, Set<string>>;
};

/**
 * Stores articles with their claims, claim places and framing counts: from the API, the bulk import,
 * the CLI and the seed alike. One transaction per article, multi-row INSERTs, a prepared extractor:
 * an article is stored whole or not at all.
 */
@Injectable()
export class ArticleIngestionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly articles: ArticlesRepository,
    private readonly extractorProvider: ExtractorProvider,
    private readonly sources: SourcesService,
    private readonly outlets: OutletsService,
    private readonly locations: LocationsRepository,
    private readonly audit: AuditService,
    private readonly writer: ClaimWriter,
    private readonly scope: ConflictScope,
    private readonly conflicts: ConflictsRepository,
    private readonly stories: StoriesService,
    private readonly references: ClaimReferences,
    private readonly preparation: ArticlePreparation,
  ) {}

  /** What the extractor would store, with sources resolved against the database; writes nothing. */
  async preview(input: {
    body: string;
    publishedAt: string;
    language?: Language;
    conflict?: string;
  }): Promise<PreviewDto> {
    const conflictId = this.scope.resolve(input.conflict);
    const snapshot = await this.extractorProvider.get(conflictId);
    const result = snapshot.extract(input.body, { publishedAt: input.publishedAt, language: input.language });
    const unknown = result.claims.filter((claim) => !claim.source.key || !snapshot.sourceByKey.has(claim.source.key));
    const found = await this.sources.lookupMentions(conflictId, [
      ...new Set(unknown.map((claim) => normalizeMention(claim.source.mention)).filter(Boolean)),
    ]);
    const claims: PreviewClaimDto[] = result.claims.map((claim) => {
      const registered = claim.source.key ? snapshot.sourceByKey.get(claim.source.key) : undefined;
      const matched = registered ? null : found.get(aliasKey(normalizeMention(claim.source.mention)));
      const locations = claim.locations.map((location) => ({
        id: snapshot.locationIdByKey.get(location.key) ?? null,
        key: location.key,
        name: location.name,
        nameEn: location.nameEn,
        mention: location.mention,
        lat: location.lat,
        lon: location.lon,
      }));
      return {
        text: claim.text,
        start: claim.start,
        end: claim.end,
        cue: claim.cue,
        sourceId: registered?.id ?? matched?.id ?? null,
        sourceName: registered
          ? (result.language === 'ar' ? registered.nameAr : registered.nameEn) || claim.source.name
          : (matched?.name ?? claim.source.name),
        sourceMention: claim.source.mention,
        sourceStatus: registered ? 'active' : matched ? matched.status : 'new',
        camp: registered?.camp ?? matched?.camp ?? claim.source.camp,
        kind: registered?.kind ?? claim.source.kind,
        channel: claim.channel,
        eventDate: claim.eventDate,
        why: claim.why,
        locations,
        locationIds: locations.flatMap((location) => (location.id === null ? [] : [location.id])),
      };
    });
    const near = await this.stories.findNearDuplicate(conflictId, this.stories.fingerprint(input.body));
    return {
      conflict: conflictId,
      language: result.language,
      claims,
      framing: result.framing,
      proposals: result.proposals,
      nearDuplicate: near ? toNearDuplicateDto(near) : null,
    };
  }

  /**
   * Throws DuplicateArticleException (409) when the normalized body is already stored. A near-duplicate of a
   * stored article joins its story with no claims of its own, unless `input.separate`.
   */
  async ingest(input: ArticleInput, user: AuthUser | null): Promise<Written> {
    const prepared = await this.preparation.prepare(input);
    try {
      const written = await serializedTransaction(this.dataSource, (manager) =>
        this.writer.insertForArticles(manager, (claims) => this.write(prepared, user, manager, claims, null)),
      );
      return written;
    } catch (error) {
      throw await this.explain(error, prepared.contentHash);
    }
  }

  /**
   * Bulk import: many articles per transaction (one commit instead of one per article), each inside
   * its own savepoint, so a failing article is rolled back alone and the others still commit. The
   * search index and the rollups of the whole batch are written once at its end (ClaimWriter).
   */
  async ingestBatch(
    inputs: readonly ArticleInput[],
    user: AuthUser | null,
    options: BatchOptions = {},
  ): Promise<BatchResult[]> {
    return this.writePreparedBatch(await this.preparation.prepareBatch(inputs), user, options);
  }

  /** The CPU half of a batch (ArticlePreparation.prepareBatch): an import prepares its next batch with it. */
  prepareBatch(inputs: readonly ArticleInput[]): Promise<PreparedBatch> {
    return this.preparation.prepareBatch(inputs);
  }

  /** Whether import batches may overlap (BatchOverlap): on MariaDB; SQLite has one connection, one transaction. */
  canOverlapBatches(): boolean {
    return this.dataSource.options.type !== 'better-sqlite3';
  }

  /** Writes a prepared batch: the duplicate check, then every article in its savepoint, in one transaction. */
  async writePreparedBatch(
    batch: PreparedBatch,
    user: AuthUser | null,
    options: BatchOptions = {},
  ): Promise<BatchResult[]> {
    return (await this.writeBatchOutcome(batch, user, options, null)).results;
  }

  /**
   * writePreparedBatch overlapping the batch before (BatchOverlap). Throws PreviousBatchNotCommitted, with nothing of
   * this batch stored, when that batch did not commit what this one read of it.
   */
  writeOverlappedBatch(
    batch: PreparedBatch,
    user: AuthUser | null,
    options: BatchOptions,
    overlap: BatchOverlap,
  ): Promise<OverlappedOutcome> {
    if (!this.canOverlapBatches()) throw new Error('import batches overlap only on MariaDB');
    return this.writeBatchOutcome(batch, user, options, overlap);
  }

  private async writeBatchOutcome(
    batch: PreparedBatch,
    user: AuthUser | null,
    options: BatchOptions,
    overlap: BatchOverlap | null,
  ): Promise<OverlappedOutcome> {
    const results: BatchResult[] = batch.errors.map((error) => ({ error }));
    const written: number[] = [];
    const attempts = { run: 0, announced: 0 };
    try {
      await this.writeBatch(batch.prepared, results, written, user, options, overlap, attempts);
    } catch (error) {
      // The batch's own commit failed: nothing of it is stored, and cached outlet ids may be gone.
      this.outlets.forgetCache();
      if (error instanceof PreviousBatchNotCommitted) throw error;
      for (const index of written) results[index] = { error };
      return { results, committedAsAnnounced: false };
    }
    // A deadlock retry commits another transaction than the one whose articles the next batch may have read.
    return { results, committedAsAnnounced: attempts.announced === attempts.run };
  }

  private async writeBatch(
    prepared: readonly (PreparedArticle | null)[],
    results: BatchResult[],
    written: number[],
    user: AuthUser | null,
    options: BatchOptions,
    overlap: BatchOverlap | null,
    attempts: { run: number; announced: number },
  ): Promise<void> {
    // Announces the batch's articles to the next batch (the first attempt only), then waits for the batch before.
    const afterArticles = overlap
      ? async () => {
          if (!attempts.announced) {
            attempts.announced = attempts.run;
            overlap.articlesWritten();
          }
          if (!(await overlap.previous)) throw new PreviousBatchNotCommitted();
        }
      : undefined;
    const transaction = <T>(work: (manager: EntityManager) => Promise<T>) =>
      overlap
        ? transactionRetryingDeadlocks(this.dataSource, work, 'READ UNCOMMITTED')
        : serializedTransaction(this.dataSource, work);
    // The writer adds the derived data (search index, rollups) once for the batch, after every
    // article's savepoint: one set-based statement per table instead of ~8 per article. Still in the
    // batch transaction: if one fails, the whole batch rolls back and is reported failed.
    await transaction(async (manager) => {
      attempts.run++;
      written.length = 0; // a deadlock retry runs this again from the start
      // One read for the batch's duplicates, in its transaction: it sees every batch committed before, even one
      // still being written while this one was prepared (a race with another writer is still caught by the
      // unique index and reported as a duplicate by `explain`).
      const stored = await this.articles.findIdsByHashes(
        [...new Set(prepared.flatMap((article) => (article ? [article.contentHash] : [])))],
        manager,
      );
      await this.writer.insertForArticles(
        manager,
        async (claims) => {
          const runner = manager.queryRunner;
          if (!runner) throw new Error('ingestBatch needs a transaction-bound query runner');
          const fresh = prepared.map((article) => (article && !stored.has(article.contentHash) ? article : null));
          const batch = await this.readBatchContext(fresh, manager);
          const savepoint = articleSavepoint(manager, runner);
          for (let i = 0; i < prepared.length; i++) {
            const article = prepared[i];
            if (!article) continue;
            const existing = stored.get(article.contentHash);
            if (existing !== undefined) {
              results[i] = { error: new DuplicateArticleException(existing) };
              continue;
            }
            const mark = claims.mark();
            await savepoint.set();
            try {
              const done = await this.write(article, user, manager, claims, batch);
              await savepoint.keep();
              batch.audits.push(done.audit);
              batch.bandRows.push({ articleId: done.id, bands: article.print.bands });
              this.keepForComparison(batch.bands, article, done);
              results[i] = { id: done.id, claimCount: done.claimCount, attachedTo: done.attachedTo };
              written.push(i);
            } catch (error) {
              await savepoint.rollBack();
              claims.rollbackTo(mark);
              results[i] = { error: await this.explain(error, article.contentHash, manager) };
            }
          }
          // The batch's audit events and band rows in multi-row INSERTs, in the batch transaction: they commit with
          // their articles (the batch looks its own articles' bands up in memory, `batch.bands`).
          await this.audit.recordMany(batch.audits, manager);
          await this.stories.indexBands(batch.bandRows, manager);
        },
        afterArticles,
      );
      await options.beforeCommit?.(manager, results);
    });
  }

  /** A written article, as the batch's next articles are compared with it (BatchCandidates). */
  private keepForComparison(bands: BatchCandidates, article: PreparedArticle, done: Written): void {
    bands.add(article.conflictId, done.id, article.print.bands);
    bands.remember({
      summary: {
        id: done.id,
        storyId: done.storyId,
        title: article.input.title?.trim() || null,
        contentHash: article.contentHash,
        outletName: cleanOutletName(article.input.outlet),
        publishedAt: article.input.publishedAt,
      },
      print: article.print,
    });
    if (done.attachedTo !== null) bands.placed(done.attachedTo, done.storyId);
  }

  /** One read each for the places, the given sources and the camps of the whole batch. */
  private async readBatchContext(
    prepared: readonly (PreparedArticle | null)[],
    manager: EntityManager,
  ): Promise<BatchContext> {
    const articles = prepared.filter((article): article is PreparedArticle => article !== null);
    const placeIds = articles.flatMap((article) =>
      article.planned.flatMap((claim) => claim.locations.map((location) => location.locationId)),
    );
    const conflictIds = [...new Set(articles.map((article) => article.conflictId))];
    const campsOf = new Map(conflictIds.map((id) => [id, new Set<string>()]));
    for (const camp of await this.conflicts.findCamps(conflictIds, manager))
      campsOf.get(camp.conflictId)?.add(camp.campId);
    return {
      audits: [],
      bandRows: [],
      bands: await this.stories.batchCandidates(articles, manager),
      knownLocations: await this.locations.existingIds([...new Set(placeIds)], manager),
      sourceRefs: new Map(
        (await this.articles.findSourceRefs(articles.flatMap(givenSourceIds), manager)).map((ref) => [ref.id, ref]),
      ),
      campsOf,
    };
  }

  /** A unique-index failure on content_hash means another writer stored the same article first. */
  private async explain(error: unknown, contentHash: string, manager?: EntityManager): Promise<unknown> {
    if (error instanceof BadRequestException || error instanceof ConflictException) return error;
    const winner = await this.articles.findIdByHash(contentHash, manager).catch(() => null);
    return winner !== null ? new DuplicateArticleException(winner) : error;
  }

  /** The article row, its claims (through the writer's batch) and its audit event. */
  private async write(
    prepared: PreparedArticle,
    user: AuthUser | null,
    manager: EntityManager,
    claimWriter: ArticleClaimsBatch,
    batch: BatchContext | null,
  ): Promise<Written> {
    const { input, conflictId, contentHash, language, framing, print } = prepared;
    // Looked up inside the transaction, so an import's reprints also find the copies written earlier in the batch.
    const near = input.separate ? null : await this.stories.findNearDuplicate(conflictId, print, manager, batch?.bands);
    // A copy stores no claims (its story's claims count once) but keeps its framing: each outlet's wording is its own.
    const planned = near ? [] : prepared.planned;
    const publishedAt = input.publishedAt;
    const now = new Date();
    const outletId = await this.outlets.resolve(input.outlet, manager);
    const articleId = await this.articles.insertArticle(
      {
        conflictId,
        title: input.title?.trim() || null,
        body: input.body,
        language,
        url: input.url ?? null,
        outletId,
        publishedAt,
        publishedEstimated: input.publishedEstimated ?? false,
        contentHash,
        createdById: user?.id ?? null,
        createdAt: now,
      },
      manager,
    );
    const claims = await this.references.resolveSources(conflictId, planned, user, manager, batch);
    await this.references.checkLocations(planned, manager, batch?.knownLocations);
    const story = await this.stories.place(articleId, print, near, manager, batch !== null);
    const claimIds = await claimWriter.insert({
      articleId,
      claims: claims.map((claim) => ({
        ...claim,
        conflictId,
        createdById: user?.id ?? null,
        updatedById: null,
        createdAt: now,
        updatedAt: now,
      })),
      locations: planned.flatMap((claim, claimIndex) =>
        claim.locations.map((location) => ({
          claimIndex,
          locationId: location.locationId,
          mention: location.mention === null ? null : clip(location.mention, 255),
        })),
      ),
      framing,
    });
    const audit: AuditEntry = {
      user,
      entity: 'article',
      entityId: articleId,
      action: 'create',
      after: {
        conflict: conflictId,
        title: input.title ?? null,
        outlet: input.outlet ?? null,
        publishedAt,
        language,
        url: input.url ?? null,
        contentHash,
        claims: claimIds.length,
        story: story.storyId,
        attachedTo: story.attachedTo,
        similarity: near ? Math.round(near.similarity * 1000) / 1000 : null,
      },
    };
    // A batch inserts its articles' events together; a lone article (the API) now, in its transaction.
    if (!batch) await this.audit.record(audit, manager);
    return { id: articleId, claimCount: claimIds.length, ...story, audit };
  }
}
