import {
  claimFiltersToSearchParams,
  DATE_PRECISIONS,
  parseClaimFilter,
  withClaimFilter,
  type ClaimFilters,
  type DatePrecision,
} from '@claimline/contracts';
import { formatDateIn, type Lang } from '../../../lib/i18n';
import type { Bucket, GroupBy, TimeseriesResponse, TimeseriesSeries } from '../types';
import { bucketEnd, bucketRange, bucketStart } from './buckets';
import { NONE_KEY, OTHER_KEY } from './series-tail';

export type TimeseriesDataset = {
  /** The series key: what a click on the bar filters by. */
  key: string | null;
  label: string;
  data: number[];
  backgroundColor: string;
  borderColor: string;
  borderWidth: number;
  stack: string;
};

export type TimeseriesChartData = { labels: string[]; datasets: TimeseriesDataset[] };

export function seriesKey(series: Pick<TimeseriesSeries, 'key'>): string | null {
  return series.key === '' || series.key === NONE_KEY || series.key === OTHER_KEY ? null : series.key;
}

/** The name in the UI language, else the other one: a source registered only in Arabic still has a name in English. */
export function seriesLabel(series: Pick<TimeseriesSeries, 'key' | 'label' | 'labelAr'>, lang: Lang): string {
  const [first, second] = lang === 'ar' ? [series.labelAr, series.label] : [series.label, series.labelAr];
  return first?.trim() || second?.trim() || series.key;
}

/** A bucket's axis label: `7 Oct 2019` for days and weeks (their Monday), `Oct 2019` for months. */
export function formatBucketLabel(bucket: Bucket, key: string, lang: Lang): string {
  try {
    const start = bucketStart(bucket, key);
    if (bucket === 'month') return formatDateIn(lang, start, { year: 'numeric', month: 'short', day: undefined });
    return formatDateIn(lang, start, { year: 'numeric', month: 'short', day: 'numeric' });
  } catch {
    return key;
  }
}

/** `7 Oct 2019 – 13 Oct 2019` for the tooltip title and the table. */
export function formatBucketRange(bucket: Bucket, key: string, lang: Lang): string {
  if (bucket !== 'week') return formatBucketLabel(bucket, key, lang);
  try {
    return `${formatDateIn(lang, bucketStart(bucket, key))} – ${formatDateIn(lang, bucketEnd(bucket, key))}`;
  } catch {
    return key;
  }
}

/** Chart.js datasets from the API series, one stack, camp (or narrative) colours, counts padded to the buckets. */
export function toTimeseriesChartData(response: TimeseriesResponse, lang: Lang): TimeseriesChartData {
  const length = response.buckets.length;
  return {
    labels: response.buckets.map((key) => formatBucketLabel(response.bucket, key, lang)),
    datasets: response.series.map((series) => ({
      key: seriesKey(series),
      label: seriesLabel(series, lang),
      data: Array.from({ length }, (_, index) => Number(series.counts[index] ?? 0)),
      backgroundColor: series.color,
      borderColor: '#ffffff',
      borderWidth: 1,
      stack: 'claims',
    })),
  };
}

export type TimeseriesTable = {
  columns: string[];
  rows: { key: string; label: string; counts: number[]; total: number }[];
  totals: number[];
  total: number;
};

/** The accessible table view: one row per bucket, one column per series, totals both ways. */
export function toTimeseriesTable(response: TimeseriesResponse, lang: Lang): TimeseriesTable {
  const columns = response.series.map((series) => seriesLabel(series, lang));
  const rows = response.buckets.map((key, index) => {
    const counts = response.series.map((series) => Number(series.counts[index] ?? 0));
    return {
      key,
      label: formatBucketRange(response.bucket, key, lang),
      counts,
      total: counts.reduce((a, b) => a + b, 0),
    };
  });
  const totals = response.series.map((series) => series.counts.reduce((a, b) => a + Number(b ?? 0), 0));
  return { columns, rows, totals, total: totals.reduce((a, b) => a + b, 0) };
}

/** True when there is nothing to draw: no buckets or only zeros. */
export function isTimeseriesEmpty(response: TimeseriesResponse | undefined): boolean {
  if (!response) return true;
  return response.buckets.length === 0 || response.series.every((series) => series.counts.every((count) => !count));
}

/**
 * Where a click on a bar goes: the claims list with the current filters, the series as its filter
 * (camp, source, narrative or status, replacing that filter) and the bucket's days. A series
 * without a key (claims with no source, say), or with one the filter does not accept, cannot be
 * listed by filter: null. `leftOut`: the precisions the chart kept out of its buckets (the response's
 * `coarser`); the list leaves them out too, else a week's list would also show the claims known only
 * to the month stored on its first day, which the bar does not count.
 */
export function claimsLinkForBar(
  filters: ClaimFilters,
  bucket: Bucket,
  groupBy: GroupBy,
  key: string | null,
  bucketKey: string,
  leftOut: readonly DatePrecision[] = [],
): string | null {
  if (key === null) return null;
  const range = bucketRange(bucket, bucketKey, filters);
  // Read as the URL would be: a key the claims list could not filter by gives no link rather than a wrong one.
  const seriesFilter = parseClaimFilter(groupBy, [key]);
  if (seriesFilter === undefined) return null;
  const withSeries = withClaimFilter(filters, groupBy, seriesFilter);
  const precision = leftOut.length
    ? (filters.precision?.length ? filters.precision : DATE_PRECISIONS).filter((p) => !leftOut.includes(p))
    : filters.precision;
  const params = claimFiltersToSearchParams({ ...withSeries, precision, from: range.from, to: range.to });
  return `/claims?${params.toString()}`;
}
