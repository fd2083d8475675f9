import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import type { ComparePlace } from '../types';

export async function searchLocations(q: string, signal?: AbortSignal): Promise<ComparePlace[]> {
  const body = await apiFetch<unknown>('/locations', { query: { q, limit: 20 }, signal });
  if (Array.isArray(body)) return body as ComparePlace[];
  const items = body && typeof body === 'object' ? (body as { items?: unknown }).items : undefined;
  return Array.isArray(items) ? (items as ComparePlace[]) : [];
}

export const locationSearchQueryOptions = (q: string) =>
  // Typed with a plain key so the shared Typeahead accepts it.
  queryOptions<ComparePlace[], Error, ComparePlace[], readonly unknown[]>({
    queryKey: ['locations', 'compare-search', q],
    queryFn: ({ signal }) => searchLocations(q, signal),
    staleTime: 60_000,
  });

export function useLocationSearch(q: string) {
  return useQuery({ ...locationSearchQueryOptions(q), enabled: q.length > 0 });
}
