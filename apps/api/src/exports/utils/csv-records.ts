import { CSV_EOL, csvRow, escapeCell } from '../csv/escape-cell.js';
import { headerCells, type ExportLang } from './csv-headers.js';
import type { ExportArticleRow, ExportClaimRow, StreamClaimRow } from '../exports.repository.js';

export const CLAIM_COLUMNS = [
  'id',
  'event_date',
  'date_precision',
  'camp',
  'source',
  'source_ar',
  'source_mention',
  'cue',
  'channel',
  'text',
  'status',
  'narratives',
  'places',
  'places_ar',
  'article_id',
  'article_title',
  'outlet',
  'url',
  'published_at',
  'published_estimated',
  'links',
  'last_editor',
  'updated_at',
] as const;

export const ARTICLE_COLUMNS = [
  'id',
  'title',
  'outlet',
  'url',
  'published_at',
  'published_estimated',
  'language',
  'claims',
  'created_at',
] as const;

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
export function groupBy<T>(
  rows: readonly T[],
  id: (row: T) => number,
  value: (row: T) => string,
): Map<number, string[]> {
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

const cell = escapeCell;

/** The article's publication date was estimated (no date in the text or page): 'true' / 'false'. */
const estimated = (value: number | boolean | null | undefined): string => String(Boolean(Number(value)));

/** One page of SQLite claims as one UTF-8 chunk (lines by concatenation, encoded straight into the chunk; see `utf8Chunk`). */
export function claimRecords(rows: readonly ExportClaimRow[], extras: ClaimExtras): Buffer {
  const lines = new Array<string>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const id = Number(row.id);
    lines[i] =
      id +
      ',' +
      cell(row.event_date) +
      ',' +
      cell(row.date_precision) +
      ',' +
      cell(row.camp_id) +
      ',' +
      cell(row.source_en) +
      ',' +
      cell(row.source_ar) +
      ',' +
      cell(row.source_mention) +
      ',' +
      cell(row.cue) +
      ',' +
      cell(row.channel) +
      ',' +
      cell(row.text) +
      ',' +
      cell(row.status) +
      ',' +
      cell(extras.narratives.get(id)?.join('; ')) +
      ',' +
      cell(extras.places.get(id)?.join('; ')) +
      ',' +
      cell(extras.placesAr.get(id)?.join('; ')) +
      ',' +
      Number(row.article_id) +
      ',' +
      cell(row.article_title) +
      ',' +
      cell(row.outlet) +
      ',' +
      cell(row.url) +
      ',' +
      cell(row.published_at) +
      ',' +
      estimated(row.published_estimated) +
      ',' +
      cell(extras.links.get(id)?.join('; ')) +
      ',' +
      cell(row.editor) +
      ',' +
      isoTimestamp(row.updated_at) +
      CSV_EOL;
  }
  return utf8Chunk(lines);
}

/**
 * What a streamed claim row (ids only) needs to become a CSV line, as ready-escaped CSV fragments:
 * each name is escaped once per export (or per batch), not once per row.
 */
export type StreamCells = {
  /** source id → `source,source_ar` cells. */
  sources: ReadonlyMap<number, string>;
  /** user id → `last_editor` cell. */
  editors: ReadonlyMap<number, string>;
  /** article id → `article_id,article_title,outlet,url,published_at,published_estimated` cells. */
  articles: ReadonlyMap<number, string>;
  /** claim id → `narratives,places,places_ar` cells (absent: all three empty). */
  lists: ReadonlyMap<number, string>;
  /** claim id → `links` cell. */
  links: ReadonlyMap<number, string>;
};

/** The cells `articles` holds for one article (see `StreamCells`). */
export function articleCells(
  id: number,
  title: string | null,
  outlet: string | null | undefined,
  url: string | null,
  publishedAt: string,
  publishedEstimated: number | boolean,
): string {
  return (
    Math.trunc(Number(id)) +
    ',' +
    cell(title) +
    ',' +
    cell(outlet) +
    ',' +
    cell(url) +
    ',' +
    cell(publishedAt) +
    ',' +
    estimated(publishedEstimated)
  );
}

/** The cells `lists` holds for one claim (see `StreamCells`). */
export function listCells(
  narratives: string | null | undefined,
  places: string | null | undefined,
  placesAr: string | null | undefined,
): string {
  return cell(narratives) + ',' + cell(places) + ',' + cell(placesAr);
}

