import {
  CLAIM_FILTER_KEYS,
  claimFiltersFromSearchParams,
  claimFiltersToSearchParams,
  withClaimFilter,
  type ClaimFilterKey,
  type ClaimFilters,
} from '@claimline/contracts';

const FILTER_KEYS: ReadonlySet<string> = new Set(CLAIM_FILTER_KEYS);

/**
 * The exports page's URL after one filter changed: the claim filters written by the shared contract (so
 * the claims list and the dashboard read the same link), the page's own parameters (bucket, groupBy) kept.
 */
export function withExportFilter<K extends ClaimFilterKey>(
  params: URLSearchParams,
  key: K,
  value: ClaimFilters[K] | undefined,
): URLSearchParams {
  const next = claimFiltersToSearchParams(withClaimFilter(claimFiltersFromSearchParams(params), key, value));
  for (const [name, kept] of params) if (!FILTER_KEYS.has(name)) next.append(name, kept);
  return next;
}

/** One value of a list filter switched on or off. */
export function toggled<T>(list: readonly T[] | undefined, value: T, on: boolean): T[] {
  const rest = (list ?? []).filter((item) => item !== value);
  return on ? [...rest, value] : rest;
}
