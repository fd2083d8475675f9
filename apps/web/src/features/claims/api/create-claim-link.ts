import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../lib/api/client';

export type CreateClaimLinkInput = Schemas['CreateClaimLinkDto'];
export type ClaimLink = Schemas['ClaimLinkDto'];

export function createClaimLink(input: CreateClaimLinkInput): Promise<ClaimLink> {
  return unwrap(api.POST('/api/claim-links', { body: input }));
}

export function useCreateClaimLink() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createClaimLink,
    onSuccess: (_link, input) => {
      void queryClient.invalidateQueries({ queryKey: ['claims', 'detail', String(input.fromId)] });
      void queryClient.invalidateQueries({ queryKey: ['claims', 'detail', String(input.toId)] });
      void queryClient.invalidateQueries({ queryKey: ['claims', 'history'] });
    },
  });
}
