import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import type { HistoryEntry } from '../../../lib/history-diff';

export function getClaimHistory(id: number | string, signal?: AbortSignal): Promise<HistoryEntry[]> {
  return apiFetch<HistoryEntry[]>(`/claims/${id}/history`, { signal });
}

export const claimHistoryQueryOptions = (id: number | string) =>
  queryOptions({ queryKey: ['claims', 'history', String(id)], queryFn: ({ signal }) => getClaimHistory(id, signal) });

export function useClaimHistory(id: number | string) {
  return useQuery(claimHistoryQueryOptions(id));
}
