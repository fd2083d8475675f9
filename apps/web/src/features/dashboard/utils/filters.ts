import { CAMP_IDS, CLAIM_STATUSES, isValidDay } from '@claimline/contracts';
import type { Query } from '../../../lib/api-client';

/**
 * The claim filters shared by the dashboard, the claims list and the exports. They live in the URL
 * (`?camp=LNA,GNA&from=2019-10-01`) so a view can be bookmarked, shared and opened from a chart.
 * Ids stay strings: they come from and go back to the URL untouched.
 */
export type ClaimFilters = {
  camp: string[];
  source: string[];
  narrative: string[];
  status: string[];
  location: string[];
  outlet: string[];
  from?: string;
  to?: string;
  q?: string;
};

export const LIST_FILTER_KEYS = ['camp', 'source', 'narrative', 'status', 'location', 'outlet'] as const;
export type ListFilterKey = (typeof LIST_FILTER_KEYS)[number];

export const EMPTY_FILTERS: ClaimFilters = {
  camp: [],
  source: [],
  narrative: [],
  status: [],
  location: [],
  outlet: [],
};

const ID = /^\d+$/;
const VALID: Record<ListFilterKey, (value: string) => boolean> = {
  camp: (value) => (CAMP_IDS as readonly string[]).includes(value),
  status: (value) => (CLAIM_STATUSES as readonly string[]).includes(value),
  source: (value) => ID.test(value),
  narrative: (value) => ID.test(value),
  location: (value) => ID.test(value),
  outlet: (value) => ID.test(value),
};

/** `?camp=LNA,GNA` and `?camp=LNA&camp=GNA` both read as ['LNA','GNA']; unknown values are dropped. */
function readList(params: URLSearchParams, key: ListFilterKey): string[] {
  const values = params
    .getAll(key)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter((value) => value && VALID[key](value));
  return [...new Set(values)];
}

export function searchParamsToFilters(params: URLSearchParams): ClaimFilters {
  const filters: ClaimFilters = {
    camp: readList(params, 'camp'),
    source: readList(params, 'source'),
    narrative: readList(params, 'narrative'),
    status: readList(params, 'status'),
    location: readList(params, 'location'),
    outlet: readList(params, 'outlet'),
  };
  const from = params.get('from');
  const to = params.get('to');
  const q = params.get('q')?.trim();
  if (isValidDay(from)) filters.from = from;
  if (isValidDay(to)) filters.to = to;
  if (q) filters.q = q;
  return filters;
}

/** Only what is set, lists comma-joined, in a fixed order so equal filters give equal URLs. */
export function filtersToSearchParams(filters: ClaimFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of LIST_FILTER_KEYS) {
    const values = filters[key];
    if (values.length > 0) params.set(key, values.join(','));
  }
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  if (filters.q) params.set('q', filters.q);
  return params;
}

/** The same filters as an `apiFetch` / `downloadUrl` query. */
export function filtersToQuery(filters: ClaimFilters): Query {
  return Object.fromEntries(filtersToSearchParams(filters));
}

/** The non-filter params of the dashboard URL (bucket, groupBy) survive a filter change. */
export function mergeFiltersIntoParams(current: URLSearchParams, filters: ClaimFilters): URLSearchParams {
  const next = new URLSearchParams();
  for (const [key, value] of current) {
    if (!isFilterKey(key)) next.append(key, value);
  }
  for (const [key, value] of filtersToSearchParams(filters)) next.set(key, value);
  return next;
}

export function isFilterKey(key: string): boolean {
  return (LIST_FILTER_KEYS as readonly string[]).includes(key) || key === 'from' || key === 'to' || key === 'q';
}

export function countActiveFilters(filters: ClaimFilters): number {
  return (
    LIST_FILTER_KEYS.reduce((sum, key) => sum + (filters[key].length > 0 ? 1 : 0), 0) +
    (filters.from || filters.to ? 1 : 0) +
    (filters.q ? 1 : 0)
  );
}
