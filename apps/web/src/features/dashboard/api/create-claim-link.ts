import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../lib/api/client';
import { CONTESTED_QUERY_KEY } from './get-contested-pairs';

export type CreateClaimLinkInput = Schemas['CreateClaimLinkDto'];
export type ClaimLink = Schemas['ClaimLinkDto'];

export function createClaimLink(input: CreateClaimLinkInput): Promise<ClaimLink> {
  return unwrap(api.POST('/api/claim-links', { body: input }));
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
