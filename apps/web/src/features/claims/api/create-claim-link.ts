import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ClaimLinkRelation } from '@claimline/contracts';
import { apiFetch } from '../../../lib/api-client';

export type CreateClaimLinkInput = { fromId: number; toId: number; relation: ClaimLinkRelation };

export function createClaimLink(input: CreateClaimLinkInput): Promise<unknown> {
  return apiFetch('/claim-links', { method: 'POST', body: input });
}

export function useCreateClaimLink() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createClaimLink,
    onSuccess: (_result, input) => {
      void queryClient.invalidateQueries({ queryKey: ['claims', 'detail', String(input.fromId)] });
      void queryClient.invalidateQueries({ queryKey: ['claims', 'detail', String(input.toId)] });
      void queryClient.invalidateQueries({ queryKey: ['claims', 'history'] });
    },
  });
}
