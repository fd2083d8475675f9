import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import type { ContestedPair } from '../types';
import { claimFiltersToQuery, type ClaimFilters } from '@claimline/contracts';
import { normalizeContested } from '../utils/lists';

export const CONTESTED_QUERY_KEY = ['analytics', 'contested'] as const;

/** The API answers `{ pairs }`; a bare array is accepted too. */
export async function getContestedPairs(
  filters: ClaimFilters,
  limit = 50,
  signal?: AbortSignal,
): Promise<ContestedPair[]> {
  const body = await apiFetch<unknown>('/analytics/contested', {
    query: { ...claimFiltersToQuery(filters), limit },
    signal,
  });
  return normalizeContested(body);
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
