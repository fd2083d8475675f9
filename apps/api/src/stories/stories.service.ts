import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { compareFingerprints, fingerprint, type NearDuplicateRule, type TextFingerprint } from '@claimline/extraction';
import { BatchCandidates, type ComparedArticle } from './batch-candidates.js';
import { FingerprintCache } from './fingerprint-cache.js';
import { StoriesRepository } from './stories.repository.js';

/** How many index candidates are verified against the full text: the best few by shared bands are enough. */
const CANDIDATES = 5;

/** A stored article a new one is a near-duplicate of. */
export type NearDuplicate = {
  articleId: number;
  storyId: number | null;
  similarity: number;
  rule: NearDuplicateRule;
  title: string | null;
  outlet: string | null;
  publishedAt: string;
};

/** Where ingestion put an article: its story and, for a near-duplicate, the article it was attached to. */
export type StoryPlacement = { storyId: number; attachedTo: number | null };

/**
 * Stories: near-duplicate articles found through the LSH band index and verified on their text. The one writer
 * of `stories`, `articles.story_id` and `article_bands`, called by ingestion inside the article's transaction.
 */
@Injectable()
export class StoriesService {
  private readonly prints = new FingerprintCache();

  constructor(private readonly stories: StoriesRepository) {}

  /** With the body's content hash, the fingerprint is kept for the articles that will be compared with this one. */
  fingerprint(body: string, contentHash?: string): TextFingerprint {
    const cached = contentHash === undefined ? undefined : this.prints.get(contentHash);
    if (cached) return cached;
    const print = fingerprint(body);
    if (contentHash !== undefined) this.prints.set(contentHash, print);
    return print;
  }

  /** A fingerprint made elsewhere (the prepare thread), kept as fingerprint() keeps its own; returns it. */
  keepFingerprint(contentHash: string, print: TextFingerprint): TextFingerprint {
    this.prints.set(contentHash, print);
    return print;
  }

  /**
   * The band index for a batch of articles about to be written, read once (BatchCandidates), with the stored
   * articles any of them may be compared with. Adding the batch's own articles can only push stored ones out of an
   * article's best `CANDIDATES`, never bring others in, so the stored candidates of each article taken alone are
   * all the batch needs.
   */
  async batchCandidates(
    articles: readonly { conflictId: string; print: TextFingerprint }[],
    manager: EntityManager,
  ): Promise<BatchCandidates> {
    const index = new BatchCandidates();
    const bandsOf = new Map<string, string[]>();
    for (const { conflictId, print } of articles)
      bandsOf.set(conflictId, [...(bandsOf.get(conflictId) ?? []), ...print.bands]);
    for (const [conflictId, bands] of bandsOf) {
      for (const row of await this.stories.bandArticles(conflictId, bands, manager))
        index.add(conflictId, row.articleId, [row.bandKey]);
    }
    const ids = new Set<number>();
    for (const { conflictId, print } of articles)
      for (const candidate of index.candidates(conflictId, print.bands, CANDIDATES)) ids.add(candidate.articleId);
    for (const article of await this.storedArticles([...ids], manager)) index.remember(article);
    return index;
  }

  /**
   * The most similar stored article of the conflict at or above the threshold, or null. `batch`: the candidates
   * come from the batch's index and articles instead of queries.
   */
  async findNearDuplicate(
    conflictId: string,
    print: TextFingerprint,
    manager?: EntityManager,
    batch?: BatchCandidates,
  ): Promise<NearDuplicate | null> {
    const ids = (
      batch
        ? batch.candidates(conflictId, print.bands, CANDIDATES)
        : await this.stories.candidates(conflictId, print.bands, CANDIDATES, manager)
    ).map((candidate) => candidate.articleId);
    if (!ids.length) return null;
    const compared = batch ? await this.keptArticles(batch, ids, manager) : await this.storedArticles(ids, manager);
    // In id order, as the statement reads them: of two equally similar, the older is kept.
    compared.sort((a, b) => a.summary.id - b.summary.id);
    let best: NearDuplicate | null = null;
    for (const { summary: article, print: storedPrint } of compared) {
      const match = compareFingerprints(print, storedPrint);
      if (!match || (best && best.similarity >= match.similarity)) continue;
      best = {
        articleId: article.id,
        storyId: article.storyId,
        similarity: match.similarity,
        rule: match.rule,
        title: article.title,
        outlet: article.outletName,
        publishedAt: article.publishedAt,
      };
    }
    return best;
  }

