import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../api/client';

export type Conflict = Schemas['ConflictDto'];

export const CONFLICTS_QUERY_KEY = ['conflicts'] as const;

export function getConflicts(signal?: AbortSignal): Promise<Conflict[]> {
  return unwrap(api.GET('/api/conflicts', { signal }));
}

export const conflictsQueryOptions = () =>
  queryOptions({ queryKey: CONFLICTS_QUERY_KEY, queryFn: ({ signal }) => getConflicts(signal), staleTime: 60_000 });

export function useConflicts() {
  return useQuery(conflictsQueryOptions());
}

/** A conflict's name in the UI language, else the other one. */
export function conflictName(conflict: Pick<Conflict, 'nameEn' | 'nameAr' | 'id'>, lang: 'en' | 'ar'): string {
  const [first, second] = lang === 'ar' ? [conflict.nameAr, conflict.nameEn] : [conflict.nameEn, conflict.nameAr];
  return first?.trim() || second?.trim() || conflict.id;
}
