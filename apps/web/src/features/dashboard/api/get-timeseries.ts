import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import type { Bucket, GroupBy, TimeseriesResponse } from '../types';
import { claimFiltersToQuery, type ClaimFilters } from '@claimline/contracts';
import { withAllCamps } from '../utils/timeseries';

export type TimeseriesParams = { filters: ClaimFilters; bucket: Bucket; groupBy: GroupBy };

export async function getTimeseries(
  { filters, bucket, groupBy }: TimeseriesParams,
  signal?: AbortSignal,
): Promise<TimeseriesResponse> {
  const response = await apiFetch<TimeseriesResponse>('/analytics/timeseries', {
    query: { ...claimFiltersToQuery(filters), bucket, groupBy },
    signal,
  });
  return withAllCamps({ ...response, buckets: response.buckets ?? [], series: response.series ?? [] });
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
