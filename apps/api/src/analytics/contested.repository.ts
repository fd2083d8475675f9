import { type DataSource } from 'typeorm';
import { applyClaimFilters } from '../claims/claim-filters.sql.js';
import type { ClaimFiltersDto } from '../claims/dto/claim-filters.dto.js';
import { claimColumns, locationColumns, type RawRow } from './analytics-columns.js';

/** Without from/to the contested view looks at the last 90 days that have data (see ContestedQueryDto). */
export const CONTESTED_DEFAULT_DAYS = 90;

export type ContestedWindow = { from: string | null; to: string | null };

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

  async pairs(filters: ClaimFiltersDto, window: ContestedWindow, limit: number): Promise<RawRow[]> {
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
    const found: { locationId: number; aId: number; bId: number }[] = [];
    for (const { day } of days) {
      if (found.length >= limit) break;
      found.push(...(await this.pairsOfDay(filters, String(day), window.from, limit - found.length)));
    }
    return this.details(found);
  }

  private async pairsOfDay(filters: ClaimFiltersDto, day: string, from: string | null, limit: number) {
    const previous = from && addDays(day, -1) < from ? day : addDays(day, -1);
    const params: unknown[] = [previous, day, day];
    let extra = '';
    if (filters.camp?.length) {
      const list = filters.camp.map(() => '?').join(', ');
      extra += ` AND la.camp_id IN (${list}) AND lb.camp_id IN (${list})`;
      params.push(...filters.camp, ...filters.camp);
    }
    const { camp: _c, from: _f, to: _t, ...rest } = filters;
    if (Object.values(rest).some((v) => v !== undefined && !(Array.isArray(v) && !v.length))) {
      // The other filters through the shared definition, narrowed to the two days so it reads an index range.
      const [sub, subParams] = applyClaimFilters(this.dataSource.createQueryBuilder().from('claims', 'c'), {
        ...filters,
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
         AND lb.camp_id <> la.camp_id AND (lb.event_day < la.event_day OR lb.camp_id > la.camp_id)
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
  private async details(pairs: { locationId: number; aId: number; bId: number }[]): Promise<RawRow[]> {
    if (!pairs.length) return [];
    const gap =
      this.dataSource.options.type === 'better-sqlite3'
        ? 'CAST(julianday(b.event_day) - julianday(a.event_day) AS INTEGER)'
        : 'DATEDIFF(b.event_day, a.event_day)';
    const values = pairs
      .map((_, i) => (i === 0 ? 'SELECT ? AS ord, ? AS lid, ? AS aid, ? AS bid' : 'SELECT ?, ?, ?, ?'))
      .join(' UNION ALL ');
    const rows: RawRow[] = await this.dataSource.query(
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
    // Links touching the page's claims: two index ranges (uq_claim_links_pair, idx_claim_links_to).
    const ids = [...new Set(pairs.flatMap((pair) => [pair.aId, pair.bId]))];
    const list = ids.map(() => '?').join(', ');
    const links: { id: number; from_claim_id: number; to_claim_id: number; relation: string }[] =
      await this.dataSource.query(
        `SELECT id, from_claim_id, to_claim_id, relation FROM claim_links WHERE from_claim_id IN (${list}) OR to_claim_id IN (${list}) ORDER BY id`,
        [...ids, ...ids],
      );
    // Lowest link id per unordered pair, as the former ORDER BY k.id LIMIT 1.
    const byPair = new Map<string, { id: number; relation: string }>();
    for (const link of links) {
      const [x, y] = [Number(link.from_claim_id), Number(link.to_claim_id)].sort((m, n) => m - n);
      const key = `${x}:${y}`;
      if (!byPair.has(key)) byPair.set(key, { id: Number(link.id), relation: link.relation });
    }
    return rows.map((row) => {
      const [x, y] = [Number(row.a_id), Number(row.b_id)].sort((m, n) => m - n);
      const link = byPair.get(`${x}:${y}`);
      return { ...row, link_id: link?.id ?? null, link_relation: link?.relation ?? null };
    });
  }
}

function addDays(day: string, delta: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + delta * 86_400_000).toISOString().slice(0, 10);
}
