import { type DataSource } from 'typeorm';
import { applyClaimFilters } from '../claims/claim-filters.sql.js';
import type { ClaimFiltersDto } from '../claims/dto/claim-filters.dto.js';
import { claimColumns, locationColumns, type RawRow } from './analytics-columns.js';
import { addDays, groupPlaceRows, pairsOfDay, type PairIds, type PlaceRow } from './utils/contested-day-pairs.js';

export type { PairIds };

/** Without from/to the contested view looks at the last 90 days that have data (see ContestedQueryDto). */
export const CONTESTED_DEFAULT_DAYS = 90;

export type ContestedWindow = { from: string | null; to: string | null };
export type ClaimText = { text: string; camp: string; sourceNames: string[] };
export type PairLink = { id: number; relation: string };
/** Links (lowest id per pair) and dismissals among claims, by pairKey. */
export type PairMarks = { links: Map<string, PairLink>; dismissed: Set<string> };

/** An unordered pair of claims as "low:high", the order claim_links and contested_dismissals store. */
export const pairKey = (x: number, y: number): string => (x < y ? `${x}:${y}` : `${y}:${x}`);

/**
 * Days read by the first claim_locations range of the walk (one busy day holds the 500 candidates of a
 * page at 1 M claims); each further range reads twice as many, up to MAX_SPAN_DAYS (a month of the
 * busiest period is ~80k rows: a filter that leaves few pairs walks its window in reads of that size).
 */
const FIRST_SPAN_DAYS = 1;
const MAX_SPAN_DAYS = 32;

/**
 * Claims of two different camps about the same place within a day of each other, newest day first,
 * stopping at `limit`. The walk reads spans of days of claim_locations (conflict, day range: one range of
 * idx_claim_locations_conflict_day, which holds the claim id too) and pairs the rows in memory
 * (utils/contested-day-pairs.ts), in the order and with the conditions of the former per-day self-join:
 * that one built and sorted every pair of a busy day before its LIMIT (1 M claims, a month: ~370 ms) and
 * probed both claims' conflict by primary key per pair. event_day, camp_id and conflict_id are copies
 * of the claim's (kept by RollupsRepository; rollups.spec checks them). A pair is found on its later
 * day: (D, D-1) pairs and same-day pairs with b's camp after a's, so once.
 */
