import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../lib/api/client';

export type Source = Schemas['SourceDto'];
export type SourceStatus = Source['status'];
export type SourceQuery = { q?: string; camp?: Source['camp']; status?: SourceStatus };

/** The registry is a few hundred rows: one page of the API's largest size holds it. */
const REGISTRY_PAGE_SIZE = 1000;

export async function getSources({ q, camp, status }: SourceQuery, signal?: AbortSignal): Promise<Source[]> {
  const page = await unwrap(
    api.GET('/api/sources', {
      params: {
        query: { q, camp: camp ? [camp] : undefined, status: status ? [status] : undefined, limit: REGISTRY_PAGE_SIZE },
      },
      signal,
    }),
  );
  return page.items;
}

export const sourcesQueryOptions = (query: SourceQuery) =>
  queryOptions({ queryKey: ['sources', 'list', query], queryFn: ({ signal }) => getSources(query, signal) });

export function useSources(query: SourceQuery) {
  return useQuery(sourcesQueryOptions(query));
}

export type CreateSourceInput = Schemas['CreateSourceDto'];
export type UpdateSourceInput = Schemas['UpdateSourceDto'];
export type AcceptSourceInput = Schemas['AcceptSourceDto'];

export function createSource(input: CreateSourceInput): Promise<Source> {
  return unwrap(api.POST('/api/sources', { body: input }));
}
export function updateSource(id: number, input: UpdateSourceInput): Promise<Source> {
  return unwrap(api.PATCH('/api/sources/{id}', { params: { path: { id } }, body: input }));
}
export function mergeSource(id: number, intoId: number): Promise<Source> {
  return unwrap(api.POST('/api/sources/{id}/merge', { params: { path: { id } }, body: { intoId } }));
}
export function acceptSource(id: number, input: AcceptSourceInput): Promise<Source> {
  return unwrap(api.POST('/api/sources/{id}/accept', { params: { path: { id } }, body: input }));
}

export function rejectSource(id: number): Promise<Source> {
  return unwrap(api.POST('/api/sources/{id}/reject', { params: { path: { id } } }));
}

function useInvalidateSources() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: ['sources'] });
    void queryClient.invalidateQueries({ queryKey: ['claims'] });
  };
}

export function useCreateSource() {
  const onSuccess = useInvalidateSources();
  return useMutation({ mutationFn: createSource, onSuccess });
}
export function useUpdateSource() {
  const onSuccess = useInvalidateSources();
  return useMutation({
    mutationFn: ({ id, input }: { id: number; input: UpdateSourceInput }) => updateSource(id, input),
    onSuccess,
  });
}
export function useMergeSource() {
  const onSuccess = useInvalidateSources();
  return useMutation({
    mutationFn: ({ id, intoId }: { id: number; intoId: number }) => mergeSource(id, intoId),
    onSuccess,
  });
}
export function useAcceptSource() {
  const onSuccess = useInvalidateSources();
  return useMutation({
    mutationFn: ({ id, input }: { id: number; input: AcceptSourceInput }) => acceptSource(id, input),
    onSuccess,
  });
}
export function useRejectSource() {
  const onSuccess = useInvalidateSources();
  return useMutation({ mutationFn: rejectSource, onSuccess });
}
