import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ClaimFiltersDto } from '../claims/dto/claim-filters.dto.js';
import { seriesCountsSql, type RawRow, type SeriesCountRow } from './analytics-columns.js';
import type { BucketSize } from './utils/fill-buckets.js';

/** The filters claim_counts_daily is keyed by; any other filter needs the claims table. */
const COUNT_FILTERS = new Set(['conflict', 'camp', 'source', 'status', 'precision', 'from', 'to']);
/** claim_narrative_counts_daily has no source column. */
const NARRATIVE_FILTERS = new Set(['conflict', 'camp', 'status', 'precision', 'from', 'to']);

const BUCKET: Record<BucketSize, string> = { day: 'r.event_day', week: 'r.event_week', month: 'r.event_month' };

/**
 * The daily count rollup for these filters: claim_camp_counts_daily (no source column, a few thousand
 * rows per conflict) unless they filter by source, which only claim_counts_daily is keyed by.
 */
export function dailyCounts(filters: ClaimFiltersDto): string {
  return filters.source?.length ? 'claim_counts_daily' : 'claim_camp_counts_daily';
}

/**
 * The count rollup a series by `bucket` reads: by week without a source filter or a window, the weekly camp rollup
 * (1 M claims: a seventh of the daily rows); else the daily one for the filters.
 */
function countsFor(filters: ClaimFiltersDto, bucket: BucketSize): string {
  if (bucket === 'week' && !filters.source?.length && !filters.from && !filters.to) return 'claim_camp_counts_weekly';
  return dailyCounts(filters);
}

/** Whether every given filter is one the rollup can answer (claimFiltersOf has dropped the empty ones). */
export function rollupCanAnswer(filters: ClaimFiltersDto, narratives: boolean): boolean {
  const allowed = narratives ? NARRATIVE_FILTERS : COUNT_FILTERS;
  // source_id 0 means "no source" in the rollup but matches nothing in claims.
  if (filters.source?.some((id) => !(id > 0))) return false;
  return Object.entries(filters).every(
    ([key, value]) => value === undefined || (Array.isArray(value) && !value.length) || allowed.has(key),
  );
}

/**
 * The dashboard counts answered from claim_counts_daily / claim_narrative_counts_daily (kept exact by
 * RollupsRepository): the same rows, columns and order-free grouping as AnalyticsRepository's claims
 * queries, over ~100× fewer rows. Callers check rollupCanAnswer first. `HAVING SUM(...) > 0` hides
 * rollup rows that fell to zero, which the claims query would not produce at all. source_id 0 is
 * "no source" (NULL in claims).
 */
@Injectable()
export class AnalyticsRollupsRepository {
  constructor(private readonly dataSource: DataSource) {}

  countSeries(
    filters: ClaimFiltersDto,
    bucket: BucketSize,
    groupBy: 'camp' | 'status' | 'source',
  ): Promise<SeriesCountRow[]> {
    const b = BUCKET[bucket];
    const counts = seriesCountsSql(bucket, 'r', 'r.n');
    const [where, params] = whereOf(filters, true);
    if (groupBy === 'source') {
      // By week without a window: the weekly rollup, camp first, a camp's weeks one range in the series'
      // order (1 M claims: ~24k rows for the largest camp instead of the conflict's ~208k daily ones).
      const weekly = bucket === 'week' && !filters.from && !filters.to;
      const rows = weekly ? 'claim_source_counts_weekly' : 'claim_counts_daily';
      // Grouped first, named after: the sources join once per (bucket, source), not once per rollup row
      // (1 M claims, camp LNA, by week: 290 → 170 ms alone).
      return this.dataSource.query(
        `SELECT g.bucket, CASE WHEN g.source_id = 0 THEN NULL ELSE g.source_id END AS series_key,
                s.name_en AS label_en, s.name_ar AS label_ar, g.count, g.week_only, g.month_only
         FROM (SELECT ${b} AS bucket, r.source_id, ${counts} FROM ${rows} r
               WHERE ${where} GROUP BY ${b}, r.source_id HAVING SUM(r.n) > 0) g
         LEFT JOIN sources s ON s.id = g.source_id`,
        params,
      );
    }
    const key = groupBy === 'camp' ? 'r.camp_id' : 'r.status';
    return this.dataSource.query(
      `SELECT ${b} AS bucket, ${key} AS series_key, ${counts}
       FROM ${countsFor(filters, bucket)} r WHERE ${where} GROUP BY ${b}, ${key} HAVING SUM(r.n) > 0`,
      params,
    );
  }

