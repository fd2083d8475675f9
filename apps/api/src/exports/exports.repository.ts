import { Injectable } from '@nestjs/common';
import type { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { applyClaimFilters } from '../claims/claim-filters.sql.js';
import type { ClaimFiltersDto } from '../claims/dto/claim-filters.dto.js';
import type { ClaimListRow } from './utils/claim-lists.js';

/** A claim as the SQLite page query returns it (one object per row). */
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
  /** 1/0 on SQLite, true/false elsewhere: the publication date was estimated, not read. */
  published_estimated: number | boolean;
  /** The last editor's e-mail address as read; ExportsService puts the name the reader may see in its place. */
  editor: string | null;
  editor_id: number | null;
  /** 'YYYY-MM-DD HH:MM:SS.SSS' (UTC) on SQLite; a Date from other callers. */
  updated_at: Date | string;
};

/**
 * A claim as the MariaDB stream returns it: a plain array (mysql2 `rowsAsArray`, no object and no
 * hidden class per row), `claims` columns only. The names behind the ids come from `exportLookups`
 * and `articleMetas`, so the stream reads neither `articles` (bodies inline) nor any joined table.
 */
export type StreamClaimRow = [
  id: number,
  event_date: string,
  date_precision: string,
  camp_id: string,
  source_id: number | null,
  source_mention: string,
  cue: string,
  channel: string | null,
  text: string,
  status: string,
  article_id: number,
  editor_id: number | null,
  /** 'YYYY-MM-DDTHH:MM:SS.SSSZ': ISO 8601 in UTC, as the CSV cell shows it. */
  updated_at: string,
];

/** The small tables behind a claim's ids, read once per export (narratives and locations `ORDER BY name_en`). */
export type ExportLookups = {
  sources: { id: number; name_en: string; name_ar: string | null }[];
  users: { id: number; email: string }[];
  outlets: { id: number; name: string }[];
} & ExportListNames;

export type ExportListNames = {
  narratives: { id: number; name_en: string; name_ar: string }[];
  locations: { id: number; name_en: string; name_ar: string }[];
};

export type ExportArticleMeta = {
  id: number;
  title: string | null;
  url: string | null;
  published_at: string;
  published_estimated: number | boolean;
  outlet_id: number | null;
};

/** A streamed statement on a connection of its own; `close` gives the connection back (or drops it mid-stream). */
export type ClaimRowStream = { rows: Readable; close(): Promise<void> };

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

export type ArticleExportFilters = { conflict: string; outlet?: number[]; from?: string; to?: string };

/**
 * The keyset condition is written with a marker literal and turned into the last `?` afterwards:
 * TypeORM inlines numeric parameters on SQLite, so a bound `:after` would not stay a placeholder.
 * It is the last WHERE term and ORDER BY/LIMIT bind nothing, so the page's id is the last parameter.
 */
const KEYSET_MARKER = '-2147480001';

function keyset([sql, params]: [string, unknown[]]): { sql: string; params: unknown[] } {
  if (sql.split(KEYSET_MARKER).length !== 2)
    throw new Error('Keyset marker not found exactly once in the export query');
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
  return `${column} IN (${intList(ids)})`;
}

function intList(ids: readonly number[]): string {
  return ids.map((id) => Math.trunc(Number(id))).join(', ');
}

/** The part of a mysql2 (callback API) pool connection the stream uses; TypeORM's query runner hands it out. */
type MysqlPoolConnection = {
  query(options: { sql: string; values: unknown[]; rowsAsArray: boolean }): {
    stream(options: { highWaterMark: number }): Readable;
  };
  query(
    options: { sql: string; values: unknown[]; rowsAsArray: boolean },
    callback: (error: Error | null, rows: unknown) => void,
  ): void;
  destroy(): void;
};

