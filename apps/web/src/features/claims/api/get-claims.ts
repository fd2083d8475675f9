import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { listQueryToApiQuery, type ClaimListQuery } from '../utils/claim-filters';
import type { ClaimPage } from './types';

export const CLAIMS_PAGE_SIZE = 50;

export function getClaims(filters: ClaimListQuery, cursor?: string | null, signal?: AbortSignal): Promise<ClaimPage> {
  return apiFetch<ClaimPage>('/claims', {
    query: { ...listQueryToApiQuery(filters), limit: CLAIMS_PAGE_SIZE, cursor: cursor ?? undefined },
    signal,
  });
}

export const claimsQueryOptions = (filters: ClaimListQuery) =>
  infiniteQueryOptions({
    queryKey: ['claims', 'list', listQueryToApiQuery(filters)],
    queryFn: ({ pageParam, signal }) => getClaims(filters, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export function useClaims(filters: ClaimListQuery) {
  return useInfiniteQuery(claimsQueryOptions(filters));
}
