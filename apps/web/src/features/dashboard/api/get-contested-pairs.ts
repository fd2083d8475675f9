import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import type { ContestedPair } from '../types';
import type { ClaimFilters } from '@claimline/contracts';
import { analyticsFilterQuery } from './analytics-query';

export const CONTESTED_QUERY_KEY = ['analytics', 'contested'] as const;

export async function getContestedPairs(
  filters: ClaimFilters,
  limit = 50,
  signal?: AbortSignal,
): Promise<ContestedPair[]> {
  const body = await unwrap(
    api.GET('/api/analytics/contested', { params: { query: { ...analyticsFilterQuery(filters), limit } }, signal }),
  );
  return body.pairs;
}

export const contestedPairsQueryOptions = (filters: ClaimFilters, limit = 50) =>
  queryOptions({
    queryKey: [...CONTESTED_QUERY_KEY, filters, limit],
    queryFn: ({ signal }) => getContestedPairs(filters, limit, signal),
    placeholderData: keepPreviousData,
  });

export function useContestedPairs(filters: ClaimFilters, limit = 50) {
  return useQuery(contestedPairsQueryOptions(filters, limit));
}
