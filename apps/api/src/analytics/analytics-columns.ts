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
  /** The claims' date precision when it is coarser than the bucket (they belong in no bucket), else null. */
  coarser: string | null;
  count: number | string;
};

/**
 * SQL for SeriesCountRow.coarser over `alias`.date_precision: the precisions too coarse for `bucket`
 * as themselves, the rest as NULL (a single NULL for month buckets, which take every claim). The
 * values are constants (COARSER_PRECISIONS), never user input.
 */
export function coarserPrecisionSql(bucket: BucketSize, alias: string): string {
  const coarser = COARSER_PRECISIONS[bucket];
  if (!coarser.length) return 'NULL';
  return `CASE WHEN ${alias}.date_precision IN (${coarser.map((p) => `'${p}'`).join(', ')}) THEN ${alias}.date_precision ELSE NULL END`;
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
