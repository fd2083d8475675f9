import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { applyClaimFilters } from '../claims/claim-filters.sql.js';
import type { ClaimFiltersDto } from '../claims/dto/claim-filters.dto.js';

export type ExportClaimRow = {
  id: number;
  event_date: string;
  date_precision: string;
  camp_id: string;
  source_en: string | null;
  source_ar: string | null;
  source_mention: string;
  cue: string;
  channel: string | null;
  text: string;
  status: string;
  article_id: number;
  article_title: string | null;
  outlet: string | null;
  url: string | null;
  published_at: string;
  editor: string | null;
  updated_at: Date | string;
};

export type ExportArticleRow = {
  id: number;
  title: string | null;
  outlet: string | null;
  url: string | null;
  published_at: string;
  published_estimated: number | boolean;
  language: string;
  created_at: Date | string;
};

export type ArticleExportFilters = { outlet?: number[]; from?: string; to?: string };

/**
 * The keyset condition is written with a marker literal and turned into the last `?` afterwards:
 * TypeORM inlines numeric parameters on SQLite, so a bound `:after` would not stay a placeholder.
 * It is the last WHERE term and ORDER BY/LIMIT bind nothing, so the page's id is the last parameter.
 */
const KEYSET_MARKER = '-2147480001';

function keyset([sql, params]: [string, unknown[]]): { sql: string; params: unknown[] } {
  if (sql.split(KEYSET_MARKER).length !== 2) throw new Error('Keyset marker not found exactly once in the export query');
  return { sql: sql.replace(KEYSET_MARKER, '?'), params };
}

/**
 * The condition selecting a page's claims (ids ascending, read from the database, so integers, written
 * as literals). A dense page becomes a primary-key range, far cheaper to parse and plan than 5,000 IN
 * items; rows of claims in the range but not in the page are simply never looked up by the caller.
 */
function pageIds(column: string, ids: readonly number[]): string {
  const first = Math.trunc(Number(ids[0]));
  const last = Math.trunc(Number(ids[ids.length - 1]));
  if (last - first + 1 <= ids.length * 2) return `${column} BETWEEN ${first} AND ${last}`;
  return `${column} IN (${ids.map((id) => Math.trunc(Number(id))).join(', ')})`;
}

/**
 * The exports read in keyset pages ordered by id (`id > last ORDER BY id LIMIT n`): a cursor both
 * dialects run alike, flat in memory, and each page's SQL text is identical so better-sqlite3's
 * statement cache and MariaDB reuse the plan. Per-claim lists (narratives, places, links) come in one
 * query per page over the page's ids, never one per row.
 */