  /** Per narrative, plus the untagged claims as series NULL (what the claims query's LEFT JOIN yields). */
  countNarrativeSeries(filters: ClaimFiltersDto, bucket: BucketSize): Promise<SeriesCountRow[]> {
    if (bucket === 'month') return this.countNarrativeMonths(filters);
    const b = BUCKET[bucket];
    const [where, params] = whereOf(filters, false);
    return this.dataSource.query(
      `SELECT ${b} AS bucket, r.narrative_id AS series_key, n.name_en AS label_en, n.name_ar AS label_ar, n.color AS color,
              ${seriesCountsSql(bucket, 'r', 'r.n')}
       FROM claim_narrative_counts_daily r LEFT JOIN narratives n ON n.id = r.narrative_id
       WHERE ${where} GROUP BY ${b}, r.narrative_id, n.name_en, n.name_ar, n.color HAVING SUM(r.n) > 0
       UNION ALL
       SELECT ${b} AS bucket, NULL AS series_key, NULL AS label_en, NULL AS label_ar, NULL AS color,
              ${seriesCountsSql(bucket, 'r', 'r.n - r.tagged')}
       FROM ${countsFor(filters, bucket)} r WHERE ${where} GROUP BY ${b} HAVING SUM(r.n - r.tagged) > 0`,
      [...params, ...params],
    );
  }

  /**
   * countNarrativeSeries by month: whole months from the monthly rollups (a conflict's narrative rows per
   * month instead of per day: 24k → 1k rows at 100k claims), the edge months of a from/to window from the
   * daily ones. A month chart leaves no claim out, so nothing is known only to a coarser period.
   */
  private countNarrativeMonths(filters: ClaimFiltersDto): Promise<SeriesCountRow[]> {
    const columns = 'r.event_month, r.narrative_id, r.n';
    // A whole conflict, every camp and status: the rollup per narrative and month (1 M claims: ~7k rows → ~250).
    const [narratives, narrativeParams] = onlyConflict(filters)
      ? wholeConflict(filters, `SELECT ${columns} FROM claim_narrative_counts_by_month r`)
      : monthsAndDays(filters, 'claim_narrative_counts', columns);
    const [counts, countParams] = monthsAndDays(filters, 'claim_counts', 'r.event_month, r.n, r.tagged');
    return this.dataSource.query(
      `SELECT g.event_month AS bucket, g.narrative_id AS series_key, n.name_en AS label_en, n.name_ar AS label_ar,
              n.color AS color, g.count, 0 AS week_only, 0 AS month_only
       FROM (SELECT x.event_month, x.narrative_id, SUM(x.n) AS count FROM (${narratives}) x
             GROUP BY x.event_month, x.narrative_id HAVING SUM(x.n) > 0) g
       LEFT JOIN narratives n ON n.id = g.narrative_id
       UNION ALL
       SELECT y.event_month, NULL, NULL, NULL, NULL, SUM(y.n - y.tagged), 0, 0
       FROM (${counts}) y GROUP BY y.event_month HAVING SUM(y.n - y.tagged) > 0`,
      [...narrativeParams, ...countParams],
    );
  }

