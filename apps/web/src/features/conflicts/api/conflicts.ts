import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../lib/api/client';
import { downloadUrl } from '../../../lib/api-client';

export type ConflictInput = Schemas['CreateConflictDto'];
export type CampCreate = Schemas['CreateCampDto'];
export type CampPatch = Schemas['CampInputDto'];
export type PackImportResult = Schemas['PackImportResultDto'];

/** The list feeds the header's switcher and every page's camps: refresh all of it after a change. */
function useRefreshAll() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries();
}

export function useCreateConflict() {
  const onSuccess = useRefreshAll();
  return useMutation({ mutationFn: (body: ConflictInput) => unwrap(api.POST('/api/conflicts', { body })), onSuccess });
}

export function useAddCamp() {
  const onSuccess = useRefreshAll();
  return useMutation({
    mutationFn: ({ conflict, body }: { conflict: string; body: CampCreate }) =>
      unwrap(api.POST('/api/conflicts/{id}/camps', { params: { path: { id: conflict } }, body })),
    onSuccess,
  });
}

export function useUpdateCamp() {
  const onSuccess = useRefreshAll();
  return useMutation({
    mutationFn: ({ conflict, camp, body }: { conflict: string; camp: string; body: CampPatch }) =>
      unwrap(
        api.PATCH('/api/conflicts/{id}/camps/{campId}', { params: { path: { id: conflict, campId: camp } }, body }),
      ),
    onSuccess,
  });
}

export function useImportPack() {
  const onSuccess = useRefreshAll();
  return useMutation({
    mutationFn: (pack: string) => unwrap(api.POST('/api/conflicts/import', { body: { pack } })),
    onSuccess,
  });
}

/** The pack download (YAML) of one conflict. */
export function packUrl(conflict: string): string {
  return downloadUrl(`/conflicts/${encodeURIComponent(conflict)}/pack`);
}
