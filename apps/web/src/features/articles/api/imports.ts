import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import type { ImportJob } from './types';

export function startImport(file: File): Promise<{ id: number | string }> {
  const form = new FormData();
  form.append('file', file);
  return apiFetch<{ id: number | string }>('/imports', { method: 'POST', body: form });
}

export function useStartImport() {
  return useMutation({ mutationFn: startImport });
}

export function getImport(id: number | string, signal?: AbortSignal): Promise<ImportJob> {
  return apiFetch<ImportJob>(`/imports/${id}`, { signal });
}

export function isImportFinished(job: ImportJob | undefined): boolean {
  if (!job) return false;
  return ['done', 'failed', 'completed', 'finished', 'error'].includes(job.status);
}

/** Polls every second until the job is finished. */
export const importQueryOptions = (id: number | string) =>
  queryOptions({
    queryKey: ['imports', String(id)],
    queryFn: ({ signal }) => getImport(id, signal),
    refetchInterval: (query) => (isImportFinished(query.state.data) ? false : 1000),
    staleTime: 0,
  });

export function useImportJob(id: number | string | null) {
  const queryClient = useQueryClient();
  const query = useQuery({ ...importQueryOptions(id ?? ''), enabled: id !== null });
  return { ...query, refreshArticles: () => queryClient.invalidateQueries({ queryKey: ['articles', 'list'] }) };
}
