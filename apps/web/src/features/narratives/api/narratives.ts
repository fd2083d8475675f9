import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../lib/api/client';

export type ManagedNarrative = Schemas['NarrativeDto'];
export type NarrativeInput = Schemas['CreateNarrativeDto'];
export type NarrativePatch = Schemas['UpdateNarrativeDto'];

export function getManagedNarratives(signal?: AbortSignal): Promise<ManagedNarrative[]> {
  return unwrap(api.GET('/api/narratives', { signal }));
}

/** Under the shared ['narratives'] key so a change here also refreshes the pickers in claims and the dashboard. */
export const managedNarrativesQueryOptions = () =>
  queryOptions({ queryKey: ['narratives', 'admin'], queryFn: ({ signal }) => getManagedNarratives(signal) });

export function useManagedNarratives() {
  return useQuery(managedNarrativesQueryOptions());
}

export function createNarrative(input: NarrativeInput): Promise<ManagedNarrative> {
  return unwrap(api.POST('/api/narratives', { body: input }));
}
export function updateNarrative(id: number, input: NarrativePatch): Promise<ManagedNarrative> {
  return unwrap(api.PATCH('/api/narratives/{id}', { params: { path: { id } }, body: input }));
}
export function deleteNarrative(id: number): Promise<void> {
  return unwrap(api.DELETE('/api/narratives/{id}', { params: { path: { id } } }));
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
    mutationFn: ({ id, input }: { id: number; input: NarrativePatch }) => updateNarrative(id, input),
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
