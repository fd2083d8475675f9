import { type DataSource } from 'typeorm';
import { applyClaimFilters } from '../claims/claim-filters.sql.js';
import type { ClaimFiltersDto } from '../claims/dto/claim-filters.dto.js';
import { claimColumns, locationColumns, type RawRow } from './analytics-columns.js';

/** Without from/to the contested view looks at the last 90 days that have data (see ContestedQueryDto). */
export const CONTESTED_DEFAULT_DAYS = 90;

export type ContestedWindow = { from: string | null; to: string | null };
export type PairIds = { locationId: number; aId: number; bId: number };
export type ClaimText = { text: string; camp: string; sourceNames: string[] };

/** An unordered pair of claims as "low:high", the order claim_links and contested_dismissals store. */
export const pairKey = (x: number, y: number): string => (x < y ? `${x}:${y}` : `${y}:${x}`);

/**
 * Claims of two different camps about the same place within a day of each other, found day by day,
 * newest first, stopping at `limit`: each step reads the claim_locations rows of one day (index
 * (event_day, location_id, camp_id, claim_id)) and, per row, the other camps' rows of that place on
 * the same or the previous day (index (location_id, event_day, camp_id, claim_id)); event_day and
 * camp_id are copies of the claim's (kept by RollupsRepository). The former single self-join over all
 * claims of a place was quadratic in the claims per place and never finished at 100k claims.
 * A pair is found on its later day: (D, D-1) pairs and same-day pairs with b's camp after a's, so once.
 */
