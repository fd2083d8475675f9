import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { normalizeList } from '../utils/lists';

export type LocationOption = { id: number; nameAr: string; nameEn: string; kind?: string };

export async function searchLocations(q: string, limit = 20, signal?: AbortSignal): Promise<LocationOption[]> {
  const body = await apiFetch<unknown>('/locations', { query: { q: q || undefined, limit }, signal });
  return normalizeList<LocationOption>(body, 'items');
}

export const locationOptionsQueryOptions = (q: string, limit = 20) =>
  // Typed with a plain key so the shared Typeahead accepts it.
  queryOptions<LocationOption[], Error, LocationOption[], readonly unknown[]>({
    queryKey: ['locations', 'options', q, limit],
    queryFn: ({ signal }) => searchLocations(q, limit, signal),
    staleTime: 60_000,
  });

/** The whole gazetteer (a few hundred places) to name the places picked in the URL. */
export function useAllLocations(enabled: boolean) {
  return useQuery({ ...locationOptionsQueryOptions('', 500), enabled, staleTime: 5 * 60_000 });
}
