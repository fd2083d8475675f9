import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../../lib/api-client';
import { api, unwrap } from '../../../lib/api/client';
import type { ClaimDetail, ClaimPatch } from './types';

export function updateClaim(id: number, patch: ClaimPatch): Promise<ClaimDetail> {
  return unwrap(api.PATCH('/api/claims/{id}', { params: { path: { id } }, body: patch }));
}

/** A 409 carries the claim as it is now; the caller shows it next to the change that was refused. */
export function conflictCurrent(error: unknown): ClaimDetail | null {
  if (!(error instanceof ApiError) || error.status !== 409) return null;
  const body = error.body as { current?: ClaimDetail } | null;
  return body?.current ?? null;
}

export function useUpdateClaim() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: number; patch: ClaimPatch }) => updateClaim(id, patch),
    onSuccess: (claim) => {
      queryClient.setQueryData(['claims', 'detail', String(claim.id)], claim);
      void queryClient.invalidateQueries({ queryKey: ['claims', 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['claims', 'history', String(claim.id)] });
    },
    onError: (error) => {
      const current = conflictCurrent(error);
      if (current) {
        queryClient.setQueryData(['claims', 'detail', String(current.id)], current);
        void queryClient.invalidateQueries({ queryKey: ['claims', 'list'] });
      }
    },
  });
}
