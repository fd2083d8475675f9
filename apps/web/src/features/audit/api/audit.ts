import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../lib/api/client';
import { nextBeforeId } from '../utils/audit';
import type { paths } from '../../../lib/api/schema';

export type AuditEvent = Schemas['AuditEventDto'];
export type AuditPageQuery = NonNullable<paths['/api/audit']['get']['parameters']['query']>;

export const AUDIT_PAGE_SIZE = 50;

export function getAuditPage(query: AuditPageQuery, signal?: AbortSignal): Promise<AuditEvent[]> {
  return unwrap(api.GET('/api/audit', { params: { query }, signal }));
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
