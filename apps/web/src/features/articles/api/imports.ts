import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../lib/api/client';
import type { ImportJob } from './types';

export function startImport(file: File): Promise<Schemas['ImportStartedDto']> {
  const form = new FormData();
  form.append('file', file);
  return unwrap(
    api.POST('/api/imports', {
      // The generated body types the binary part as a string; the File goes as multipart form data instead.
      body: {},
      bodySerializer: () => form,
    }),
  );
}

export function useStartImport() {
  return useMutation({ mutationFn: startImport });
}

export function getImport(id: string, signal?: AbortSignal): Promise<ImportJob> {
  return unwrap(api.GET('/api/imports/{id}', { params: { path: { id } }, signal }));
}

export function isImportFinished(job: ImportJob | undefined): boolean {
  return job !== undefined && job.status !== 'running';
}

/** Polls every second until the job is finished. */
export const importQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['imports', id],
    queryFn: ({ signal }) => getImport(id, signal),
    refetchInterval: (query) => (isImportFinished(query.state.data) ? false : 1000),
    staleTime: 0,
  });

export function useImportJob(id: string | null) {
  const queryClient = useQueryClient();
  const query = useQuery({ ...importQueryOptions(id ?? ''), enabled: id !== null });
  return { ...query, refreshArticles: () => queryClient.invalidateQueries({ queryKey: ['articles', 'list'] }) };
}
