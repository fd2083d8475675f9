import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { formatClaimFilter, type ClaimFilters } from '@claimline/contracts';
import { apiFetch } from '../../../lib/api-client';
import type { FramingOutlet } from '../types';
import { normalizeFraming } from '../utils/lists';

/** Framing is counted per article, so only the outlet and the dates of the claim filters apply. */
export type FramingParams = Pick<ClaimFilters, 'outlet' | 'from' | 'to'>;

export async function getFraming({ outlet, from, to }: FramingParams, signal?: AbortSignal): Promise<FramingOutlet[]> {
  const body = await apiFetch<unknown>('/analytics/framing', {
    query: { outlet: formatClaimFilter(outlet), from, to },
    signal,
  });
  return normalizeFraming(body);
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
