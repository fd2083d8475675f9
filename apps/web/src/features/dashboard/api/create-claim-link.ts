import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ClaimLinkRelation } from '@claimline/contracts';
import { apiFetch } from '../../../lib/api-client';
import { CONTESTED_QUERY_KEY } from './get-contested-pairs';

export type CreateClaimLinkInput = { fromId: number; toId: number; relation: ClaimLinkRelation };
export type ClaimLink = { id: number; fromId: number; toId: number; relation: ClaimLinkRelation; createdAt: string };

export function createClaimLink(input: CreateClaimLinkInput): Promise<ClaimLink> {
  return apiFetch<ClaimLink>('/claim-links', { method: 'POST', body: input });
}

export function useCreateClaimLink() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createClaimLink,
    onSuccess: () => {
      // The pair now reports `linked`; claim pages show the new link.
      void queryClient.invalidateQueries({ queryKey: CONTESTED_QUERY_KEY });
      void queryClient.invalidateQueries({ queryKey: ['claims'] });
    },
  });
}
