import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import { CONTESTED_KEY } from './get-contested';

/** After any of these the pairs, the dismissals and the claims' grades may have changed. */
function useInvalidateContested() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: CONTESTED_KEY });
    void queryClient.invalidateQueries({ queryKey: ['claims'] });
  };
}

/** The existing link endpoint; the page calls it only from the confirmation dialog. */
export function useLinkContradicts() {
  const invalidate = useInvalidateContested();
  return useMutation({
    mutationFn: ({ aId, bId }: { aId: number; bId: number }) =>
      unwrap(api.POST('/api/claim-links', { body: { fromId: aId, toId: bId, relation: 'contradicts' } })),
    onSuccess: invalidate,
  });
}

export function useDismissPair() {
  const invalidate = useInvalidateContested();
  return useMutation({
    mutationFn: ({ aId, bId }: { aId: number; bId: number }) =>
      unwrap(api.POST('/api/analytics/contested/dismissals', { body: { aId, bId } })),
    onSuccess: invalidate,
  });
}

export function useUndoDismissal() {
  const invalidate = useInvalidateContested();
  return useMutation({
    mutationFn: (id: number) =>
      unwrap(api.DELETE('/api/analytics/contested/dismissals/{id}', { params: { path: { id } } })),
    onSuccess: invalidate,
  });
}
