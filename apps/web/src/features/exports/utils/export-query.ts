import { CAMP_IDS, CLAIM_STATUSES, isValidDay } from '@claimline/contracts';

/** The claim filters every export accepts, as the claims list and the dashboard write them in the URL. */
export const EXPORT_FILTER_KEYS = [
  'camp',
  'source',
  'narrative',
  'status',
  'location',
  'outlet',
  'from',
  'to',
  'q',
] as const;
export type ExportFilterKey = (typeof EXPORT_FILTER_KEYS)[number];
export type ExportFilters = Partial<Record<ExportFilterKey, string>>;

export type ExportKind = 'claims' | 'timeseries' | 'articles';
export type TimeseriesExportOptions = {
  bucket: 'day' | 'week' | 'month';
  groupBy: 'camp' | 'source' | 'narrative' | 'status';
};

const LIST_RULES: Partial<Record<ExportFilterKey, (value: string) => boolean>> = {
  camp: (value) => (CAMP_IDS as readonly string[]).includes(value),
  status: (value) => (CLAIM_STATUSES as readonly string[]).includes(value),
  source: (value) => /^\d+$/.test(value),
  narrative: (value) => /^\d+$/.test(value),
  location: (value) => /^\d+$/.test(value),
  outlet: (value) => /^\d+$/.test(value),
};

/**
 * The filters carried in the exports page URL (from the dashboard or the claims list): lists joined
 * by commas, unknown values dropped so the server never answers 400 for a stale link.
 */
export function readExportFilters(params: URLSearchParams): ExportFilters {
  const filters: ExportFilters = {};
  for (const key of EXPORT_FILTER_KEYS) {
    const rule = LIST_RULES[key];
    if (rule) {
      const values = [
        ...new Set(
          params
            .getAll(key)
            .flatMap((value) => value.split(','))
            .map((value) => value.trim())
            .filter((value) => value && rule(value)),
        ),
      ];
      if (values.length > 0) filters[key] = values.join(',');
    } else if (key === 'from' || key === 'to') {
      const value = params.get(key);
      if (isValidDay(value)) filters[key] = value;
    } else {
      const value = params.get(key)?.trim();
      if (value) filters[key] = value;
    }
  }
  return filters;
}

export function exportPath(kind: ExportKind): string {
  return `/exports/${kind}.csv`;
}

/** articles.csv takes only these (publication dates, outlets); the API refuses any other parameter. */
export const ARTICLE_EXPORT_KEYS: readonly ExportFilterKey[] = ['outlet', 'from', 'to'];

/** The query an export is fetched with: the filters, plus bucket and grouping for the time series. */
export function exportQuery(
  kind: ExportKind,
  filters: ExportFilters,
  options?: TimeseriesExportOptions,
): Record<string, string> {
  const query: Record<string, string> = {};
  for (const [key, value] of Object.entries(filters) as [ExportFilterKey, string | undefined][]) {
    if (!value) continue;
    if (kind === 'articles' && !ARTICLE_EXPORT_KEYS.includes(key)) continue;
    query[key] = value;
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
