import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import type { TopSource } from '../types';
import type { ClaimFilters } from '@claimline/contracts';
import { analyticsFilterQuery } from './analytics-query';

export async function getTopSources(filters: ClaimFilters, limit = 10, signal?: AbortSignal): Promise<TopSource[]> {
  const body = await unwrap(
    api.GET('/api/analytics/top-sources', { params: { query: { ...analyticsFilterQuery(filters), limit } }, signal }),
  );
  return body.sources;
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
