import type { BucketSize } from './utils/fill-buckets.js';
import { COARSER_PRECISIONS } from './utils/coarser-precision.js';

/** Column lists shared by the analytics repositories (claims and places as the summary DTOs read them). */
export type RawRow = Record<string, unknown>;

/** One (bucket, series) count of a time series, from the claims or from the rollups. */
export type SeriesCountRow = {
  bucket: string;
  series_key: string | number | null;
  label_en: string | null;
  label_ar: string | null;
  color: string | null;
  /** Claims the bucket holds: their date is at least as coarse as the bucket. */
  count: number | string;
  /** Claims of the series known only to a week, when the bucket is a day (they are in no day), else 0. */
  week_only: number | string;
  /** Claims of the series known only to a month, when the bucket is a day or week, else 0. */
  month_only: number | string;
};

/**
 * The SeriesCountRow count columns over `alias`.date_precision, as [expression, alias] pairs: sums of
 * `value` (1 per claim, or a rollup's n) split by precision within each (bucket, series) group. Sums
 * of CASE, not a GROUP BY on the precision: the groups stay in the covering index's order (a GROUP BY
 * on a CASE made SQLite sort every rollup row, ~3× slower at 100k claims). The precisions are constants
 * (COARSER_PRECISIONS), never user input.
 */
export function seriesCountColumns(bucket: BucketSize, alias: string, value: string): [string, string][] {
  const coarser = COARSER_PRECISIONS[bucket];
  const only = (precision: 'week' | 'month') =>
    coarser.includes(precision)
      ? `SUM(CASE WHEN ${alias}.date_precision = '${precision}' THEN ${value} ELSE 0 END)`
      : '0';
  const count = coarser.length
    ? `SUM(CASE WHEN ${alias}.date_precision IN (${coarser.map((p) => `'${p}'`).join(', ')}) THEN 0 ELSE ${value} END)`
    : `SUM(${value})`;
  return [
    [count, 'count'],
    [only('week'), 'week_only'],
    [only('month'), 'month_only'],
  ];
}

/** seriesCountColumns as a select list. */
export function seriesCountsSql(bucket: BucketSize, alias: string, value: string): string {
  return seriesCountColumns(bucket, alias, value)
    .map(([expression, name]) => `${expression} AS ${name}`)
    .join(', ');
}

export function claimColumns(c: string, s: string, prefix: string): string[] {
  return [
    `${c}.id AS ${prefix}id`,
    `${c}.camp_id AS ${prefix}camp`,
    `${c}.text AS ${prefix}text`,
    `${c}.cue AS ${prefix}cue`,
    `${c}.source_mention AS ${prefix}source_mention`,
    `${s}.name_en AS ${prefix}source_name`,
    `${s}.name_ar AS ${prefix}source_name_ar`,
    `${c}.event_date AS ${prefix}event_date`,
    `${c}.event_day AS ${prefix}event_day`,
    `${c}.date_precision AS ${prefix}date_precision`,
    `${c}.article_id AS ${prefix}article_id`,
    `${c}.status AS ${prefix}status`,
  ];
}

export function locationColumns(l: string, prefix: string): string[] {
  return [
    `${l}.id AS ${prefix}id`,
    `${l}.location_key AS ${prefix}key`,
    `${l}.name_ar AS ${prefix}name_ar`,
    `${l}.name_en AS ${prefix}name_en`,
    `${l}.lat AS ${prefix}lat`,
    `${l}.lon AS ${prefix}lon`,
    `${l}.kind AS ${prefix}kind`,
  ];
}
