import type { DataSource } from 'typeorm';
import type { ClaimFiltersDto } from '../claims/dto/claim-filters.dto.js';
import { locationColumns, type RawRow } from './analytics-columns.js';
import { splitByMonth } from './analytics-rollups.repository.js';

/** The keys of claim_place_counts_monthly (and the claim_locations copies its edge days read). */
const PLACE_FILTERS = new Set(['conflict', 'camp', 'status', 'from', 'to']);
/** claim_source_counts_monthly and claim_counts_daily (its edge days) are keyed by source too. */
const SOURCE_FILTERS = new Set([...PLACE_FILTERS, 'source']);

/**
 * Whether the monthly place (or source) rollup can answer these filters: every given filter is one of
 * its keys (claimFiltersOf has dropped the empty ones). No date precision: the monthly rows are not
 * keyed by it, so a precision filter keeps the claims query.
 */
export function placeSourceRollupCanAnswer(filters: ClaimFiltersDto, rollup: 'places' | 'sources'): boolean {
  const allowed = rollup === 'places' ? PLACE_FILTERS : SOURCE_FILTERS;
  // source_id 0 means "no source" in the rollup but matches nothing in claims.
  if (filters.source?.some((id) => !(id > 0))) return false;
  return Object.entries(filters).every(
    ([key, value]) => value === undefined || (Array.isArray(value) && !value.length) || allowed.has(key),
  );
}

/**
 * The map, the blindspots (places and narratives) and the top sources answered from the monthly
 * rollups per place, narrative and source (kept exact by RollupsRepository): whole months of a from/to window from
 * the monthly rows, the partial months at its edges from claim_locations (its conflict/day/camp/status
 * copies, one index range) and claim_counts_daily. Same rows as AnalyticsRepository's claims queries;
 * callers check placeSourceRollupCanAnswer first. `HAVING SUM(n) > 0` hides rollup rows that fell to 0.
 */
export class AnalyticsPlaceRollupsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Claims per (place, camp), drawable places only: AnalyticsRepository.placeCounts. */
  placeCounts(filters: ClaimFiltersDto): Promise<RawRow[]> {
    const [perCamp, params] = placeCampCounts(filters, false);
    return this.dataSource.query(
      `SELECT g.location_id, g.camp, g.claims, l.name_en, l.name_ar, l.lat, l.lon, l.abroad
       FROM (${perCamp}) g JOIN locations l ON l.id = g.location_id
       WHERE l.lat IS NOT NULL AND l.lon IS NOT NULL AND NOT (l.lat = 0 AND l.lon = 0)
       ORDER BY l.id, g.camp`,
      params,
    );
  }

  /** Places with claims of one camp only: AnalyticsRepository.singleCampPlaces. */
  singleCampPlaces(filters: ClaimFiltersDto, ignoreUnknown: boolean, limit: number): Promise<RawRow[]> {
    const [perCamp, params] = placeCampCounts(filters, ignoreUnknown);
    return this.dataSource.query(
      `SELECT g.camp, g.claims, ${locationColumns('l', 'loc_').join(', ')}
       FROM (SELECT p.location_id, MIN(p.camp) AS camp, SUM(p.claims) AS claims FROM (${perCamp}) p
             GROUP BY p.location_id HAVING COUNT(*) = 1) g
       JOIN locations l ON l.id = g.location_id
       ORDER BY g.claims DESC, l.id LIMIT ?`,
      [...params, limit],
    );
  }

  /**
   * Narratives with claims of one camp only: AnalyticsRepository.singleCampNarratives, from
   * claim_narrative_counts_monthly (edge days from claim_narrative_counts_daily). The narrative rollups
   * have the place rollup's keys, so placeSourceRollupCanAnswer(filters, 'places') decides for them too.
   */
  singleCampNarratives(filters: ClaimFiltersDto, ignoreUnknown: boolean, limit: number): Promise<RawRow[]> {
    const known = ignoreUnknown ? " AND r.camp_id <> 'UNKNOWN'" : '';
    const [rows, params] = wholeConflictOrWindow(filters, false, {
      total: (where) =>
        `SELECT r.narrative_id, r.camp_id, r.n FROM claim_narrative_counts_total r WHERE ${where}${known}`,
      monthly: (where) =>
        `SELECT r.narrative_id, r.camp_id, r.n FROM claim_narrative_counts_monthly r WHERE ${where}${known}`,
      edge: (where) =>
        `SELECT r.narrative_id, r.camp_id, r.n FROM claim_narrative_counts_daily r WHERE ${where}${known}`,
    });
    return this.dataSource.query(
      `SELECT g.camp, g.claims, n.id AS n_id, n.name_en AS n_name_en, n.name_ar AS n_name_ar, n.color AS n_color
       FROM (SELECT p.narrative_id, MIN(p.camp) AS camp, SUM(p.claims) AS claims
             FROM (SELECT x.narrative_id, x.camp_id AS camp, SUM(x.n) AS claims FROM (${rows}) x
                   GROUP BY x.narrative_id, x.camp_id HAVING SUM(x.n) > 0) p
             GROUP BY p.narrative_id HAVING COUNT(*) = 1) g
       JOIN narratives n ON n.id = g.narrative_id
       ORDER BY g.claims DESC, n.id LIMIT ?`,
      [...params, limit],
    );
  }

  /**
   * Claims of the filters' sources (a first-page total): a few hundred monthly rows instead of every
   * claim_counts_daily row of the conflict (1 M claims: ~208k rows, 0.6 s a total under a team's load).
   */
  countClaims(filters: ClaimFiltersDto): Promise<number> {
    return this.sum(
      monthsAndEdgeDays(
        filters,
        true,
        (where) => `SELECT r.n FROM claim_source_counts_monthly r WHERE ${where}`,
        (where) => `SELECT r.n FROM claim_counts_daily r WHERE ${where}`,
      ),
    );
  }

  /**
   * Claims naming each of these places, in `locationIds` order (a first-page total, a search's named
   * places; `filters` without a place, as placeSourceRollupCanAnswer allows for 'places'): a claim counts
   * once per place in the rollup, so each place's sum is exact. 1 M claims, Tripoli: the claims-side
   * count read 259k claim_locations rows to stop at the cap.
   */
  async placeClaimCounts(filters: ClaimFiltersDto, locationIds: number[]): Promise<number[]> {
    return this.countsPer(
      locationIds,
      monthsAndEdgeDays(
        { ...filters, location: locationIds },
        false,
        (where) => `SELECT r.location_id AS id, r.n FROM claim_place_counts_monthly r WHERE ${where}`,
        (where) => `SELECT r.location_id AS id, 1 AS n FROM claim_locations r WHERE ${where}`,
      ),
    );
  }

  /** Claims of each of these sources, in `sourceIds` order, as placeClaimCounts (filters without a source). */
  async sourceClaimCounts(filters: ClaimFiltersDto, sourceIds: number[]): Promise<number[]> {
    return this.countsPer(
      sourceIds,
      monthsAndEdgeDays(
        { ...filters, source: sourceIds },
        true,
        (where) => `SELECT r.source_id AS id, r.n FROM claim_source_counts_monthly r WHERE ${where}`,
        (where) => `SELECT r.source_id AS id, r.n FROM claim_counts_daily r WHERE ${where}`,
      ),
    );
  }

  /** Claims tagged with one narrative (a first-page total), as placeClaimCounts: one tag per claim and narrative. */
  countNarrativeClaims(filters: ClaimFiltersDto, narrativeId: number): Promise<number> {
    return this.sum(
      wholeConflictOrWindow({ ...filters, narrative: [narrativeId] }, false, {
        total: (where) => `SELECT r.n FROM claim_narrative_counts_total r WHERE ${where}`,
        monthly: (where) => `SELECT r.n FROM claim_narrative_counts_monthly r WHERE ${where}`,
        edge: (where) => `SELECT r.n FROM claim_narrative_counts_daily r WHERE ${where}`,
      }),
    );
  }

  /** SUM(n) of `[rows, params]` (a column n), 0 without rows. */
  private async sum([rows, params]: [string, unknown[]]): Promise<number> {
    const [row] = await this.dataSource.query<{ count: number | string }[]>(
      `SELECT COALESCE(SUM(x.n), 0) AS count FROM (${rows}) x`,
      params,
    );
    return Number(row?.count ?? 0);
  }

  /** SUM(n) per id of `[rows, params]` (columns id, n), in `ids` order, 0 for an id without rows. */
  private async countsPer(ids: number[], [rows, params]: [string, unknown[]]): Promise<number[]> {
    if (!ids.length) return [];
    const found = await this.dataSource.query<{ id: number | string; count: number | string }[]>(
      `SELECT x.id, SUM(x.n) AS count FROM (${rows}) x GROUP BY x.id`,
      params,
    );
    const byId = new Map(found.map((row) => [Number(row.id), Number(row.count)]));
    return ids.map((id) => byId.get(id) ?? 0);
  }

  /** Claims per source (claims without one left out): AnalyticsRepository.topSources. */
  topSources(filters: ClaimFiltersDto, limit: number): Promise<RawRow[]> {
    const [rows, params] = monthsAndEdgeDays(
      filters,
      true,
      (where) => `SELECT r.source_id, r.n FROM claim_source_counts_monthly r WHERE ${where} AND r.source_id > 0`,
      (where) => `SELECT r.source_id, r.n FROM claim_counts_daily r WHERE ${where} AND r.source_id > 0`,
    );
    return this.dataSource.query(
      `SELECT g.source_id, s.name_en, s.name_ar, s.camp_id AS camp, g.claims
       FROM (SELECT x.source_id, SUM(x.n) AS claims FROM (${rows}) x GROUP BY x.source_id HAVING SUM(x.n) > 0) g
       JOIN sources s ON s.id = g.source_id
       ORDER BY g.claims DESC, g.source_id ASC LIMIT ?`,
      [...params, limit],
    );
  }
}

