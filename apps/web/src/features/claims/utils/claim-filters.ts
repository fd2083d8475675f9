/** Claim list filters ⇄ URL search params, so a filtered view is a shareable link. */

export const FILTER_KEYS = [
  'camp',
  'source',
  'narrative',
  'status',
  'location',
  'from',
  'to',
  'article',
  'outlet',
  'q',
] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type ClaimFilters = Partial<Record<FilterKey, string>> & { sort?: string };

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Reads the known keys, trims them and drops empty or malformed values (a bad date would only produce a 400). */
export function filtersFromSearchParams(params: URLSearchParams): ClaimFilters {
  const filters: ClaimFilters = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (!value) continue;
    if ((key === 'from' || key === 'to') && !DAY.test(value)) continue;
    filters[key] = value;
  }
  const sort = params.get('sort')?.trim();
  if (sort) filters.sort = sort;
  return filters;
}

/** Stable key order (the FILTER_KEYS order) so equal filters give equal URLs and equal query keys. */
export function filtersToSearchParams(filters: ClaimFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key]?.trim();
    if (value) params.set(key, value);
  }
  if (filters.sort) params.set('sort', filters.sort);
  return params;
}

/** The same filters as a plain query object for apiFetch and downloadUrl. */
export function filtersToQuery(filters: ClaimFilters): Record<string, string> {
  return Object.fromEntries(filtersToSearchParams(filters).entries());
}

export function updateFilter(filters: ClaimFilters, key: FilterKey | 'sort', value: string | undefined): ClaimFilters {
  const next = { ...filters };
  if (value === undefined || value.trim() === '') delete next[key];
  else next[key] = value;
  return next;
}

export function activeFilterCount(filters: ClaimFilters): number {
  return FILTER_KEYS.filter((key) => Boolean(filters[key])).length;
}
