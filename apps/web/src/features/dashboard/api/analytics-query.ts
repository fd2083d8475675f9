import type { paths } from '../../../lib/api/schema';
import { claimFiltersToQuery, type ClaimFilters } from '@claimline/contracts';

/**
 * The claim filters as the analytics endpoints' query, written by the one claim-filter serialiser
 * (libs/contracts) like every other claims query and link: lists comma-joined, which the API reads
 * like repeated parameters. The cast bridges only that spelling: the keys and value types are the
 * contract's, which ClaimFiltersDto is checked against.
 */
export type AnalyticsFilterQuery = NonNullable<paths['/api/analytics/contested']['get']['parameters']['query']>;

export function analyticsFilterQuery(filters: ClaimFilters): AnalyticsFilterQuery {
  return claimFiltersToQuery(filters) as AnalyticsFilterQuery;
}