  /** The batch's articles of `ids`; one it does not hold (none should be missing) is read. */
  private async keptArticles(
    batch: BatchCandidates,
    ids: readonly number[],
    manager?: EntityManager,
  ): Promise<ComparedArticle[]> {
    const missing = ids.filter((id) => !batch.article(id));
    for (const article of await this.storedArticles(missing, manager)) batch.remember(article);
    return ids.flatMap((id) => batch.article(id) ?? []);
  }

  /** Stored articles with their fingerprints: bodies only of those not fingerprinted lately. */
  private async storedArticles(ids: readonly number[], manager?: EntityManager): Promise<ComparedArticle[]> {
    const stored = await this.stories.summaries(ids, manager);
    // An import's candidates are mostly the articles it stored moments before, already fingerprinted.
    const missing = stored.filter((article) => !this.prints.get(article.contentHash)).map((article) => article.id);
    const bodies = await this.stories.bodies(missing, manager);
    return stored.flatMap((summary) => {
      const body = bodies.get(summary.id);
      const print =
        body === undefined ? this.prints.get(summary.contentHash) : this.fingerprint(body, summary.contentHash);
      return print ? [{ summary, print }] : [];
    });
  }

  /** The band rows of many articles (an import batch's, once its articles are in): a few multi-row INSERTs. */
  indexBands(articles: readonly { articleId: number; bands: readonly string[] }[], manager: EntityManager) {
    return this.stories.insertBands(articles, manager);
  }

  /**
   * Indexes a just-inserted article and puts it in a story: the near-duplicate's story when given (created first
   * if that article predates stories), else a story of its own.
   */
  async place(
    articleId: number,
    print: TextFingerprint,
    nearDuplicate: NearDuplicate | null,
    manager: EntityManager,
    bandsLater = false,
  ): Promise<StoryPlacement> {
    // An import batch indexes its articles' bands with `indexBands` once they are all in (it looks them up in memory).
    if (!bandsLater) await this.stories.insertBands([{ articleId, bands: print.bands }], manager);
    if (!nearDuplicate) return { storyId: await this.stories.createStory(articleId, manager), attachedTo: null };
    const storyId = nearDuplicate.storyId ?? (await this.stories.createStory(nearDuplicate.articleId, manager));
    await this.stories.attach(articleId, storyId, manager);
    return { storyId, attachedTo: (await this.stories.firstArticleOf(storyId, manager)) ?? nearDuplicate.articleId };
  }

  /**
   * `npm run stories:reindex`: band rows for articles stored before stories existed (or by a tool that bypassed
   * ingestion), a story for any article without one. Existing articles are not merged into each other's stories:
   * their claims are already stored, and merging would change the totals analysts have seen.
   */
  async reindex(
    transaction: <T>(work: (manager: EntityManager) => Promise<T>) => Promise<T>,
    batchSize = 500,
  ): Promise<number> {
    let afterId = 0;
    let indexed = 0;
    for (;;) {
      const done = await transaction(async (manager) => {
        const rows = await this.stories.unindexed(afterId, batchSize, manager);
        for (const row of rows) {
          await this.stories.insertBands([{ articleId: row.id, bands: fingerprint(row.body).bands }], manager);
          await this.stories.ensureStory(row.id, manager);
        }
        return rows;
      });
      if (!done.length) return indexed;
      indexed += done.length;
      afterId = done[done.length - 1].id;
    }
  }
}
