import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { filtersToQuery, type ClaimFilters } from '../utils/claim-filters';
import type { ClaimPage } from './types';

export const CLAIMS_PAGE_SIZE = 50;

export function getClaims(filters: ClaimFilters, cursor?: string | null, signal?: AbortSignal): Promise<ClaimPage> {
  return apiFetch<ClaimPage>('/claims', {
    query: { ...filtersToQuery(filters), limit: CLAIMS_PAGE_SIZE, cursor: cursor ?? undefined },
    signal,
  });
}

export const claimsQueryOptions = (filters: ClaimFilters) =>
  infiniteQueryOptions({
    queryKey: ['claims', 'list', filtersToQuery(filters)],
    queryFn: ({ pageParam, signal }) => getClaims(filters, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export function useClaims(filters: ClaimFilters) {
  return useInfiniteQuery(claimsQueryOptions(filters));
}
