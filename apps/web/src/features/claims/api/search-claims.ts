import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import type { ClaimListItem } from './types';

/** For the link form's type-ahead: the first matches of a free-text search (or a claim id). */
export async function searchClaims(q: string, signal?: AbortSignal): Promise<ClaimListItem[]> {
  const page = await unwrap(api.GET('/api/claims', { params: { query: { q, limit: 10 } }, signal }));
  return page.items;
}

export const claimSearchQueryOptions = (q: string) =>
  queryOptions({
    queryKey: ['claims', 'search', q],
    queryFn: ({ signal }) => searchClaims(q, signal),
    staleTime: 30_000,
  });
