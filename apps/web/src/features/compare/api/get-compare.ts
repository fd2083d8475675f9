import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import type { CompareParams, CompareResponse } from '../types';

export function getCompare({ location, from, to }: CompareParams, signal?: AbortSignal): Promise<CompareResponse> {
  return unwrap(
    api.GET('/api/analytics/compare', {
      params: { query: { location: location ? [Number(location)] : undefined, from, to } },
      signal,
    }),
  );
}

export const compareQueryOptions = (params: CompareParams) =>
  queryOptions({
    queryKey: ['analytics', 'compare', params],
    queryFn: ({ signal }) => getCompare(params, signal),
    enabled: Boolean(params.location),
  });

export function useCompare(params: CompareParams) {
  return useQuery(compareQueryOptions(params));
}
