import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import type { Bucket, GroupBy, TimeseriesResponse } from '../types';
import type { ClaimFilters } from '@claimline/contracts';
import { withAllCamps } from '../utils/timeseries';
import { analyticsFilterQuery } from './analytics-query';

export type TimeseriesParams = { filters: ClaimFilters; bucket: Bucket; groupBy: GroupBy };

export async function getTimeseries(
  { filters, bucket, groupBy }: TimeseriesParams,
  signal?: AbortSignal,
): Promise<TimeseriesResponse> {
  const response = await unwrap(
    api.GET('/api/analytics/timeseries', {
      params: { query: { ...analyticsFilterQuery(filters), bucket, groupBy } },
      signal,
    }),
  );
  return withAllCamps(response);
}

export const timeseriesQueryOptions = (params: TimeseriesParams) =>
  queryOptions({
    queryKey: ['analytics', 'timeseries', params],
    queryFn: ({ signal }) => getTimeseries(params, signal),
    // Switching bucket or grouping keeps the old chart on screen instead of flashing a spinner.
    placeholderData: keepPreviousData,
  });

export function useTimeseries(params: TimeseriesParams) {
  return useQuery(timeseriesQueryOptions(params));
}
