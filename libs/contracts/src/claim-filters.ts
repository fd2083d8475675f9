import type { CampId } from './camps.js';
import { isValidDay } from './date-buckets.js';
import { CLAIM_STATUSES, DATE_PRECISIONS } from './enums.js';

/**
 * The claim filters shared by the claims list, every dashboard aggregate and the CSV exports, so that
 * a chart, the list it opens and the file it exports always count the same rows. The API validates
 * them (ClaimFiltersDto), turns each into SQL (applyClaimFilters) and the web app keeps them in the
 * URL; all three are checked against this one list, so a key cannot be known to one and missing from
 * another.
 *
 * The order is the order of the URL parameters, of export file names and of audit entries.
 */
export const CLAIM_FILTER_KEYS = [
  'conflict',
  'camp',
  'source',
  'narrative',
  'status',
  'location',
  'outlet',
  'from',
  'to',
  'precision',
  'article',
  'q',
] as const;
export type ClaimFilterKey = (typeof CLAIM_FILTER_KEYS)[number];

/**
 * What a filter holds, which decides how it is written in a URL:
 * - `code`: one identifier of a row defined by data, `?conflict=sudan-2023`;
 * - `code-list`: some such identifiers, `?camp=SAF,RSF` (camps are data: the API checks them);
 * - `enum-list`: some of a fixed set of values, `?status=unreviewed,contested`;
 * - `id-list`: some database ids, `?source=3,7`;
 * - `id`: one database id, `?article=12`;
 * - `day`: one YYYY-MM-DD bound (inclusive) of the event date;
 * - `text`: free text (the word-prefix search).
 */
export type ClaimFilterField =
  | { kind: 'code' }
  | { kind: 'code-list' }
  | { kind: 'enum-list'; values: readonly string[] }
  | { kind: 'id-list' }
  | { kind: 'id' }
  | { kind: 'day' }
  | { kind: 'text'; maxLength: number };
export type ClaimFilterKind = ClaimFilterField['kind'];

/** What a conflict id or a camp id may look like (pack ids are kebab-case, camp ids letters, digits, '_' or '-'). */
export const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

export const CLAIM_FILTER_FIELDS = {
  conflict: { kind: 'code' },
  camp: { kind: 'code-list' },
  source: { kind: 'id-list' },
  narrative: { kind: 'id-list' },
  status: { kind: 'enum-list', values: CLAIM_STATUSES },
  location: { kind: 'id-list' },
  outlet: { kind: 'id-list' },
  from: { kind: 'day' },
  to: { kind: 'day' },
  precision: { kind: 'enum-list', values: DATE_PRECISIONS },
  article: { kind: 'id' },
  q: { kind: 'text', maxLength: 200 },
} as const satisfies Record<ClaimFilterKey, ClaimFilterField>;

type ValueOfField<F> = F extends { kind: 'enum-list'; values: readonly (infer V)[] }
  ? V[]
  : F extends { kind: 'code-list' }
    ? CampId[]
    : F extends { kind: 'id-list' }
      ? number[]
      : F extends { kind: 'id' }
        ? number
        : string;

/** The filters as both apps hold them once parsed: `{ camp?: CampId[]; source?: number[]; …; q?: string }`. */
export type ClaimFilters = { [K in ClaimFilterKey]?: ValueOfField<(typeof CLAIM_FILTER_FIELDS)[K]> };

const DIGITS = /^\d+$/;

export function isClaimFilterKey(key: string): key is ClaimFilterKey {
  return (CLAIM_FILTER_KEYS as readonly string[]).includes(key);
}

/** False for what filters nothing: absent, null, '' or an empty list. */
export function isClaimFilterSet(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return false;
  return !Array.isArray(value) || value.length > 0;
}

/** The keys that filter something, in CLAIM_FILTER_KEYS order. */
export function activeClaimFilterKeys(filters: ClaimFilters): ClaimFilterKey[] {
  return CLAIM_FILTER_KEYS.filter((key) => isClaimFilterSet(filters[key]));
}

/**
 * One filter's value from its URL values (`params.getAll(key)`). Lists accept `?camp=LNA,GNA` and
 * `?camp=LNA&camp=GNA` alike; single values take the first. Unknown, malformed or empty values are
 * dropped rather than sent on, so a stale or hand-edited link never makes the API answer 400.
 */
export function parseClaimFilter<K extends ClaimFilterKey>(
  key: K,
  rawValues: readonly string[],
): ClaimFilters[K] | undefined {
  const field: ClaimFilterField = CLAIM_FILTER_FIELDS[key];
  const first = rawValues[0]?.trim() ?? '';
  let value: unknown;
  switch (field.kind) {
    case 'code':
      value = CODE_PATTERN.test(first) ? first : undefined;
      break;
    case 'code-list':
      value = readList(rawValues, (item) => (CODE_PATTERN.test(item) ? item : undefined));
      break;
    case 'enum-list':
      value = readList(rawValues, (item) => (field.values.includes(item) ? item : undefined));
      break;
    case 'id-list':
      value = readList(rawValues, (item) => (DIGITS.test(item) ? Number(item) : undefined));
      break;
    case 'id':
      value = DIGITS.test(first) && Number(first) >= 1 ? Number(first) : undefined;
      break;
    case 'day':
      value = isValidDay(first) ? first : undefined;
      break;
    case 'text':
      value = first || undefined;
      break;
  }
  // The switch built the value the field's kind describes, which is what ClaimFilters[K] means.
  return value as ClaimFilters[K] | undefined;
}

function readList<T>(rawValues: readonly string[], read: (item: string) => T | undefined): T[] | undefined {
  const items = rawValues
    .flatMap((value) => value.split(','))
    .map((item) => read(item.trim()))
    .filter((item): item is T => item !== undefined);
  return items.length > 0 ? [...new Set(items)] : undefined;
}

/** One filter's value as written in a URL (lists comma-joined), or undefined when it filters nothing. */
export function formatClaimFilter(value: ClaimFilters[ClaimFilterKey]): string | undefined {
  if (!isClaimFilterSet(value)) return undefined;
  const text = Array.isArray(value) ? value.join(',') : String(value).trim();
  return text || undefined;
}

export function claimFiltersFromSearchParams(params: URLSearchParams): ClaimFilters {
  let filters: ClaimFilters = {};
  for (const key of CLAIM_FILTER_KEYS)
    filters = withClaimFilter(filters, key, parseClaimFilter(key, params.getAll(key)));
  return filters;
}

/** Only what is set, in CLAIM_FILTER_KEYS order, so equal filters give equal URLs and equal cache keys. */
export function claimFiltersToSearchParams(filters: ClaimFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of CLAIM_FILTER_KEYS) {
    const value = formatClaimFilter(filters[key]);
    if (value !== undefined) params.set(key, value);
  }
  return params;
}

/** The same filters as a plain query object, for an API call or a download link. */
export function claimFiltersToQuery(filters: ClaimFilters): Record<string, string> {
  return Object.fromEntries(claimFiltersToSearchParams(filters));
}

/** A copy with one filter replaced (other fields, such as a list's sort, kept); a value that filters nothing removes the key. */
export function withClaimFilter<F extends ClaimFilters, K extends ClaimFilterKey>(
  filters: F,
  key: K,
  value: ClaimFilters[K] | undefined,
): F {
  const next: F = { ...filters };
  const filtersOfNext: ClaimFilters = next;
  if (isClaimFilterSet(value)) filtersOfNext[key] = value;
  else delete filtersOfNext[key];
  return next;
}
