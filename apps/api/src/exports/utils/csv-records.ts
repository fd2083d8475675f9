import { csvRow } from '../csv/escape-cell.js';
import type { ExportArticleRow, ExportClaimRow } from '../exports.repository.js';

export const CLAIM_COLUMNS = [
  'id', 'event_date', 'date_precision', 'camp', 'source', 'source_ar', 'source_mention', 'cue', 'channel', 'text', 'status',
  'narratives', 'places', 'places_ar', 'article_id', 'article_title', 'outlet', 'url', 'published_at', 'links',
  'last_editor', 'updated_at',
] as const;

export const ARTICLE_COLUMNS = ['id', 'title', 'outlet', 'url', 'published_at', 'published_estimated', 'language', 'claims', 'created_at'] as const;

/** SQLite returns 'YYYY-MM-DD HH:MM:SS.SSS' (UTC), mysql2 a Date: both become ISO 8601. */
const SQLITE_TIMESTAMP = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3}$/;

export function isoTimestamp(value: Date | string | null): string {
  if (value === null) return '';
  if (value instanceof Date) return value.toISOString();
  // The common SQLite shape, without a Date per row.
  if (SQLITE_TIMESTAMP.test(value)) return `${value.slice(0, 10)}T${value.slice(11)}Z`;
  return new Date(`${value.replace(' ', 'T')}${/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? '' : 'Z'}`).toISOString();
}

/** Groups per-claim values by claim id, preserving query order. */
export function groupBy<T>(rows: readonly T[], id: (row: T) => number, value: (row: T) => string): Map<number, string[]> {
  const groups = new Map<number, string[]>();
  for (const row of rows) {
    const key = Number(id(row));
    const list = groups.get(key);
    if (list) list.push(value(row));
    else groups.set(key, [value(row)]);
  }
  return groups;
}

export type ClaimExtras = {
  narratives: Map<number, string[]>;
  places: Map<number, string[]>;
  placesAr: Map<number, string[]>;
  /** e.g. "contradicts #12". */
  links: Map<number, string[]>;
};

/** One page of claims as CSV text: one string per page, built by concatenation, no per-cell objects. */
export function claimRecords(rows: readonly ExportClaimRow[], extras: ClaimExtras): string {
  let out = '';
  for (const row of rows) {
    const id = Number(row.id);
    out += csvRow([
      id,
      row.event_date,
      row.date_precision,
      row.camp_id,
      row.source_en,
      row.source_ar,
      row.source_mention,
      row.cue,
      row.channel,
      row.text,
      row.status,
      extras.narratives.get(id)?.join('; ') ?? '',
      extras.places.get(id)?.join('; ') ?? '',
      extras.placesAr.get(id)?.join('; ') ?? '',
      Number(row.article_id),
      row.article_title,
      row.outlet,
      row.url,
      row.published_at,
      extras.links.get(id)?.join('; ') ?? '',
      row.editor,
      isoTimestamp(row.updated_at),
    ]);
  }
  return out;
}

export function articleRecords(rows: readonly ExportArticleRow[], claims: Map<number, number>): string {
  let out = '';
  for (const row of rows) {
    const id = Number(row.id);
    out += csvRow([
      id,
      row.title,
      row.outlet,
      row.url,
      row.published_at,
      Boolean(Number(row.published_estimated)),
      row.language,
      claims.get(id) ?? 0,
      isoTimestamp(row.created_at),
    ]);
  }
  return out;
}

/** The timeseries as a table: one row per bucket, one column per series (named by its label). */
export function timeseriesRecords(buckets: readonly string[], series: readonly { label: string; counts: number[] }[]): string {
  let out = csvRow(['bucket', ...series.map((s) => s.label)]);
  buckets.forEach((bucket, i) => {
    out += csvRow([bucket, ...series.map((s) => s.counts[i])]);
  });
  return out;
}
