import { useCallback } from 'react';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import type { Bucket, GroupBy, TimeseriesResponse } from '../types';
import type { ClaimFilters } from '@claimline/contracts';
import { useCamps } from '../../../lib/camps';
import { withConflictCamps } from '../utils/camp-series';
import { analyticsFilterQuery } from './analytics-query';

export type TimeseriesParams = { filters: ClaimFilters; bucket: Bucket; groupBy: GroupBy };

export async function getTimeseries(
  { filters, bucket, groupBy }: TimeseriesParams,
  signal?: AbortSignal,
): Promise<TimeseriesResponse> {
  return unwrap(
    api.GET('/api/analytics/timeseries', {
      params: { query: { ...analyticsFilterQuery(filters), bucket, groupBy } },
      signal,
    }),
  );
}

export const timeseriesQueryOptions = (params: TimeseriesParams) =>
  queryOptions({
    queryKey: ['analytics', 'timeseries', params],
    queryFn: ({ signal }) => getTimeseries(params, signal),
    // Switching bucket or grouping keeps the old chart on screen instead of flashing a spinner.
    placeholderData: keepPreviousData,
  });

/** The time series with every camp of the current conflict in its legend (GET /api/camps?conflict=). */
export function useTimeseries(params: TimeseriesParams) {
  const { data: camps } = useCamps();
  const select = useCallback((response: TimeseriesResponse) => withConflictCamps(response, camps ?? []), [camps]);
  return useQuery({ ...timeseriesQueryOptions(params), select });
}
