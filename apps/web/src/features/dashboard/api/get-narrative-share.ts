import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import type { CampShare } from '../types';
import type { ClaimFilters } from '@claimline/contracts';
import { analyticsFilterQuery } from './analytics-query';

export async function getNarrativeShare(filters: ClaimFilters, signal?: AbortSignal): Promise<CampShare[]> {
  const body = await unwrap(
    api.GET('/api/analytics/share', { params: { query: analyticsFilterQuery(filters) }, signal }),
  );
  return body.camps;
}

export const narrativeShareQueryOptions = (filters: ClaimFilters) =>
  queryOptions({
    queryKey: ['analytics', 'share', filters],
    queryFn: ({ signal }) => getNarrativeShare(filters, signal),
    placeholderData: keepPreviousData,
  });

export function useNarrativeShare(filters: ClaimFilters) {
  return useQuery(narrativeShareQueryOptions(filters));
}
