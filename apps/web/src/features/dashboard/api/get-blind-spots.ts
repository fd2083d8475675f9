import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import type { BlindSpotsResponse } from '../types';
import { claimFiltersToQuery, type ClaimFilters } from '@claimline/contracts';
import { normalizeBlindSpots } from '../utils/lists';

export async function getBlindSpots(
  filters: ClaimFilters,
  limit = 20,
  signal?: AbortSignal,
): Promise<BlindSpotsResponse> {
  const body = await apiFetch<unknown>('/analytics/blindspots', {
    query: { ...claimFiltersToQuery(filters), limit },
    signal,
  });
  return normalizeBlindSpots(body);
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
