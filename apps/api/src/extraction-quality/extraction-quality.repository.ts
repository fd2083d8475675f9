import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

/** Half-open range of datetimes: `from` (YYYY-MM-DD, inclusive) to `until` (YYYY-MM-DD, exclusive). */
export type DayRange = { from: string; until: string };

export type ReviewedClaimRow = {
  id: number;
  status: string;
  sourceId: number | null;
  campId: string;
  why: string | null;
  proposal: string;
};

export type GoldArticleRow = {
  id: number;
  body: string;
  language: string;
  url: string | null;
  publishedAt: string;
  publishedEstimated: boolean;
  outlet: string | null;
};

export type GoldClaimRow = {
  id: number;
  articleId: number;
  text: string;
  cue: string;
  campId: string;
  sourceMention: string;
  sourceNameAr: string | null;
  sourceNameEn: string | null;
};

export type GoldFilters = { articleId?: number; from?: string; to?: string };

const placeholders = (ids: readonly unknown[]) => ids.map(() => '?').join(', ');

/** Runs `query` over `ids` in chunks (IN lists stay within both databases' parameter limits). */
async function inChunks<T>(ids: readonly number[], query: (chunk: number[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += 1000) out.push(...(await query(ids.slice(i, i + 1000))));
  return out;
}

/**
 * The reviewed claims the quality figures and the gold export read. Datetimes are compared with day strings
 * ('2026-01-02'), which both SQLite's text datetimes and MariaDB's DATETIME order correctly.
 */
@Injectable()
export class ExtractionQualityRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Extracted claims with a stored proposal, reviewed (status not unreviewed) and last changed in the range. */
  async reviewedExtractedClaims(range: DayRange, manager: EntityManager = this.dataSource.manager) {
    const rows = await manager.query<ReviewedClaimRow[]>(
      `SELECT c.id AS id, c.status AS status, c.source_id AS sourceId, c.camp_id AS campId,
              c.extraction_why AS why, c.extraction_proposal AS proposal
         FROM claims c
        WHERE c.origin = 'extracted' AND c.status <> 'unreviewed' AND c.extraction_proposal IS NOT NULL
          AND c.updated_at >= ? AND c.updated_at < ?
        ORDER BY c.id`,
      [range.from, range.until],
    );
    return rows.map((row) => ({
      ...row,
      id: Number(row.id),
      sourceId: row.sourceId === null ? null : Number(row.sourceId),
    }));
  }

  /** Place ids of each claim, sorted. */
  async placeIdsOf(claimIds: readonly number[], manager: EntityManager = this.dataSource.manager) {
    const rows = await inChunks(claimIds, (chunk) =>
      manager.query<{ claimId: number | string; locationId: number | string }[]>(
        `SELECT claim_id AS claimId, location_id AS locationId FROM claim_locations
          WHERE claim_id IN (${placeholders(chunk)}) ORDER BY claim_id, location_id`,
        chunk,
      ),
    );
    const out = new Map<number, number[]>();
    for (const row of rows) {
      const id = Number(row.claimId);
      out.set(id, [...(out.get(id) ?? []), Number(row.locationId)]);
    }
    return out;
  }

  /** Claims analysts added by hand, created in the range. */
  async countManualClaims(range: DayRange, manager: EntityManager = this.dataSource.manager): Promise<number> {
    const [row] = await manager.query<{ n: number | string }[]>(
      `SELECT COUNT(*) AS n FROM claims WHERE origin = 'manual' AND created_at >= ? AND created_at < ?`,
      [range.from, range.until],
    );
    return Number(row?.n ?? 0);
  }

  /**
   * Reviewed articles: at least one claim, no extracted claim still unreviewed (analysts' own claims count as
   * reviewed: they are the misses a gold set must hold). `from`/`to` bound the publication day (inclusive).
   */
  async reviewedArticles(filters: GoldFilters, manager: EntityManager = this.dataSource.manager) {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filters.articleId !== undefined) {
      where.push('a.id = ?');
      params.push(filters.articleId);
    }
    if (filters.from) {
      where.push('a.published_at >= ?');
      params.push(filters.from);
    }
    if (filters.to) {
      where.push('a.published_at <= ?');
      params.push(filters.to);
    }
    const rows = await manager.query<(Omit<GoldArticleRow, 'publishedEstimated'> & { publishedEstimated: unknown })[]>(
      `SELECT a.id AS id, a.body AS body, a.language AS language, a.url AS url, a.published_at AS publishedAt,
              a.published_estimated AS publishedEstimated, o.name AS outlet
         FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id
        WHERE EXISTS (SELECT 1 FROM claims c WHERE c.article_id = a.id)
          AND NOT EXISTS (
            SELECT 1 FROM claims c WHERE c.article_id = a.id AND c.origin = 'extracted' AND c.status = 'unreviewed'
          )
          ${where.map((clause) => `AND ${clause}`).join(' ')}
        ORDER BY a.id`,
      params,
    );
    return rows.map((row): GoldArticleRow => ({
      ...row,
      id: Number(row.id),
      publishedEstimated: Number(row.publishedEstimated) === 1 || row.publishedEstimated === true,
    }));
  }

  /** The claims of these articles that analysts kept (not rejected), in text order, with their source's names. */
  async keptClaimsOf(articleIds: readonly number[], manager: EntityManager = this.dataSource.manager) {
    const rows = await inChunks(articleIds, (chunk) =>
      manager.query<GoldClaimRow[]>(
        `SELECT c.id AS id, c.article_id AS articleId, c.text AS text, c.cue AS cue, c.camp_id AS campId,
                c.source_mention AS sourceMention, s.name_ar AS sourceNameAr, s.name_en AS sourceNameEn
           FROM claims c LEFT JOIN sources s ON s.id = c.source_id
          WHERE c.article_id IN (${placeholders(chunk)}) AND c.status <> 'rejected'
          ORDER BY c.article_id, c.start_offset, c.id`,
        chunk,
      ),
    );
    return rows.map((row) => ({ ...row, id: Number(row.id), articleId: Number(row.articleId) }));
  }

  /** Place names (Arabic and English) of each claim. */
  async placeNamesOf(claimIds: readonly number[], manager: EntityManager = this.dataSource.manager) {
    const rows = await inChunks(claimIds, (chunk) =>
      manager.query<{ claimId: number | string; nameAr: string; nameEn: string }[]>(
        `SELECT cl.claim_id AS claimId, l.name_ar AS nameAr, l.name_en AS nameEn
           FROM claim_locations cl JOIN locations l ON l.id = cl.location_id
          WHERE cl.claim_id IN (${placeholders(chunk)}) ORDER BY cl.claim_id, l.id`,
        chunk,
      ),
    );
    const out = new Map<number, { nameAr: string; nameEn: string }[]>();
    for (const row of rows) {
      const id = Number(row.claimId);
      out.set(id, [...(out.get(id) ?? []), { nameAr: row.nameAr, nameEn: row.nameEn }]);
    }
    return out;
  }
}
