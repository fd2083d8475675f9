import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import type { BlindSpotsResponse } from '../types';
import type { ClaimFilters } from '@claimline/contracts';
import { analyticsFilterQuery } from './analytics-query';

export async function getBlindSpots(
  filters: ClaimFilters,
  limit = 20,
  signal?: AbortSignal,
): Promise<BlindSpotsResponse> {
  return unwrap(
    api.GET('/api/analytics/blindspots', { params: { query: { ...analyticsFilterQuery(filters), limit } }, signal }),
  );
}

export const blindSpotsQueryOptions = (filters: ClaimFilters, limit = 20) =>
  queryOptions({
    queryKey: ['analytics', 'blindspots', filters, limit],
    queryFn: ({ signal }) => getBlindSpots(filters, limit, signal),
    placeholderData: keepPreviousData,
  });

export function useBlindSpots(filters: ClaimFilters, limit = 20) {
  return useQuery(blindSpotsQueryOptions(filters, limit));
}