  /**
   * A count of claims. Without a source filter, whole months from claim_counts_monthly and the edge days of a
   * window from the daily rollup: a list's total of a camp or status at 1 M claims sums ~1k monthly rows instead
   * of ~44k daily ones, recomputed whenever a write changes the counts.
   */
  async countClaims(filters: ClaimFiltersDto): Promise<number> {
    let [sql, params] = whereOf(filters, true);
    sql = `SELECT r.n FROM ${dailyCounts(filters)} r WHERE ${sql}`;
    if (!filters.source?.length) [sql, params] = monthsAndDays(filters, 'claim_counts', 'r.n');
    const [row] = await this.dataSource.query<{ count: number | string }[]>(
      `SELECT COALESCE(SUM(x.n), 0) AS count FROM (${sql}) x`,
      params,
    );
    return Number(row?.count ?? 0);
  }

  /**
   * Same rows as AnalyticsRepository.narrativeShare: per camp and narrative, untagged (narrative NULL),
   * and the camp total. Whole months come from the monthly rollups (~8k rows at 1 M claims instead of
   * ~200k daily ones); only the partial months at the edges of a from/to window from the daily ones. Grouped
   * first, named after, as the narrative months are: the narratives join once per group, not per rollup row
   * (1 M claims: the narrative part 53 → 25–34 ms alone; tagging makes it recomputed under a team's load).
   */
  narrativeShare(filters: ClaimFiltersDto): Promise<RawRow[]> {
    const columns = 'r.camp_id, r.narrative_id, r.n';
    // A whole conflict: the narrative rollup without the month (1 M claims: ~7k monthly rows become ~250).
    const [narratives, narrativeParams] =
      filters.from || filters.to || filters.precision?.length
        ? monthsAndDays(filters, 'claim_narrative_counts', columns)
        : wholeConflict(filters, `SELECT ${columns} FROM claim_narrative_counts_total r`);
    const [counts, countParams] = monthsAndDays(filters, 'claim_counts', 'r.camp_id, r.n, r.tagged');
    return this.dataSource.query(
      `SELECT g.camp_id AS camp, g.narrative_id AS narrative_id, n.name_en AS name_en, n.name_ar AS name_ar, n.color AS color, g.count, 0 AS is_total
       FROM (SELECT x.camp_id, x.narrative_id, SUM(x.n) AS count FROM (${narratives}) x
             GROUP BY x.camp_id, x.narrative_id HAVING SUM(x.n) > 0) g
       LEFT JOIN narratives n ON n.id = g.narrative_id
       UNION ALL
       SELECT y.camp_id, NULL, NULL, NULL, NULL, SUM(y.n - y.tagged), 0
       FROM (${counts}) y GROUP BY y.camp_id HAVING SUM(y.n - y.tagged) > 0
       UNION ALL
       SELECT y.camp_id, NULL, NULL, NULL, NULL, SUM(y.n), 1
       FROM (${counts}) y GROUP BY y.camp_id HAVING SUM(y.n) > 0`,
      [...narrativeParams, ...countParams, ...countParams],
    );
  }
}

/**
 * `columns` of `<prefix>_monthly` rows for the whole months in the filters' from/to window, UNION ALL
 * the `<prefix>_daily` rows of the partial months at its edges (camp and status filters on both).
 */
function monthsAndDays(filters: ClaimFiltersDto, prefix: string, columns: string): [string, unknown[]] {
  // The monthly rollups have no date_precision: with a precision filter, the daily rows of the whole window.
  if (filters.precision?.length) {
    const [where, params] = whereOf(filters, false);
    return [`SELECT ${columns} FROM ${daily(prefix)} r WHERE ${where}`, params];
  }
  const split = splitByMonth(filters.from, filters.to);
  const parts: string[] = [];
  const params: unknown[] = [];
  const { from: _f, to: _t, ...keys } = filters;
  if (split.months) {
    const [where, p] = whereOf(keys, false);
    const range: string[] = [];
    if (split.months.from) {
      range.push('r.event_month >= ?');
      p.push(split.months.from);
    }
    if (split.months.to) {
      range.push('r.event_month <= ?');
      p.push(split.months.to);
    }
    parts.push(`SELECT ${columns} FROM ${prefix}_monthly r WHERE ${[where, ...range].join(' AND ')}`);
    params.push(...p);
  }
  for (const [from, to] of split.days) {
    const [where, p] = whereOf({ ...keys, from, to }, false);
    parts.push(`SELECT ${columns} FROM ${daily(prefix)} r WHERE ${where}`);
    params.push(...p);
  }
  return [parts.join(' UNION ALL '), params];
}

