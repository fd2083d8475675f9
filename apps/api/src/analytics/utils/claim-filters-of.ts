import { CLAIM_FILTER_KEYS, isClaimFilterSet, withClaimFilter, type ClaimFilters } from '@claimline/contracts';

/**
 * Only the claim filters of a query DTO that also carries its own parameters (bucket, limit …), empty
 * ones dropped, in CLAIM_FILTER_KEYS order: the order they appear in export file names and audit entries.
 */
export function claimFiltersOf(query: ClaimFilters): ClaimFilters {
  let filters: ClaimFilters = {};
  for (const key of CLAIM_FILTER_KEYS) {
    if (isClaimFilterSet(query[key])) filters = withClaimFilter(filters, key, query[key]);
  }
  return filters;
}
