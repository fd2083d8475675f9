import {
  activeClaimFilterKeys,
  claimFiltersToSearchParams,
  isClaimFilterKey,
  type ClaimFilters,
} from '@claimline/contracts';

/**
 * The dashboard keeps the shared claim filters (@claimline/contracts: the same keys, parsing and URL
 * format as the claims list and the exports) in its URL beside its own bucket and grouping, so a view
 * can be bookmarked, shared and opened from a chart. Only what the dashboard adds lives here.
 */
export const EMPTY_FILTERS: ClaimFilters = {};

/** The non-filter params of the dashboard URL (bucket, groupBy) survive a filter change. */
export function mergeFiltersIntoParams(current: URLSearchParams, filters: ClaimFilters): URLSearchParams {
  const next = new URLSearchParams();
  for (const [key, value] of current) {
    if (!isClaimFilterKey(key)) next.append(key, value);
  }
  for (const [key, value] of claimFiltersToSearchParams(filters)) next.set(key, value);
  return next;
}

/**
 * What the filter bar's badge counts: a date range is one filter, however many of its ends are set; the
 * conflict is the page's scope (the header switches it), not a filter.
 */
export function countActiveFilters(filters: ClaimFilters): number {
  const keys = activeClaimFilterKeys(filters).filter((key) => key !== 'conflict');
  return keys.length - (keys.includes('from') && keys.includes('to') ? 1 : 0);
}

/** Whether the filters leave out claims dated only by their article's publication (`precision` without `reported`). */
export function excludesReportedDates(filters: ClaimFilters): boolean {
  return Boolean(filters.precision?.length) && !filters.precision!.includes('reported');
}
