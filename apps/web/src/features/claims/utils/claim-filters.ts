import {
  activeClaimFilterKeys,
  claimFiltersFromSearchParams,
  claimFiltersToSearchParams,
  parseClaimFilter,
  withClaimFilter,
  type ClaimFilterKey,
  type ClaimFilters,
} from '@claimline/contracts';

/**
 * The claims list's URL: the shared claim filters (one definition in @claimline/contracts, the same
 * as the dashboard's and the exports') plus the list's own sort order. A filtered view is a link.
 */
export type ClaimListQuery = ClaimFilters & { sort?: string };

export function listQueryFromSearchParams(params: URLSearchParams): ClaimListQuery {
  const sort = params.get('sort')?.trim();
  return { ...claimFiltersFromSearchParams(params), ...(sort ? { sort } : {}) };
}

/** The filters in contract order, then the sort: equal queries give equal URLs and equal cache keys. */
export function listQueryToSearchParams(query: ClaimListQuery): URLSearchParams {
  const params = claimFiltersToSearchParams(query);
  if (query.sort) params.set('sort', query.sort);
  return params;
}

/** The same query as a plain object for the API client and downloadUrl. */
export function listQueryToApiQuery(query: ClaimListQuery): Record<string, string> {
  return Object.fromEntries(listQueryToSearchParams(query));
}

/** One filter from a form control's text (a select, a date or number input), read as the URL would read it. */
export function updateFilter(query: ClaimListQuery, key: ClaimFilterKey, text: string | undefined): ClaimListQuery {
  return withClaimFilter(query, key, parseClaimFilter(key, text === undefined ? [] : [text]));
}

export function activeFilterCount(query: ClaimListQuery): number {
  // The conflict rides in every URL (the header's switcher): it is not a filter the analyst set here.
  return activeClaimFilterKeys(query).filter((key) => key !== 'conflict').length;
}