/**
 * Two read paths, one per kind of driver:
 * - MariaDB (asynchronous mysql2): the claims come as one statement streamed on a connection of its own,
 *   ordered by id, `claims` columns only; the caller pauses it on backpressure. Per batch of rows it
 *   asks, on other pool connections, for the batch's narrative, place and link ids (named and ordered by the caller)
 *   and for article metadata it has not seen yet.
 * - SQLite (synchronous better-sqlite3): keyset pages (`id > last ORDER BY id LIMIT n`) with the joins,
 *   and three plain row queries per page for the lists (cheaper there than `group_concat … ORDER BY`).
 * Each page's SQL text is identical, so better-sqlite3's statement cache and MariaDB reuse the plan.
 */
@Injectable()
export class ExportsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Whether the claims export streams one statement (MariaDB) rather than reading keyset pages (SQLite). */
  get streamsClaims(): boolean {
    return !this.sqlite;
  }

  private get sqlite(): boolean {
    return this.dataSource.options.type === 'better-sqlite3';
  }

  /** The filtered claims, ids ascending, as `StreamClaimRow` columns (MariaDB). */
  claimsStreamQuery(filters: ClaimFiltersDto): { sql: string; params: unknown[] } {
    const qb = applyClaimFilters(
      this.dataSource.createQueryBuilder().from('claims', 'c').select('c.id', 'id'),
      filters,
    ).orderBy('c.id', 'ASC');
    const [where, params] = qb.getQueryAndParameters();
    // Only the WHERE/ORDER BY of the builder is kept: the select list is written here, in array order.
    const tail = where.slice(where.indexOf(' FROM '));
    return {
      sql: `SELECT c.id, c.event_date, c.date_precision, c.camp_id, c.source_id, c.source_mention, c.cue, c.channel, c.text,
          c.status, c.article_id, COALESCE(c.updated_by_id, c.created_by_id),
          -- ISO 8601 as the CSV shows it (what isoTimestamp makes of SQLite's text): no Date nor string work per row
          CONCAT(LEFT(DATE_FORMAT(c.updated_at, '%Y-%m-%dT%H:%i:%s.%f'), 23), 'Z')${tail}`,
      params,
    };
  }

  /**
   * Runs the statement on a pool connection of its own and streams its rows as arrays. The stream
   * buffers at most `highWaterMark` rows before mysql2 stops reading the socket (and MariaDB then
   * waits); a `close` before the end destroys the connection, which ends the statement on the server.
   */
  async openClaimsStream(query: { sql: string; params: unknown[] }, highWaterMark: number): Promise<ClaimRowStream> {
    const runner = this.dataSource.createQueryRunner();
    const connection = (await runner.connect()) as MysqlPoolConnection;
    const rows = connection
      .query({ sql: query.sql, values: query.params, rowsAsArray: true })
      .stream({ highWaterMark });
    let ended = false;
    rows.once('end', () => (ended = true));
    rows.once('error', () => undefined); // reported to the reader through its own listener
    return {
      rows,
      close: async () => {
        if (!ended) {
          rows.destroy();
          connection.destroy();
        }
        await runner.release();
      },
    };
  }

  exportLookups(): Promise<ExportLookups> {
    return Promise.all([
      this.dataSource.query<ExportLookups['sources']>('SELECT id, name_en, name_ar FROM sources'),
      this.dataSource.query<ExportLookups['users']>('SELECT id, email FROM users'),
      this.dataSource.query<ExportLookups['outlets']>('SELECT id, name FROM outlets'),
      this.listNames(),
    ]).then(([sources, users, outlets, names]) => ({ sources, users, outlets, ...names }));
  }

  /** Narratives and places in the order their lists show them (the database collation's `ORDER BY name_en`). */
  async listNames(): Promise<ExportListNames> {
    const [narratives, locations] = await Promise.all([
      this.dataSource.query<ExportListNames['narratives']>(
        'SELECT id, name_en, name_ar FROM narratives ORDER BY name_en, id',
      ),
      this.dataSource.query<ExportListNames['locations']>(
        'SELECT id, name_en, name_ar FROM locations ORDER BY name_en, id',
      ),
    ]);
    return { narratives, locations };
  }

  /** Article columns the export shows, by primary key (MariaDB reads each article once per export, then the caller caches it). */
  articleMetas(ids: readonly number[]): Promise<ExportArticleMeta[]> {
    return this.dataSource.query(
      `SELECT id, title, url, published_at, published_estimated, outlet_id FROM articles WHERE id IN (${intList(ids)})`,
    );
  }

  /**
   * The narrative ids, place ids and links (both directions) of a batch's claims in one statement, as
   * `ClaimListRow` arrays: plain primary-key range reads, no join and no GROUP_CONCAT (the caller names
   * and orders them; see `claimListCells`). Each branch reads its table's (claim_id, …) key over the range.
   */
  async claimLists(claimIds: readonly number[]): Promise<ClaimListRow[]> {
    const sql = `SELECT 'n', claim_id, narrative_id, NULL, NULL FROM claim_narratives WHERE ${pageIds('claim_id', claimIds)}
       UNION ALL
       SELECT 'p', claim_id, location_id, NULL, NULL FROM claim_locations WHERE ${pageIds('claim_id', claimIds)}
       UNION ALL
       SELECT 'o', from_claim_id, id, to_claim_id, relation FROM claim_links WHERE ${pageIds('from_claim_id', claimIds)}
       UNION ALL
       SELECT 'i', to_claim_id, id, from_claim_id, relation FROM claim_links WHERE ${pageIds('to_claim_id', claimIds)}`;
    const runner = this.dataSource.createQueryRunner();
    try {
      const connection = (await runner.connect()) as MysqlPoolConnection;
      // Arrays, not one object per row: a batch has ~2.7 rows per claim.
      return await new Promise<ClaimListRow[]>((resolve, reject) =>
        connection.query({ sql, values: [], rowsAsArray: true }, (error, rows) =>
          error ? reject(error) : resolve(rows as ClaimListRow[]),
        ),
      );
    } finally {
      await runner.release();
    }
  }

  /**
   * SQLite: compiles the page query once per export; run it with `claimsPage`. The page of ids is
   * chosen on `claims` alone (a primary-key range under the filters) and only those ids are joined.
   */
  claimsPageQuery(filters: ClaimFiltersDto, pageSize: number): { sql: string; params: unknown[] } {
    const ids = applyClaimFilters(
      this.dataSource.createQueryBuilder().from('claims', 'c').select('c.id', 'id'),
      filters,
    )
      .andWhere(`c.id > ${KEYSET_MARKER}`)
      .orderBy('c.id', 'ASC')
      .limit(pageSize);
    const { sql, params } = keyset(ids.getQueryAndParameters());
    return {
      sql: `SELECT c.id AS id, c.event_date AS event_date, c.date_precision AS date_precision, c.camp_id AS camp_id,
          s.name_en AS source_en, s.name_ar AS source_ar, c.source_mention AS source_mention, c.cue AS cue, c.channel AS channel,
          c.text AS text, c.status AS status, c.article_id AS article_id, a.title AS article_title, o.name AS outlet, a.url AS url,
          a.published_at AS published_at, a.published_estimated AS published_estimated, u.email AS editor, u.id AS editor_id, c.updated_at AS updated_at
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

  /** Raw driver rows (no entity hydration), ids ascending. */
  claimsPage(query: { sql: string; params: unknown[] }, afterId: number): Promise<ExportClaimRow[]> {
    return this.dataSource.query(query.sql, [...query.params, afterId]);
  }

  /** SQLite: `claimIds` ascending, as a page returns them. */
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
      ])
      .where('a.conflict_id = :conflict', { conflict: filters.conflict });
    if (filters.outlet?.length) qb.andWhere('a.outlet_id IN (:...outlet)', { outlet: filters.outlet });
    if (filters.from) qb.andWhere('a.published_at >= :from', { from: filters.from });
    if (filters.to) qb.andWhere('a.published_at <= :to', { to: filters.to });
    return keyset(
      qb.andWhere(`a.id > ${KEYSET_MARKER}`).orderBy('a.id', 'ASC').limit(pageSize).getQueryAndParameters(),
    );
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
