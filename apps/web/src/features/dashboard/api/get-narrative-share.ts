import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import type { CampShare, ShareResponse } from '../types';
import { claimFiltersToQuery, type ClaimFilters } from '@claimline/contracts';

export async function getNarrativeShare(filters: ClaimFilters, signal?: AbortSignal): Promise<CampShare[]> {
  const response = await apiFetch<ShareResponse>('/analytics/share', { query: claimFiltersToQuery(filters), signal });
  return Array.isArray(response?.camps) ? response.camps : [];
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
