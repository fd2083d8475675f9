import { isoWeekMonday } from '@claimline/contracts';

export type BucketSize = 'day' | 'week' | 'month';

/** The bucket key a day falls in: the day itself, its ISO week's Monday, or its YYYY-MM. */
export function bucketOf(size: BucketSize, day: string): string {
  if (size === 'day') return day;
  if (size === 'week') return isoWeekMonday(day);
  return day.slice(0, 7);
}

function nextBucket(size: BucketSize, key: string): string {
  if (size === 'month') {
    const [year, month] = key.split('-').map(Number);
    return month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`;
  }
  const date = new Date(`${key}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + (size === 'week' ? 7 : 1));
  return date.toISOString().slice(0, 10);
}

/** Thrown when a range would need more buckets than a chart can show: the caller answers 400. */
export class TooManyBucketsError extends RangeError {}

/** Every bucket key from `first` to `last` inclusive (both already bucket keys of `size`). */
export function bucketRange(size: BucketSize, first: string, last: string, max = 5000): string[] {
  const keys: string[] = [];
  for (let key = first; key <= last; key = nextBucket(size, key)) {
    if (keys.length >= max)
      throw new TooManyBucketsError(`More than ${max} ${size} buckets; narrow the dates or use a larger bucket`);
    keys.push(key);
  }
  return keys;
}

export type BucketCount = { bucket: string; key: string; count: number };

export type FilledSeries = {
  buckets: string[];
  /** One array per series key, aligned with `buckets`, zeros where nothing was counted. */
  counts: Map<string, number[]>;
};

/**
 * Lays grouped counts onto a continuous axis: from the first to the last counted bucket, or from
 * the buckets of `from`/`to` when given (so an empty window still draws an axis).
 */
export function fillBuckets(
  size: BucketSize,
  rows: readonly BucketCount[],
  window: { from?: string; to?: string } = {},
  max?: number,
): FilledSeries {
  const present = rows.map((row) => row.bucket).sort();
  const first = window.from ? bucketOf(size, window.from) : present[0];
  const last = window.to ? bucketOf(size, window.to) : present[present.length - 1];
  const buckets = first && last ? bucketRange(size, first, last, max) : [];
  const index = new Map(buckets.map((key, i) => [key, i]));
  const counts = new Map<string, number[]>();
  for (const row of rows) {
    const at = index.get(row.bucket);
    if (at === undefined) continue;
    let series = counts.get(row.key);
    if (!series) counts.set(row.key, (series = new Array<number>(buckets.length).fill(0)));
    series[at] += row.count;
  }
  return { buckets, counts };
}
