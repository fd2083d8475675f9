import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../lib/api/client';

export type ClaimHistoryEntry = Schemas['AuditEventDto'];

export function getClaimHistory(id: number, signal?: AbortSignal): Promise<ClaimHistoryEntry[]> {
  return unwrap(api.GET('/api/claims/{id}/history', { params: { path: { id } }, signal }));
}

export const claimHistoryQueryOptions = (id: number) =>
  queryOptions({ queryKey: ['claims', 'history', String(id)], queryFn: ({ signal }) => getClaimHistory(id, signal) });

export function useClaimHistory(id: number) {
  return useQuery(claimHistoryQueryOptions(id));
}
