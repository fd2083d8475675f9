import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CampId } from '@claimline/contracts';
import { apiFetch } from '../../../lib/api-client';
import { normalizeList } from '../utils/lists';

export type SourceOption = { id: number; nameAr: string; nameEn: string; camp: CampId | string };

/** GET /sources answers a page (`{ items, nextCursor }`); a bare array is accepted too. */
export async function searchSources(q: string, limit = 20, signal?: AbortSignal): Promise<SourceOption[]> {
  const body = await apiFetch<unknown>('/sources', { query: { q: q || undefined, limit }, signal });
  return normalizeList<SourceOption>(body, 'items');
}

export const sourceOptionsQueryOptions = (q: string, limit = 20) =>
  // Typed with a plain key so the shared Typeahead accepts it.
  queryOptions<SourceOption[], Error, SourceOption[], readonly unknown[]>({
    queryKey: ['sources', 'options', q, limit],
    queryFn: ({ signal }) => searchSources(q, limit, signal),
    staleTime: 60_000,
  });

/** Every source (for the names of the ones picked in the URL); the registry is a few hundred rows. */
export function useAllSources(enabled: boolean) {
  return useQuery({ ...sourceOptionsQueryOptions('', 1000), enabled, staleTime: 5 * 60_000 });
}
