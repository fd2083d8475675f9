import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import type { FramingOutlet } from '../types';
import type { ClaimFilters } from '@claimline/contracts';

/**
 * Framing is counted per article, so only the outlet and the dates of the claim filters apply. `copies`: whether
 * near-duplicate copies of a story count for the outlets that ran them (the API's default: include).
 */
export type FramingParams = Pick<ClaimFilters, 'outlet' | 'from' | 'to'> & { copies?: 'include' | 'exclude' };

export async function getFraming(
  { outlet, from, to, copies }: FramingParams,
  signal?: AbortSignal,
): Promise<FramingOutlet[]> {
  const body = await unwrap(
    api.GET('/api/analytics/framing', {
      params: { query: { outlet, from, to, copies } },
      signal,
    }),
  );
  return body.outlets;
}

export const framingQueryOptions = (params: FramingParams) =>
  queryOptions({
    queryKey: ['analytics', 'framing', params],
    queryFn: ({ signal }) => getFraming(params, signal),
    placeholderData: keepPreviousData,
  });

export function useFraming(params: FramingParams) {
  return useQuery(framingQueryOptions(params));
}
