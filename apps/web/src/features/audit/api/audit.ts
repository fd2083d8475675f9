import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import type { HistoryEntry } from '../../../lib/history-diff';
import { nextBeforeId } from '../utils/audit';

export type AuditEvent = HistoryEntry & { id: number; userId?: number | null; entity: string; entityId: string };

export const AUDIT_PAGE_SIZE = 50;

export function getAuditPage(
  query: { limit: number; before?: number; entity?: string },
  signal?: AbortSignal,
): Promise<AuditEvent[]> {
  return apiFetch<AuditEvent[]>('/audit', { query, signal });
}

export const auditQueryOptions = (entity: string | undefined) =>
  infiniteQueryOptions({
    queryKey: ['audit', entity ?? 'all'],
    queryFn: ({ pageParam, signal }) => getAuditPage({ limit: AUDIT_PAGE_SIZE, before: pageParam, entity }, signal),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (lastPage) => nextBeforeId(lastPage, AUDIT_PAGE_SIZE),
  });

export function useAuditLog(entity: string | undefined) {
  return useInfiniteQuery(auditQueryOptions(entity));
}
