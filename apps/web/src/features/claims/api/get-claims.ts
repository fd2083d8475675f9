import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import type { paths } from '../../../lib/api/schema';
import { listQueryToApiQuery, type ClaimListQuery } from '../utils/claim-filters';
import type { ClaimPage } from './types';

export const CLAIMS_PAGE_SIZE = 50;

type ClaimSort = NonNullable<NonNullable<paths['/api/claims']['get']['parameters']['query']>['sort']>;
const CLAIM_SORTS = ['eventDate', '-eventDate', 'createdAt', '-createdAt'] as const satisfies readonly ClaimSort[];

/** The URL keeps whatever `?sort=` said; only an order the API knows is sent (else its default, newest first). */
function claimSort(sort: string | undefined): ClaimSort | undefined {
  return CLAIM_SORTS.find((known) => known === sort);
}

export function getClaims(
  { sort, ...filters }: ClaimListQuery,
  cursor?: string | null,
  signal?: AbortSignal,
): Promise<ClaimPage> {
  // The filters go as the API reads them (lists repeated): the generated query type checks every key.
  return unwrap(
    api.GET('/api/claims', {
      params: {
        query: {
          ...filters,
          sort: claimSort(sort),
          limit: CLAIMS_PAGE_SIZE,
          cursor: cursor ?? undefined,
        },
      },
      signal,
    }),
  );
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
