import { claimFiltersToQuery, type ClaimFilterKey, type ClaimFilters } from '@claimline/contracts';

export type ExportKind = 'claims' | 'timeseries' | 'articles';
export type TimeseriesExportOptions = {
  bucket: 'day' | 'week' | 'month';
  groupBy: 'camp' | 'source' | 'narrative' | 'status';
};

export function exportPath(kind: ExportKind): string {
  return `/exports/${kind}.csv`;
}

/** articles.csv takes only these (publication dates, outlets); the API refuses any other parameter. */
export const ARTICLE_EXPORT_KEYS: readonly ClaimFilterKey[] = ['outlet', 'from', 'to'];

/**
 * The query an export is fetched with: the claim filters carried in the page URL (read and written by
 * the shared contract, like the claims list and the dashboard), plus bucket and grouping for the time series.
 */
export function exportQuery(
  kind: ExportKind,
  filters: ClaimFilters,
  options?: TimeseriesExportOptions,
): Record<string, string> {
  const query = claimFiltersToQuery(filters);
  if (kind === 'articles') {
    for (const key of Object.keys(query)) {
      if (!(ARTICLE_EXPORT_KEYS as readonly string[]).includes(key)) delete query[key];
    }
  }
  if (kind === 'timeseries' && options) {
    query.bucket = options.bucket;
    query.groupBy = options.groupBy;
  }
  return query;
}

/** `attachment; filename="claims-2019-10-07.csv"; filename*=UTF-8''…` → the name; the default when absent. */
export function fileNameFromDisposition(header: string | null | undefined, fallback: string): string {
  if (!header) return fallback;
  const star = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (star) {
    try {
      return sanitizeFileName(decodeURIComponent(star[1].trim().replace(/^"|"$/g, ''))) || fallback;
    } catch {
      // a malformed escape: fall through to the plain parameter
    }
  }
  const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/.exec(header);
  if (plain) return sanitizeFileName((plain[2] ?? plain[1]).trim()) || fallback;
  return fallback;
}

function sanitizeFileName(name: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what a saved file name must not contain
  return name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').trim();
}

export function defaultExportFileName(kind: ExportKind, today = new Date()): string {
  return `claimline-${kind}-${today.toISOString().slice(0, 10)}.csv`;
}

/** Counts CSV records across chunks: a newline inside a quoted field (a claim with a line break) is not a new row. */
export type CsvCounterState = { rows: number; inQuotes: boolean; lineHasContent: boolean };

export const INITIAL_CSV_STATE: CsvCounterState = { rows: 0, inQuotes: false, lineHasContent: false };

export function countCsvRecords(chunk: string, state: CsvCounterState): CsvCounterState {
  let { rows, inQuotes, lineHasContent } = state;
  for (let index = 0; index < chunk.length; index += 1) {
    const char = chunk[index];
    if (char === '"') {
      // A doubled quote inside quotes toggles twice: still inside.
      inQuotes = !inQuotes;
      lineHasContent = true;
    } else if (char === '\n' && !inQuotes) {
      if (lineHasContent) rows += 1;
      lineHasContent = false;
    } else if (char !== '\r' && char !== '\uFEFF') {
      lineHasContent = true;
    }
  }
  return { rows, inQuotes, lineHasContent };
}

/** Records in the file so far, the last one counted even without a final newline. */
export function recordsSoFar(state: CsvCounterState): number {
  return state.rows + (state.lineHasContent ? 1 : 0);
}