/** Whether the filters name nothing but the conflict (claimFiltersOf has dropped the empty ones). */
function onlyConflict(filters: ClaimFiltersDto): boolean {
  return Object.entries(filters).every(
    ([key, value]) => key === 'conflict' || value === undefined || (Array.isArray(value) && !value.length),
  );
}

/** `select` (over alias `r`, a rollup without dates) narrowed to the filters' conflict, camps and statuses. */
function wholeConflict(filters: ClaimFiltersDto, select: string): [string, unknown[]] {
  const [where, params] = whereOf(filters, false);
  return [`${select} WHERE ${where}`, params];
}

/** The daily table beside `<prefix>_monthly` (no source filter reaches these: the source-less one for counts). */
function daily(prefix: string): string {
  return prefix === 'claim_counts' ? 'claim_camp_counts_daily' : `${prefix}_daily`;
}

export type MonthSplit = { months: { from?: string; to?: string } | null; days: [string, string][] };

/**
 * A from/to day window as the whole months inside it (open ends stay open) plus at most two partial
 * edge ranges of days; a window inside one month, or spanning no whole month, is days only.
 */
export function splitByMonth(from: string | undefined, to: string | undefined): MonthSplit {
  const firstWhole =
    from === undefined ? undefined : from.endsWith('-01') ? from.slice(0, 7) : shiftMonth(from.slice(0, 7), 1);
  const lastWhole =
    to === undefined ? undefined : to === lastDay(to.slice(0, 7)) ? to.slice(0, 7) : shiftMonth(to.slice(0, 7), -1);
  if (from !== undefined && to !== undefined && (firstWhole! > lastWhole! || from > to))
    return { months: null, days: from > to ? [] : [[from, to]] };
  const days: [string, string][] = [];
  if (from !== undefined && !from.endsWith('-01')) days.push([from, lastDay(from.slice(0, 7))]);
  if (to !== undefined && to !== lastDay(to.slice(0, 7))) days.push([`${to.slice(0, 7)}-01`, to]);
  return { months: { from: firstWhole, to: lastWhole }, days };
}

function shiftMonth(month: string, delta: number): string {
  const d = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1 + delta, 1));
  return d.toISOString().slice(0, 7);
}

function lastDay(month: string): string {
  return new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).toISOString().slice(0, 10);
}

/** The rollup-answerable filters as a WHERE over alias `r` (both rollups share these column names). */
function whereOf(filters: ClaimFiltersDto, withSource: boolean): [string, unknown[]] {
  const parts = ['1 = 1'];
  const params: unknown[] = [];
  const inList = (column: string, values: readonly unknown[]) => {
    parts.push(`${column} IN (${values.map(() => '?').join(', ')})`);
    params.push(...values);
  };
  if (filters.conflict) {
    parts.push('r.conflict_id = ?');
    params.push(filters.conflict);
  }
  if (filters.camp?.length) inList('r.camp_id', filters.camp);
  if (withSource && filters.source?.length) inList('r.source_id', filters.source);
  if (filters.status?.length) inList('r.status', filters.status);
  if (filters.precision?.length) inList('r.date_precision', filters.precision);
  if (filters.from) {
    parts.push('r.event_day >= ?');
    params.push(filters.from);
  }
  if (filters.to) {
    parts.push('r.event_day <= ?');
    params.push(filters.to);
  }
  return [parts.join(' AND '), params];
}
