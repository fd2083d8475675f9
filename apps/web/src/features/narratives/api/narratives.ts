import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { itemsOf } from '../../../lib/lookups';

export type ManagedNarrative = {
  id: number;
  nameEn: string;
  nameAr: string;
  description: string | null;
  color: string;
  claimCount: number;
};
export type NarrativeInput = { nameEn: string; nameAr: string; description: string | null; color: string };

export async function getManagedNarratives(signal?: AbortSignal): Promise<ManagedNarrative[]> {
  return itemsOf(await apiFetch<ManagedNarrative[] | { items: ManagedNarrative[] }>('/narratives', { signal }));
}

/** Under the shared ['narratives'] key so a change here also refreshes the pickers in claims and the dashboard. */
export const managedNarrativesQueryOptions = () =>
  queryOptions({ queryKey: ['narratives', 'admin'], queryFn: ({ signal }) => getManagedNarratives(signal) });

export function useManagedNarratives() {
  return useQuery(managedNarrativesQueryOptions());
}

export function createNarrative(input: NarrativeInput): Promise<ManagedNarrative> {
  return apiFetch<ManagedNarrative>('/narratives', { method: 'POST', body: input });
}
export function updateNarrative(id: number, input: Partial<NarrativeInput>): Promise<ManagedNarrative> {
  return apiFetch<ManagedNarrative>(`/narratives/${id}`, { method: 'PATCH', body: input });
}
export function deleteNarrative(id: number): Promise<void> {
  return apiFetch<void>(`/narratives/${id}`, { method: 'DELETE' });
}

export function useCreateNarrative() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createNarrative,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['narratives'] }),
  });
}

export function useUpdateNarrative() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: number; input: Partial<NarrativeInput> }) => updateNarrative(id, input),
    // Names and colours show in claim rows, charts and legends.
    onSuccess: () => void queryClient.invalidateQueries(),
  });
}

export function useDeleteNarrative() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteNarrative,
    // Deleting untags claims: lists, counts and charts all change.
    onSuccess: () => void queryClient.invalidateQueries(),
  });
}
