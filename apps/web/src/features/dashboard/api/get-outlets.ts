import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { normalizeList } from '../utils/lists';

export type Outlet = { id: number; name: string; url?: string | null };

export async function getOutlets(signal?: AbortSignal): Promise<Outlet[]> {
  return normalizeList<Outlet>(await apiFetch<unknown>('/outlets', { signal }), 'outlets');
}

export const outletsQueryOptions = () =>
  queryOptions({ queryKey: ['outlets'], queryFn: ({ signal }) => getOutlets(signal), staleTime: 5 * 60_000 });

export function useOutlets() {
  return useQuery(outletsQueryOptions());
}
