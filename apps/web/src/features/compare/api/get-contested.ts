import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import type { CompareParams, ContestedResponse } from '../types';

/** Every contested query (this page's and the dashboard card's) starts with this key. */
export const CONTESTED_KEY = ['analytics', 'contested'] as const;
export const DISMISSALS_KEY = ['analytics', 'contested', 'dismissals'] as const;

export function getContested({ location, from, to }: CompareParams, signal?: AbortSignal): Promise<ContestedResponse> {
  return unwrap(
    api.GET('/api/analytics/contested', {
      params: { query: { location: location ? [Number(location)] : undefined, from, to, limit: 100 } },
      signal,
    }),
  );
}

export const contestedQueryOptions = (params: CompareParams) =>
  queryOptions({
    queryKey: [...CONTESTED_KEY, { location: params.location, from: params.from, to: params.to }],
    queryFn: ({ signal }) => getContested(params, signal),
    placeholderData: keepPreviousData,
  });

export function useContested(params: CompareParams, enabled = true) {
  return useQuery({ ...contestedQueryOptions(params), enabled });
}

export function useDismissals(enabled = true) {
  return useQuery({
    queryKey: DISMISSALS_KEY,
    queryFn: ({ signal }) => unwrap(api.GET('/api/analytics/contested/dismissals', { signal })),
    enabled,
  });
}
