import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import type { TopSource } from '../types';
import { claimFiltersToQuery, type ClaimFilters } from '@claimline/contracts';
import { normalizeTopSources } from '../utils/lists';

export async function getTopSources(filters: ClaimFilters, limit = 10, signal?: AbortSignal): Promise<TopSource[]> {
  const body = await apiFetch<unknown>('/analytics/top-sources', {
    query: { ...claimFiltersToQuery(filters), limit },
    signal,
  });
  return normalizeTopSources(body);
}

export const topSourcesQueryOptions = (filters: ClaimFilters, limit = 10) =>
  queryOptions({
    queryKey: ['analytics', 'top-sources', filters, limit],
    queryFn: ({ signal }) => getTopSources(filters, limit, signal),
    placeholderData: keepPreviousData,
  });

export function useTopSources(filters: ClaimFilters, limit = 10) {
  return useQuery(topSourcesQueryOptions(filters, limit));
}