/**
 * A batch of streamed MariaDB claims (`StreamClaimRow` arrays) as one UTF-8 chunk, same columns as
 * `claimRecords`. Each line is encoded straight into the chunk: no page-sized string is ever built
 * (one would land in V8's large-object space and live until the next full GC, which let the heap grow
 * by ~150 MB over a 1 M-row export), and the lines themselves die young.
 */
export function streamClaimRecords(rows: readonly StreamClaimRow[], cells: StreamCells): Buffer {
  return utf8Chunk(streamClaimLines(rows, cells));
}

/**
 * Lines encoded per group: one `write` per line cost more in call overhead than the encoding itself, while a whole
 * batch's string would land in the large-object space (see `streamClaimRecords`). A group (~10 KB) stays young.
 */
const LINES_PER_WRITE = 32;

/** The lines as one Buffer, sized for the worst case (3 UTF-8 bytes per UTF-16 unit) and cut to what was written. */
export function utf8Chunk(lines: readonly string[]): Buffer {
  let units = 0;
  for (let i = 0; i < lines.length; i++) units += lines[i].length;
  const chunk = Buffer.allocUnsafeSlow(units * 3);
  let at = 0;
  for (let i = 0; i < lines.length; i += LINES_PER_WRITE) {
    let group = '';
    const end = Math.min(i + LINES_PER_WRITE, lines.length);
    for (let j = i; j < end; j++) group += lines[j];
    at += chunk.write(group, at);
  }
  return chunk.subarray(0, at);
}

function streamClaimLines(rows: readonly StreamClaimRow[], cells: StreamCells): string[] {
  const lines = new Array<string>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const id = row[0];
    const source = row[4];
    const editor = row[11];
    const articleId = row[10];
    lines[i] =
      id +
      ',' +
      cell(row[1]) +
      ',' +
      cell(row[2]) +
      ',' +
      cell(row[3]) +
      ',' +
      (source === null ? ',' : (cells.sources.get(source) ?? ',')) +
      ',' +
      cell(row[5]) +
      ',' +
      cell(row[6]) +
      ',' +
      cell(row[7]) +
      ',' +
      cell(row[8]) +
      ',' +
      cell(row[9]) +
      ',' +
      (cells.lists.get(id) ?? ',,') +
      ',' +
      (cells.articles.get(articleId) ?? articleId + ',,,,,') +
      ',' +
      (cells.links.get(id) ?? '') +
      ',' +
      (editor === null ? '' : (cells.editors.get(editor) ?? '')) +
      ',' +
      row[12] +
      CSV_EOL;
  }
  return lines;
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

type SeriesColumn = { key?: string; label: string; labelAr: string; counts: readonly number[] };
/** TimeseriesDto.coarser: claims whose date is coarser than the bucket, in no bucket row. */
type CoarserTally = {
  precision: 'week' | 'month';
  series: readonly { key: string; label: string; labelAr: string; count: number }[];
};

/** The first cell of a coarser tally's row, where the bucket rows have their bucket. */
const COARSER_ROW: Record<ExportLang, Record<CoarserTally['precision'], string>> = {
  en: { week: 'known only to the week', month: 'known only to the month' },
  ar: { week: 'معروف بالأسبوع فقط', month: 'معروف بالشهر فقط' },
};

/**
 * The timeseries as a table: one row per bucket, one column per series (named by its label in `lang`),
 * then one row per coarser tally (claims known only to their week or month, which a daily or weekly
 * chart puts in no bucket), so the file adds up to every claim the chart counts. A series only such
 * claims have gets a column of its own.
 */
export function timeseriesRecords(
  buckets: readonly string[],
  series: readonly SeriesColumn[],
  lang: ExportLang = 'en',
  coarser: readonly CoarserTally[] = [],
): string {
  const columns: SeriesColumn[] = [...series];
  for (const tally of coarser)
    for (const s of tally.series)
      if (!columns.some((column) => column.key === s.key)) columns.push({ ...s, counts: [] });
  const label = (s: { label: string; labelAr: string }) => (lang === 'ar' ? s.labelAr || s.label : s.label);
  let out = csvRow([...headerCells(['bucket'], lang), ...columns.map(label)]);
  buckets.forEach((bucket, i) => {
    out += csvRow([bucket, ...columns.map((s) => s.counts[i] ?? 0)]);
  });
  for (const tally of coarser) {
    const counts = new Map(tally.series.map((s) => [s.key, s.count]));
    out += csvRow([
      COARSER_ROW[lang][tally.precision],
      ...columns.map((column) => (column.key === undefined ? 0 : (counts.get(column.key) ?? 0))),
    ]);
  }
  return out;
}