/** Claims per (location_id, camp) with at least one claim, as a derived-table SQL and its parameters. */
function placeCampCounts(filters: ClaimFiltersDto, ignoreUnknown: boolean): [string, unknown[]] {
  // The claims query's `c.camp_id <> 'UNKNOWN'`, on both parts.
  const known = ignoreUnknown ? " AND r.camp_id <> 'UNKNOWN'" : '';
  // A whole conflict: the rollup without the month (1 M claims: a few thousand rows instead of ~49k).
  const [rows, params] = wholeConflictOrWindow(filters, false, {
    total: (where) => `SELECT r.location_id, r.camp_id, r.n FROM claim_place_counts_total r WHERE ${where}${known}`,
    monthly: (where) => `SELECT r.location_id, r.camp_id, r.n FROM claim_place_counts_monthly r WHERE ${where}${known}`,
    edge: (where) =>
      `SELECT r.location_id, r.camp_id, COUNT(*) AS n FROM claim_locations r WHERE ${where}${known}
       GROUP BY r.location_id, r.camp_id`,
  });
  return [
    `SELECT x.location_id, x.camp_id AS camp, SUM(x.n) AS claims FROM (${rows}) x
     GROUP BY x.location_id, x.camp_id HAVING SUM(x.n) > 0`,
    params,
  ];
}

/**
 * Without a window, the `total` rollup (no month: a whole conflict's rows, far fewer); with one, the `monthly`
 * and `edge` rows as monthsAndEdgeDays.
 */
function wholeConflictOrWindow(
  filters: ClaimFiltersDto,
  withSource: boolean,
  rollups: { total: (where: string) => string; monthly: (where: string) => string; edge: (where: string) => string },
): [string, unknown[]] {
  if (filters.from || filters.to) return monthsAndEdgeDays(filters, withSource, rollups.monthly, rollups.edge);
  const [where, params] = keysWhere(filters, withSource);
  return [rollups.total(where.join(' AND ')), params];
}

/**
 * The `monthly` rows of the whole months in the filters' from/to window UNION ALL the `edge` rows of
 * the partial months at its edges; each part gets its WHERE over alias `r` (conflict, camp, status,
 * source if asked, and a month or a day range).
 */
function monthsAndEdgeDays(
  filters: ClaimFiltersDto,
  withSource: boolean,
  monthly: (where: string) => string,
  edge: (where: string) => string,
): [string, unknown[]] {
  const split = splitByMonth(filters.from, filters.to);
  const parts: string[] = [];
  const params: unknown[] = [];
  if (split.months) {
    const [where, p] = keysWhere(filters, withSource);
    if (split.months.from) {
      where.push('r.event_month >= ?');
      p.push(split.months.from);
    }
    if (split.months.to) {
      where.push('r.event_month <= ?');
      p.push(split.months.to);
    }
    parts.push(monthly(where.join(' AND ')));
    params.push(...p);
  }
  for (const [from, to] of split.days) {
    const [where, p] = keysWhere(filters, withSource);
    where.push('r.event_day >= ?', 'r.event_day <= ?');
    parts.push(edge(where.join(' AND ')));
    params.push(...p, from, to);
  }
  // A window that ends before it starts: no part, no rows.
  if (!parts.length) return [monthly('1 = 0'), []];
  return [parts.join(' UNION ALL '), params];
}

/**
 * The conflict, camp, status (and source) filters as conditions over alias `r`; a place or a narrative
 * only where the caller's rollup is keyed by it (the counts of one place or narrative).
 */
function keysWhere(filters: ClaimFiltersDto, withSource: boolean): [string[], unknown[]] {
  const where = ['1 = 1'];
  const params: unknown[] = [];
  const inList = (column: string, values: readonly unknown[]) => {
    where.push(`${column} IN (${values.map(() => '?').join(', ')})`);
    params.push(...values);
  };
  if (filters.conflict) {
    where.push('r.conflict_id = ?');
    params.push(filters.conflict);
  }
  if (filters.camp?.length) inList('r.camp_id', filters.camp);
  if (withSource && filters.source?.length) inList('r.source_id', filters.source);
  if (filters.status?.length) inList('r.status', filters.status);
  if (filters.location?.length) inList('r.location_id', filters.location);
  if (filters.narrative?.length) inList('r.narrative_id', filters.narrative);
  return [where, params];
}
