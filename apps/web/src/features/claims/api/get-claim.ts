import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import type { ClaimDetail } from './types';

export function getClaim(id: number | string, signal?: AbortSignal): Promise<ClaimDetail> {
  return apiFetch<ClaimDetail>(`/claims/${id}`, { signal });
}

export const claimQueryOptions = (id: number | string) =>
  queryOptions({ queryKey: ['claims', 'detail', String(id)], queryFn: ({ signal }) => getClaim(id, signal) });

export function useClaim(id: number | string) {
  return useQuery(claimQueryOptions(id));
}
