import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CampId, SourceKind } from '@claimline/contracts';
import { apiFetch } from '../../../lib/api-client';
import { itemsOf } from '../../../lib/lookups';

export type SourceStatus = 'active' | 'proposed' | 'merged';

export type Source = {
  id: number;
  key?: string | null;
  nameAr: string;
  nameEn: string;
  camp: CampId;
  kind: SourceKind;
  status: SourceStatus;
  aliases: string[];
  claimCount: number;
  mergedIntoId?: number | null;
};

export type SourceQuery = { q?: string; camp?: string; status?: SourceStatus };

export async function getSources(query: SourceQuery, signal?: AbortSignal): Promise<Source[]> {
  return itemsOf(
    await apiFetch<Source[] | { items: Source[] }>('/sources', { query: { ...query, limit: 1000 }, signal }),
  );
}

export const sourcesQueryOptions = (query: SourceQuery) =>
  queryOptions({ queryKey: ['sources', 'list', query], queryFn: ({ signal }) => getSources(query, signal) });

export function useSources(query: SourceQuery) {
  return useQuery(sourcesQueryOptions(query));
}

export type CreateSourceInput = { nameAr: string; nameEn: string; camp: CampId; kind: SourceKind; aliases?: string[] };
export type UpdateSourceInput = Partial<CreateSourceInput>;
export type AcceptSourceInput = Partial<Pick<CreateSourceInput, 'nameAr' | 'nameEn' | 'camp' | 'kind'>>;

export function createSource(input: CreateSourceInput): Promise<Source> {
  return apiFetch<Source>('/sources', { method: 'POST', body: input });
}
export function updateSource(id: number, input: UpdateSourceInput): Promise<Source> {
  return apiFetch<Source>(`/sources/${id}`, { method: 'PATCH', body: input });
}
export function mergeSource(id: number, intoId: number): Promise<Source> {
  return apiFetch<Source>(`/sources/${id}/merge`, { method: 'POST', body: { intoId } });
}
export function acceptSource(id: number, input: AcceptSourceInput): Promise<Source> {
  return apiFetch<Source>(`/sources/${id}/accept`, { method: 'POST', body: input });
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
