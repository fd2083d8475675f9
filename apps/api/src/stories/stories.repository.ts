import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { consecutiveIds } from '../database/consecutive-ids.js';

export type BandCandidate = { articleId: number; sharedBands: number };
export type StoredArticleSummary = {
  id: number;
  storyId: number | null;
  title: string | null;
  contentHash: string;
  outletName: string | null;
  publishedAt: string;
};

const placeholders = (count: number) => Array.from({ length: count }, () => '?').join(', ');

/** Every query of stories and the band index. Plain SQL; the rules live in StoriesService. */
@Injectable()
export class StoriesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Articles of the conflict sharing a band with `bands`, most shared first: the LSH lookup (band_key is the primary key's prefix). */
  async candidates(
    conflictId: string,
    bands: readonly string[],
    limit: number,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<BandCandidate[]> {
    if (!bands.length) return [];
    // CROSS JOIN: SQLite then keeps article_bands as the outer loop (band_key IN …, the primary key's prefix).
    // With a plain JOIN it started from the conflict's articles and probed their bands: 450–590 ms per lookup at
    // 24k articles (an import of 1,000 articles took 650 s), 1.2 ms this way. For MariaDB it is the same as JOIN.
    const rows: { articleId: number | string; shared: number | string }[] = await manager.query(
      `SELECT b.article_id AS articleId, COUNT(*) AS shared
         FROM article_bands b CROSS JOIN articles a ON a.id = b.article_id
        WHERE b.band_key IN (${placeholders(bands.length)}) AND a.conflict_id = ?
        GROUP BY b.article_id
        ORDER BY shared DESC, b.article_id ASC
        LIMIT ${Number(limit)}`,
      [...bands, conflictId],
    );
    return rows.map((row) => ({ articleId: Number(row.articleId), sharedBands: Number(row.shared) }));
  }

  /** Every (band, article) of the conflict's stored articles for these band keys: an import batch's look-ups in one read. */
  async bandArticles(
    conflictId: string,
    bands: readonly string[],
    manager: EntityManager,
  ): Promise<{ bandKey: string; articleId: number }[]> {
    const out: { bandKey: string; articleId: number }[] = [];
    const unique = [...new Set(bands)];
    for (let i = 0; i < unique.length; i += 1000) {
      const chunk = unique.slice(i, i + 1000);
      // CROSS JOIN for SQLite's join order, as in candidates().
      const rows: { bandKey: string; articleId: number | string }[] = await manager.query(
        `SELECT b.band_key AS bandKey, b.article_id AS articleId
           FROM article_bands b CROSS JOIN articles a ON a.id = b.article_id
          WHERE b.band_key IN (${placeholders(chunk.length)}) AND a.conflict_id = ?`,
        [...chunk, conflictId],
      );
      for (const row of rows) out.push({ bandKey: row.bandKey, articleId: Number(row.articleId) });
    }
    return out;
  }

  /** What a near-duplicate answer shows of candidate articles, with the content hash that names their fingerprint. */
  async summaries(
    ids: readonly number[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<StoredArticleSummary[]> {
    if (!ids.length) return [];
    const rows: Record<string, unknown>[] = await manager.query(
      `SELECT a.id AS id, a.story_id AS storyId, a.title AS title, a.content_hash AS contentHash,
              o.name AS outletName, a.published_at AS publishedAt
         FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id
        WHERE a.id IN (${placeholders(ids.length)})`,
      [...ids],
    );
    return rows.map((row) => ({
      id: Number(row.id),
      storyId: row.storyId === null || row.storyId === undefined ? null : Number(row.storyId),
      title: (row.title as string | null) ?? null,
      contentHash: row.contentHash as string,
      outletName: (row.outletName as string | null) ?? null,
      publishedAt: row.publishedAt as string,
    }));
  }

  async bodies(ids: readonly number[], manager: EntityManager = this.dataSource.manager): Promise<Map<number, string>> {
    if (!ids.length) return new Map();
    const rows: { id: number | string; body: string }[] = await manager.query(
      `SELECT id, body FROM articles WHERE id IN (${placeholders(ids.length)})`,
      [...ids],
    );
    return new Map(rows.map((row) => [Number(row.id), row.body]));
  }

  async insertBands(
    articles: readonly { articleId: number; bands: readonly string[] }[],
    manager: EntityManager,
  ): Promise<void> {
    const pairs = articles.flatMap(({ articleId, bands }) => bands.map((band) => [band, articleId] as const));
    // 2 parameters a row: far under SQLite's 32 766 bound parameters.
    for (let i = 0; i < pairs.length; i += 5000) {
      const chunk = pairs.slice(i, i + 5000);
      await manager.query(
        `INSERT INTO article_bands (band_key, article_id) VALUES ${chunk.map(() => '(?, ?)').join(', ')}`,
        chunk.flat(),
      );
    }
  }

  async deleteBands(articleId: number, manager: EntityManager): Promise<void> {
    await manager.query('DELETE FROM article_bands WHERE article_id = ?', [articleId]);
  }

  /** A story whose first article is `articleId`; returns its id. */
  async createStory(articleId: number, manager: EntityManager): Promise<number> {
    // created_at comes from the article row: one clock, and no Date to bind (better-sqlite3 binds none).
    const raw: unknown = await manager.query(
      `INSERT INTO stories (first_article_id, article_count, outlet_count, created_at)
       SELECT id, 1, CASE WHEN outlet_id IS NULL THEN 0 ELSE 1 END, created_at FROM articles WHERE id = ?`,
      [articleId],
    );
    // The driver's insert id, or (a result without one) the story read back: one round trip less per article.
    const sqlite = manager.connection.driver.options.type === 'better-sqlite3';
    const [inserted] = consecutiveIds(sqlite ? 'sqlite' : 'mysql', [{ raw, rows: 1 }]) ?? [];
    const storyId = inserted ?? (await this.storyOf(articleId, manager));
    await manager.query('UPDATE articles SET story_id = ? WHERE id = ?', [storyId, articleId]);
    return storyId;
  }

  private async storyOf(firstArticleId: number, manager: EntityManager): Promise<number> {
    const [row]: { id: number | string }[] = await manager.query('SELECT id FROM stories WHERE first_article_id = ?', [
      firstArticleId,
    ]);
    return Number(row.id);
  }

  /** Puts the article in the story and recounts the story's articles and distinct outlets. */
  async attach(articleId: number, storyId: number, manager: EntityManager): Promise<void> {
    await manager.query('UPDATE articles SET story_id = ? WHERE id = ?', [storyId, articleId]);
    const [counts]: { articles: number | string; outlets: number | string }[] = await manager.query(
      'SELECT COUNT(*) AS articles, COUNT(DISTINCT outlet_id) AS outlets FROM articles WHERE story_id = ?',
      [storyId],
    );
    await manager.query('UPDATE stories SET article_count = ?, outlet_count = ? WHERE id = ?', [
      Number(counts.articles),
      Number(counts.outlets),
      storyId,
    ]);
  }

  /** A story of its own for an article that has none (written before stories, or by a tool). */
  async ensureStory(articleId: number, manager: EntityManager): Promise<void> {
    const [row]: { storyId: number | null }[] = await manager.query(
      'SELECT story_id AS storyId FROM articles WHERE id = ?',
      [articleId],
    );
    if (row && row.storyId === null) await this.createStory(articleId, manager);
  }

  async firstArticleOf(storyId: number, manager: EntityManager = this.dataSource.manager): Promise<number | null> {
    const [row]: { id: number | string }[] = await manager.query(
      'SELECT first_article_id AS id FROM stories WHERE id = ?',
      [storyId],
    );
    return row ? Number(row.id) : null;
  }

  /** Articles without any band row, in id order after `afterId`: what `stories:reindex` still has to index. */
  async unindexed(afterId: number, limit: number, manager: EntityManager): Promise<{ id: number; body: string }[]> {
    const rows: { id: number | string; body: string }[] = await manager.query(
      `SELECT a.id AS id, a.body AS body FROM articles a
        WHERE a.id > ? AND NOT EXISTS (SELECT 1 FROM article_bands b WHERE b.article_id = a.id)
        ORDER BY a.id ASC LIMIT ${Number(limit)}`,
      [afterId],
    );
    return rows.map((row) => ({ id: Number(row.id), body: row.body }));
  }
}
