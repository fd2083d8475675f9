import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { BUCKETS, GROUP_BYS, type Bucket, type GroupBy } from '../types';
import { claimFiltersFromSearchParams, type ClaimFilters } from '@claimline/contracts';
import { mergeFiltersIntoParams } from '../utils/filters';

/** Filters, bucket and grouping all live in the URL: the view is a link. */
export function useDashboardParams() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => claimFiltersFromSearchParams(params), [params]);
  const bucketParam = params.get('bucket');
  const groupByParam = params.get('groupBy');
  const bucket: Bucket = (BUCKETS as readonly string[]).includes(bucketParam ?? '') ? (bucketParam as Bucket) : 'week';
  const groupBy: GroupBy = (GROUP_BYS as readonly string[]).includes(groupByParam ?? '')
    ? (groupByParam as GroupBy)
    : 'camp';

  const setFilters = useCallback(
    (next: ClaimFilters) => setParams((current) => mergeFiltersIntoParams(current, next), { replace: true }),
    [setParams],
  );
  const setOption = useCallback(
    (key: 'bucket' | 'groupBy', value: string) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          next.set(key, value);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  return {
    filters,
    bucket,
    groupBy,
    setFilters,
    setBucket: (value: Bucket) => setOption('bucket', value),
    setGroupBy: (value: GroupBy) => setOption('groupBy', value),
  };
}
