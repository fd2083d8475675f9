import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ClaimFilters } from '@claimline/contracts';
import { api, unwrap } from '../../../lib/api/client';

/**
 * The months the time window can span: the month buckets of the claims matching every filter but the
 * dates (the timeseries lists each month from the first claim's to the last's, empty ones included).
 */
export async function getEventMonths(filters: ClaimFilters, signal?: AbortSignal): Promise<string[]> {
  const { from: _from, to: _to, ...rest } = filters;
  const body = await unwrap(
    api.GET('/api/analytics/timeseries', {
      params: { query: { ...rest, bucket: 'month', groupBy: 'camp' } },
      signal,
    }),
  );
  return body.buckets;
}

export const eventMonthsQueryOptions = (filters: ClaimFilters) => {
  const { from: _from, to: _to, ...rest } = filters;
  return queryOptions({
    queryKey: ['analytics', 'event-months', rest],
    queryFn: ({ signal }) => getEventMonths(rest, signal),
  });
};

export function useEventMonths(filters: ClaimFilters) {
  return useQuery(eventMonthsQueryOptions(filters));
}
