import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../lib/api/client';

export type BulkRequest = Schemas['ClaimBulkRequestDto'];
export type BulkSet = Schemas['ClaimBulkSetDto'];
export type BulkResult = Schemas['ClaimBulkResultDto'];
export type BulkUndoResult = Schemas['ClaimBulkUndoDto'];

export function bulkUpdateClaims(body: BulkRequest): Promise<BulkResult> {
  return unwrap(api.POST('/api/claims/bulk', { body }));
}

export function undoBulkUpdate(bulkId: string): Promise<BulkUndoResult> {
  return unwrap(api.POST('/api/claims/bulk/{bulkId}/undo', { params: { path: { bulkId } } }));
}

/** Both change many claims: every list and claim page read before is stale. */
function useInvalidateClaims() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: ['claims'] });
}

export function useBulkUpdateClaims() {
  const invalidate = useInvalidateClaims();
  return useMutation({ mutationFn: bulkUpdateClaims, onSuccess: invalidate });
}

export function useUndoBulkUpdate() {
  const invalidate = useInvalidateClaims();
  return useMutation({ mutationFn: undoBulkUpdate, onSuccess: invalidate });
}
