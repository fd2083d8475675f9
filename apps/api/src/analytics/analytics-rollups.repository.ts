import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ClaimFiltersDto } from '../claims/dto/claim-filters.dto.js';
import type { RawRow, SeriesCountRow } from './analytics.repository.js';
import type { BucketSize } from './utils/fill-buckets.js';

/** The filters claim_counts_daily is keyed by; any other filter needs the claims table. */
const COUNT_FILTERS = new Set(['camp', 'source', 'status', 'from', 'to']);
/** claim_narrative_counts_daily has no source column. */
const NARRATIVE_FILTERS = new Set(['camp', 'status', 'from', 'to']);

const BUCKET: Record<BucketSize, string> = { day: 'r.event_day', week: 'r.event_week', month: 'r.event_month' };

/** Whether every given filter is one the rollup can answer (claimFiltersOf has dropped the empty ones). */
export function rollupCanAnswer(filters: ClaimFiltersDto, narratives: boolean): boolean {
  const allowed = narratives ? NARRATIVE_FILTERS : COUNT_FILTERS;
  // source_id 0 means "no source" in the rollup but matches nothing in claims.
  if (filters.source?.some((id) => !(id > 0))) return false;
  return Object.entries(filters).every(([key, value]) => value === undefined || (Array.isArray(value) && !value.length) || allowed.has(key));
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

  countSeries(filters: ClaimFiltersDto, bucket: BucketSize, groupBy: 'camp' | 'status' | 'source'): Promise<SeriesCountRow[]> {
    const b = BUCKET[bucket];
    const [where, params] = whereOf(filters, true);
    if (groupBy === 'source') {
      return this.dataSource.query(
        `SELECT ${b} AS bucket, CASE WHEN r.source_id = 0 THEN NULL ELSE r.source_id END AS series_key,
                s.name_en AS label_en, s.name_ar AS label_ar, SUM(r.n) AS count
         FROM claim_counts_daily r LEFT JOIN sources s ON s.id = r.source_id
         WHERE ${where} GROUP BY ${b}, r.source_id, s.name_en, s.name_ar HAVING SUM(r.n) > 0`,
        params,
      );
    }
    const key = groupBy === 'camp' ? 'r.camp_id' : 'r.status';
    return this.dataSource.query(
      `SELECT ${b} AS bucket, ${key} AS series_key, SUM(r.n) AS count
       FROM claim_counts_daily r WHERE ${where} GROUP BY ${b}, ${key} HAVING SUM(r.n) > 0`,
      params,
    );
  }

  /** Per narrative, plus the untagged claims as series NULL (what the claims query's LEFT JOIN yields). */
  countNarrativeSeries(filters: ClaimFiltersDto, bucket: BucketSize): Promise<SeriesCountRow[]> {
    const b = BUCKET[bucket];
    const [where, params] = whereOf(filters, false);
    return this.dataSource.query(
      `SELECT ${b} AS bucket, r.narrative_id AS series_key, n.name_en AS label_en, n.name_ar AS label_ar, n.color AS color, SUM(r.n) AS count
       FROM claim_narrative_counts_daily r LEFT JOIN narratives n ON n.id = r.narrative_id
       WHERE ${where} GROUP BY ${b}, r.narrative_id, n.name_en, n.name_ar, n.color HAVING SUM(r.n) > 0
       UNION ALL
       SELECT ${b} AS bucket, NULL AS series_key, NULL AS label_en, NULL AS label_ar, NULL AS color, SUM(r.n - r.tagged) AS count
       FROM claim_counts_daily r WHERE ${where} GROUP BY ${b} HAVING SUM(r.n - r.tagged) > 0`,
      [...params, ...params],
    );
  }

  async countClaims(filters: ClaimFiltersDto): Promise<number> {
    const [where, params] = whereOf(filters, true);
    const [row] = await this.dataSource.query(`SELECT COALESCE(SUM(r.n), 0) AS count FROM claim_counts_daily r WHERE ${where}`, params);
    return Number(row?.count ?? 0);
  }

  /** Same rows as AnalyticsRepository.narrativeShare: per camp and narrative, untagged (narrative NULL), and the camp total. */
  narrativeShare(filters: ClaimFiltersDto): Promise<RawRow[]> {
    const [where, params] = whereOf(filters, false);
    return this.dataSource.query(
      `SELECT r.camp_id AS camp, r.narrative_id AS narrative_id, n.name_en AS name_en, n.name_ar AS name_ar, n.color AS color, SUM(r.n) AS count, 0 AS is_total
       FROM claim_narrative_counts_daily r LEFT JOIN narratives n ON n.id = r.narrative_id
       WHERE ${where} GROUP BY r.camp_id, r.narrative_id, n.name_en, n.name_ar, n.color HAVING SUM(r.n) > 0
       UNION ALL
       SELECT r.camp_id, NULL, NULL, NULL, NULL, SUM(r.n - r.tagged), 0
       FROM claim_counts_daily r WHERE ${where} GROUP BY r.camp_id HAVING SUM(r.n - r.tagged) > 0
       UNION ALL
       SELECT r.camp_id, NULL, NULL, NULL, NULL, SUM(r.n), 1
       FROM claim_counts_daily r WHERE ${where} GROUP BY r.camp_id HAVING SUM(r.n) > 0`,
      [...params, ...params, ...params],
    );
  }
}

/** The rollup-answerable filters as a WHERE over alias `r` (both rollups share these column names). */
function whereOf(filters: ClaimFiltersDto, withSource: boolean): [string, unknown[]] {
  const parts = ['1 = 1'];
  const params: unknown[] = [];
  const inList = (column: string, values: readonly unknown[]) => {
    parts.push(`${column} IN (${values.map(() => '?').join(', ')})`);
    params.push(...values);
  };
  if (filters.camp?.length) inList('r.camp_id', filters.camp);
  if (withSource && filters.source?.length) inList('r.source_id', filters.source);
  if (filters.status?.length) inList('r.status', filters.status);
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