export class ContestedRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The window actually searched: from/to as given, or the last CONTESTED_DEFAULT_DAYS days with data. */
  async window(filters: ClaimFiltersDto): Promise<ContestedWindow> {
    if (filters.from || filters.to) return { from: filters.from ?? null, to: filters.to ?? null };
    const day = await this.lastDay('MAX');
    if (!day) return { from: null, to: null };
    return { from: addDays(day, -(CONTESTED_DEFAULT_DAYS - 1)), to: day };
  }

  /** Candidate pairs (ids only), newest day first, at most `limit`: the service scores them before any detail is read. */
  async candidates(filters: ClaimFiltersDto, window: ContestedWindow, limit: number): Promise<PairIds[]> {
    // An open end of the window is where the data ends (no row outside it can pair).
    const newestDay = window.to ?? (await this.lastDay('MAX'));
    const oldestDay = window.from ?? (await this.lastDay('MIN'));
    const found: PairIds[] = [];
    if (!newestDay || !oldestDay) return found;
    // The day a pair's b may be on: the day before, except on the window's first day.
    const previousOf = (day: string) => (window.from && addDays(day, -1) < window.from ? day : addDays(day, -1));
    let newest = newestDay;
    for (
      let span = FIRST_SPAN_DAYS;
      found.length < limit && newest >= oldestDay;
      span = Math.min(span * 2, MAX_SPAN_DAYS)
    ) {
      const oldest = maxDay(oldestDay, addDays(newest, -(span - 1)));
      const byDay = groupPlaceRows(await this.placeRows(filters, previousOf(oldest), newest));
      for (let day = newest; day >= oldest && found.length < limit; day = addDays(day, -1))
        found.push(...pairsOfDay(byDay, day, previousOf(day), limit - found.length));
      newest = addDays(oldest, -1);
    }
    return found;
  }

  /** Text, camp and source names of claims, for scoring; read in chunks to stay under placeholder limits. */
  async claimTexts(ids: readonly number[]): Promise<Map<number, ClaimText>> {
    const texts = new Map<number, ClaimText>();
    for (const chunk of chunks(ids)) {
      const rows: RawRow[] = await this.dataSource.query(
        `SELECT c.id AS id, c.text AS text, c.camp_id AS camp, s.name_en AS name_en, s.name_ar AS name_ar
         FROM claims c LEFT JOIN sources s ON s.id = c.source_id
         WHERE c.id IN (${chunk.map(() => '?').join(', ')})`,
        chunk,
      );
      for (const row of rows) {
        const sourceNames = [row.name_en, row.name_ar].filter((name): name is string => typeof name === 'string');
        texts.set(Number(row.id), { text: String(row.text), camp: String(row.camp), sourceNames });
      }
    }
    return texts;
  }

  /**
   * What analysts said about pairs among these claims, in one statement per chunk: the lowest link id and
   * its relation per unordered pair ("low:high"; links touching the claims: index ranges of
   * uq_claim_links_pair and idx_claim_links_to), and the dismissed pairs (uq_contested_dismissals_pair).
   */
  async pairMarks(ids: readonly number[]): Promise<PairMarks> {
    const marks: PairMarks = { links: new Map(), dismissed: new Set() };
    for (const chunk of chunks(ids)) {
      const list = chunk.map(() => '?').join(', ');
      const rows: { kind: string; id: number; low: number; high: number; relation: string | null }[] =
        await this.dataSource.query(
          `SELECT 'link' AS kind, id, from_claim_id AS low, to_claim_id AS high, relation FROM claim_links
           WHERE from_claim_id IN (${list}) OR to_claim_id IN (${list})
           UNION ALL
           SELECT 'dismissal', id, low_claim_id, high_claim_id, NULL FROM contested_dismissals WHERE low_claim_id IN (${list})`,
          [...chunk, ...chunk, ...chunk],
        );
      for (const row of rows) {
        const key = pairKey(Number(row.low), Number(row.high));
        if (row.kind !== 'link') {
          marks.dismissed.add(key);
          continue;
        }
        // Lowest link id per unordered pair, as the former ORDER BY k.id LIMIT 1.
        const known = marks.links.get(key);
        if (!known || Number(row.id) < known.id)
          marks.links.set(key, { id: Number(row.id), relation: String(row.relation) });
      }
    }
    return marks;
  }

  /**
   * The claim_locations rows of the days `from` … `to` that the filters keep, each with its camp's rank in
   * the database's order of camp ids (see PlaceRow). The conflict is the rows' copy (the former join
   * probed both claims per pair); other filters go through the shared definition, narrowed to the span.
   */
  private async placeRows(filters: ClaimFiltersDto, from: string, to: string): Promise<PlaceRow[]> {
    const where = ['event_day BETWEEN ? AND ?', 'camp_id IS NOT NULL'];
    const params: unknown[] = [from, to];
    const { camp, from: _f, to: _t, conflict, ...rest } = filters;
    if (conflict) {
      where.unshift('conflict_id = ?');
      params.unshift(conflict);
    }
    if (camp?.length) {
      where.push(`camp_id IN (${camp.map(() => '?').join(', ')})`);
      params.push(...camp);
    }
    if (Object.values(rest).some((v) => v !== undefined && !(Array.isArray(v) && !v.length))) {
      const [sub, subParams] = applyClaimFilters(this.dataSource.createQueryBuilder().from('claims', 'c'), {
        ...filters,
        camp: undefined,
        conflict: undefined,
        from,
        to,
      })
        .select('c.id')
        .getQueryAndParameters();
      where.push(`claim_id IN (${sub})`);
      params.push(...(subParams as unknown[]));
    }
    const rows: RawRow[] = await this.dataSource.query(
      `SELECT claim_id, location_id, event_day, DENSE_RANK() OVER (ORDER BY camp_id) AS camp_rank
       FROM claim_locations WHERE ${where.join(' AND ')}`,
      params,
    );
    return rows.map((row) => ({
      claimId: Number(row.claim_id),
      locationId: Number(row.location_id),
      day: String(row.event_day),
      campRank: Number(row.camp_rank),
    }));
  }

  private async lastDay(end: 'MIN' | 'MAX'): Promise<string | null> {
    const [row] = await this.dataSource.query<{ day: string | null }[]>(
      `SELECT ${end}(event_day) AS day FROM claim_locations`,
    );
    return row?.day ? String(row.day) : null;
  }

  /**
   * The page's pairs as a UNION ALL derived table joined to places, claims, sources and both claims'
   * articles (columns a_article_… / b_article_…, so the articles cost no statement of their own), with each
   * pair's link from `byPair` (pairMarks over all candidates' claims: these pairs' links are among them).
   * The links used to be two correlated subqueries per pair with
   * `(from = a AND to = b) OR (from = b AND to = a) ORDER BY id LIMIT 1`; MariaDB answered those by
   * walking claim_links' primary key (every link for an unlinked pair): ~170 ms per page at 1 M.
   */
  async details(pairs: readonly PairIds[], byPair: Map<string, PairLink>): Promise<RawRow[]> {
    if (!pairs.length) return [];
    const rows: RawRow[] = [];
    // SQLite allows at most 500 terms in one compound SELECT.
    for (const chunk of chunks(pairs, 500)) rows.push(...(await this.detailsOf(chunk)));
    return rows.map((row) => {
      const link = byPair.get(pairKey(Number(row.a_id), Number(row.b_id)));
      return { ...row, link_id: link?.id ?? null, link_relation: link?.relation ?? null };
    });
  }

  private async detailsOf(pairs: readonly PairIds[]): Promise<RawRow[]> {
    const gap =
      this.dataSource.options.type === 'better-sqlite3'
        ? 'CAST(julianday(b.event_day) - julianday(a.event_day) AS INTEGER)'
        : 'DATEDIFF(b.event_day, a.event_day)';
    const values = pairs
      .map((_, i) => (i === 0 ? 'SELECT ? AS ord, ? AS lid, ? AS aid, ? AS bid' : 'SELECT ?, ?, ?, ?'))
      .join(' UNION ALL ');
    return this.dataSource.query(
      `SELECT ${locationColumns('l', 'loc_').join(', ')}, ${claimColumns('a', 'sa', 'a_').join(', ')}, ${claimColumns('b', 'sb', 'b_').join(', ')},
         ${gap} AS day_gap, ${articleColumns('aa', 'oa', 'a_article_').join(', ')}, ${articleColumns('ab', 'ob', 'b_article_').join(', ')}
       FROM (${values}) p
       JOIN locations l ON l.id = p.lid
       JOIN claims a ON a.id = p.aid
       JOIN claims b ON b.id = p.bid
       LEFT JOIN sources sa ON sa.id = a.source_id
       LEFT JOIN sources sb ON sb.id = b.source_id
       JOIN articles aa ON aa.id = a.article_id
       JOIN articles ab ON ab.id = b.article_id
       LEFT JOIN outlets oa ON oa.id = aa.outlet_id
       LEFT JOIN outlets ob ON ob.id = ab.outlet_id
       ORDER BY p.ord`,
      pairs.flatMap((pair, i) => [i, pair.locationId, pair.aId, pair.bId]),
    );
  }
}

function chunks<T>(items: readonly T[], size = 1000): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

const maxDay = (x: string, y: string): string => (x > y ? x : y);

/** An article's columns as toClaimArticleDto reads them, each name prefixed. */
const articleColumns = (article: string, outlet: string, prefix: string): string[] => [
  `${article}.id AS ${prefix}id`,
  `${article}.title AS ${prefix}title`,
  `${article}.url AS ${prefix}url`,
  `${article}.published_at AS ${prefix}published_at`,
  `${outlet}.name AS ${prefix}outlet`,
];