@Injectable()
export class ExportsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Compiles the page query once per export; run it with `claimsPage`. The page of ids is chosen on
   * `claims` alone (a primary-key range under the filters) and only those ids are joined: given the
   * joins up front, MariaDB may drive from the small articles table and sort every claim per page.
   */
  claimsPageQuery(filters: ClaimFiltersDto, pageSize: number): { sql: string; params: unknown[] } {
    const ids = applyClaimFilters(this.dataSource.createQueryBuilder().from('claims', 'c').select('c.id', 'id'), filters)
      .andWhere(`c.id > ${KEYSET_MARKER}`)
      .orderBy('c.id', 'ASC')
      .limit(pageSize);
    const { sql, params } = keyset(ids.getQueryAndParameters());
    return {
      sql: `SELECT c.id AS id, c.event_date AS event_date, c.date_precision AS date_precision, c.camp_id AS camp_id,
          s.name_en AS source_en, s.name_ar AS source_ar, c.source_mention AS source_mention, c.cue AS cue, c.channel AS channel,
          c.text AS text, c.status AS status, c.article_id AS article_id, a.title AS article_title, o.name AS outlet, a.url AS url,
          a.published_at AS published_at, u.email AS editor, c.updated_at AS updated_at
        FROM (${sql}) page
        JOIN claims c ON c.id = page.id
        JOIN articles a ON a.id = c.article_id
        LEFT JOIN sources s ON s.id = c.source_id
        LEFT JOIN outlets o ON o.id = a.outlet_id
        LEFT JOIN users u ON u.id = COALESCE(c.updated_by_id, c.created_by_id)
        ORDER BY c.id`,
      params,
    };
  }

  claimsPage(query: { sql: string; params: unknown[] }, afterId: number): Promise<ExportClaimRow[]> {
    return this.dataSource.query(query.sql, [...query.params, afterId]);
  }

  /** `claimIds` ascending, as a page returns them. */
  narrativesOf(claimIds: readonly number[]): Promise<{ claim_id: number; name: string }[]> {
    return this.dataSource.query(
      `SELECT cn.claim_id AS claim_id, n.name_en AS name FROM claim_narratives cn JOIN narratives n ON n.id = cn.narrative_id
       WHERE ${pageIds('cn.claim_id', claimIds)} ORDER BY cn.claim_id, n.name_en`,
    );
  }

  placesOf(claimIds: readonly number[]): Promise<{ claim_id: number; name_en: string; name_ar: string }[]> {
    return this.dataSource.query(
      `SELECT cl.claim_id AS claim_id, l.name_en AS name_en, l.name_ar AS name_ar FROM claim_locations cl JOIN locations l ON l.id = cl.location_id
       WHERE ${pageIds('cl.claim_id', claimIds)} ORDER BY cl.claim_id, l.name_en`,
    );
  }

  /** Links in both directions, each seen from the page's claim: (claim_id, other_id, relation). */
  linksOf(claimIds: readonly number[]): Promise<{ claim_id: number; other_id: number; relation: string }[]> {
    return this.dataSource.query(
      `SELECT k.from_claim_id AS claim_id, k.to_claim_id AS other_id, k.relation AS relation, k.id AS link_id FROM claim_links k WHERE ${pageIds('k.from_claim_id', claimIds)}
       UNION ALL
       SELECT k.to_claim_id AS claim_id, k.from_claim_id AS other_id, k.relation AS relation, k.id AS link_id FROM claim_links k WHERE ${pageIds('k.to_claim_id', claimIds)}
       ORDER BY link_id`,
    );
  }

  articlesPageQuery(filters: ArticleExportFilters, pageSize: number): { sql: string; params: unknown[] } {
    const qb = this.dataSource
      .createQueryBuilder()
      .from('articles', 'a')
      .leftJoin('outlets', 'o', 'o.id = a.outlet_id')
      .select([
        'a.id AS id',
        'a.title AS title',
        'o.name AS outlet',
        'a.url AS url',
        'a.published_at AS published_at',
        'a.published_estimated AS published_estimated',
        'a.language AS language',
        'a.created_at AS created_at',
      ]);
    if (filters.outlet?.length) qb.andWhere('a.outlet_id IN (:...outlet)', { outlet: filters.outlet });
    if (filters.from) qb.andWhere('a.published_at >= :from', { from: filters.from });
    if (filters.to) qb.andWhere('a.published_at <= :to', { to: filters.to });
    return keyset(qb.andWhere(`a.id > ${KEYSET_MARKER}`).orderBy('a.id', 'ASC').limit(pageSize).getQueryAndParameters());
  }

  articlesPage(query: { sql: string; params: unknown[] }, afterId: number): Promise<ExportArticleRow[]> {
    return this.dataSource.query(query.sql, [...query.params, afterId]);
  }

  /** Claims per article over the (article_id, start_offset) index. */
  claimCounts(articleIds: readonly number[]): Promise<{ article_id: number; claims: number | string }[]> {
    return this.dataSource.query(
      `SELECT article_id, COUNT(*) AS claims FROM claims WHERE ${pageIds('article_id', articleIds)} GROUP BY article_id`,
    );
  }
}
