import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import type { CompareParams, CompareResponse } from '../types';

export function getCompare({ location, from, to }: CompareParams, signal?: AbortSignal): Promise<CompareResponse> {
  return apiFetch<CompareResponse>('/analytics/compare', { query: { location, from, to }, signal });
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
