import type { paths } from '../../../lib/api/schema';
import type { ClaimFilters } from '@claimline/contracts';

export type AnalyticsFilterQuery = NonNullable<paths['/api/analytics/contested']['get']['parameters']['query']>;

/**
 * The claim filters as the analytics endpoints' query. The contract's keys and value types are the
 * query's (ClaimFiltersDto is checked against the contract), so no conversion is needed: the client
 * sends lists as repeated parameters, which the API reads like the comma-joined lists of page URLs.
 */
export function analyticsFilterQuery(filters: ClaimFilters): AnalyticsFilterQuery {
  return filters;
}
