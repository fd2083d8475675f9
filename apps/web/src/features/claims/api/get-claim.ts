import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import type { ClaimDetail } from './types';

export function getClaim(id: number, signal?: AbortSignal): Promise<ClaimDetail> {
  return unwrap(api.GET('/api/claims/{id}', { params: { path: { id } }, signal }));
}

export const claimQueryOptions = (id: number) =>
  queryOptions({ queryKey: ['claims', 'detail', String(id)], queryFn: ({ signal }) => getClaim(id, signal) });

export function useClaim(id: number) {
  return useQuery(claimQueryOptions(id));
}
