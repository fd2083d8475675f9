import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import type { CampShare, ShareResponse } from '../types';
import { filtersToQuery, type ClaimFilters } from '../utils/filters';

export async function getNarrativeShare(filters: ClaimFilters, signal?: AbortSignal): Promise<CampShare[]> {
  const response = await apiFetch<ShareResponse>('/analytics/share', { query: filtersToQuery(filters), signal });
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