export class ContestedRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The window actually searched: from/to as given, or the last CONTESTED_DEFAULT_DAYS days with data. */
  async window(filters: ClaimFiltersDto): Promise<ContestedWindow> {
    if (filters.from || filters.to) return { from: filters.from ?? null, to: filters.to ?? null };
    const [row] = await this.dataSource.query<{ day: string | null }[]>(
      'SELECT MAX(event_day) AS day FROM claim_locations',
    );
    if (!row?.day) return { from: null, to: null };
    const to = String(row.day);
    return { from: addDays(to, -(CONTESTED_DEFAULT_DAYS - 1)), to };
  }

  /** Candidate pairs (ids only), newest day first, at most `limit`: the service scores them before any detail is read. */
  async candidates(filters: ClaimFiltersDto, window: ContestedWindow, limit: number): Promise<PairIds[]> {
    const range: string[] = [];
    const params: unknown[] = [];
    if (window.from) {
      range.push('event_day >= ?');
      params.push(window.from);
    }
    if (window.to) {
      range.push('event_day <= ?');
      params.push(window.to);
    }
    const days: { day: string }[] = await this.dataSource.query(
      `SELECT DISTINCT event_day AS day FROM claim_locations WHERE ${range.length ? range.join(' AND ') : '1 = 1'} ORDER BY event_day DESC`,
      params,
    );
    const found: PairIds[] = [];
    for (const { day } of days) {
      if (found.length >= limit) break;
      found.push(...(await this.pairsOfDay(filters, String(day), window.from, limit - found.length)));
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

  /** The lowest link id and its relation per unordered pair ("low:high") among these claims. */
  async linksAmong(ids: readonly number[]): Promise<Map<string, { id: number; relation: string }>> {
    // Links touching the claims: two index ranges (uq_claim_links_pair, idx_claim_links_to).
    const byPair = new Map<string, { id: number; relation: string }>();
    for (const chunk of chunks(ids, 500)) {
      const list = chunk.map(() => '?').join(', ');
      const links: { id: number; from_claim_id: number; to_claim_id: number; relation: string }[] =
        await this.dataSource.query(
          `SELECT id, from_claim_id, to_claim_id, relation FROM claim_links WHERE from_claim_id IN (${list}) OR to_claim_id IN (${list}) ORDER BY id`,
          [...chunk, ...chunk],
        );
      // Lowest link id per unordered pair, as the former ORDER BY k.id LIMIT 1.
      for (const link of links) {
        const key = pairKey(Number(link.from_claim_id), Number(link.to_claim_id));
        const known = byPair.get(key);
        if (!known || Number(link.id) < known.id) byPair.set(key, { id: Number(link.id), relation: link.relation });
      }
    }
    return byPair;
  }

  /** The dismissed pairs among these claims, as "low:high" keys (index uq_contested_dismissals_pair). */
  async dismissedAmong(ids: readonly number[]): Promise<Set<string>> {
    const keys = new Set<string>();
    for (const chunk of chunks(ids)) {
      const list = chunk.map(() => '?').join(', ');
      const rows: { low: number; high: number }[] = await this.dataSource.query(
        `SELECT low_claim_id AS low, high_claim_id AS high FROM contested_dismissals WHERE low_claim_id IN (${list})`,
        chunk,
      );
      for (const row of rows) keys.add(`${Number(row.low)}:${Number(row.high)}`);
    }
    return keys;
  }

  private async pairsOfDay(
    filters: ClaimFiltersDto,
    day: string,
    from: string | null,
    limit: number,
  ): Promise<PairIds[]> {
    const previous = from && addDays(day, -1) < from ? day : addDays(day, -1);
    const params: unknown[] = [previous, day, day];
    let extra = '';
    if (filters.camp?.length) {
      const list = filters.camp.map(() => '?').join(', ');
      extra += ` AND la.camp_id IN (${list}) AND lb.camp_id IN (${list})`;
      params.push(...filters.camp, ...filters.camp);
    }
    // The conflict (set on every request) by a primary-key probe of each side's claim, not through the
    // IN subquery below: there SQLite drove the subquery from the conflict index, i.e. every claim of the
    // conflict, per day (100k claims: 1.3 s a day instead of 1 ms, blocking its one connection).
    const { camp: _c, from: _f, to: _t, conflict, ...rest } = filters;
    let joins = '';
    if (conflict) {
      joins = ' JOIN claims ca ON ca.id = la.claim_id JOIN claims cb ON cb.id = lb.claim_id';
      extra += ' AND ca.conflict_id = ? AND cb.conflict_id = ?';
      params.push(conflict, conflict);
    }
    if (Object.values(rest).some((v) => v !== undefined && !(Array.isArray(v) && !v.length))) {
      // The other filters through the shared definition, narrowed to the two days so it reads an index range.
      const [sub, subParams] = applyClaimFilters(this.dataSource.createQueryBuilder().from('claims', 'c'), {
        ...filters,
        conflict: undefined,
        from: previous,
        to: day,
      })
        .select('c.id')
        .getQueryAndParameters();
      extra += ` AND la.claim_id IN (${sub}) AND lb.claim_id IN (${sub})`;
      params.push(...(subParams as unknown[]), ...(subParams as unknown[]));
    }
    const rows: RawRow[] = await this.dataSource.query(
      `SELECT la.location_id AS location_id, la.claim_id AS a_id, lb.claim_id AS b_id
       FROM claim_locations la
       JOIN claim_locations lb ON lb.location_id = la.location_id AND lb.event_day BETWEEN ? AND ?
         AND lb.camp_id <> la.camp_id AND (lb.event_day < la.event_day OR lb.camp_id > la.camp_id)${joins}
       WHERE la.event_day = ?${extra}
       ORDER BY la.location_id, la.claim_id, lb.claim_id
       LIMIT ?`,
      [...params, limit],
    );
    return rows.map((row) => ({ locationId: Number(row.location_id), aId: Number(row.a_id), bId: Number(row.b_id) }));
  }

  /**
   * The page's pairs as a UNION ALL derived table joined to places, claims and sources, then the links
   * between them in a second query. The links used to be two correlated subqueries per pair with
   * `(from = a AND to = b) OR (from = b AND to = a) ORDER BY id LIMIT 1`; MariaDB answered those by
   * walking claim_links' primary key (every link for an unlinked pair): ~170 ms per page at 1 M.
   */
  async details(pairs: readonly PairIds[]): Promise<RawRow[]> {
    if (!pairs.length) return [];
    const rows: RawRow[] = [];
    // SQLite allows at most 500 terms in one compound SELECT.
    for (const chunk of chunks(pairs, 400)) rows.push(...(await this.detailsOf(chunk)));
    const byPair = await this.linksAmong([...new Set(pairs.flatMap((pair) => [pair.aId, pair.bId]))]);
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
         ${gap} AS day_gap
       FROM (${values}) p
       JOIN locations l ON l.id = p.lid
       JOIN claims a ON a.id = p.aid
       JOIN claims b ON b.id = p.bid
       LEFT JOIN sources sa ON sa.id = a.source_id
       LEFT JOIN sources sb ON sb.id = b.source_id
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

function addDays(day: string, delta: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + delta * 86_400_000).toISOString().slice(0, 10);
}
