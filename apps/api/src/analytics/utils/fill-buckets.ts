import { isoWeekMonday } from '@claimline/contracts';

export type BucketSize = 'day' | 'week' | 'month';

/** The bucket key a day falls in: the day itself, its ISO week's Monday, or its YYYY-MM. */
export function bucketOf(size: BucketSize, day: string): string {
  if (size === 'day') return day;
  if (size === 'week') return isoWeekMonday(day);
  return day.slice(0, 7);
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

function daysInMonth(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
}

/** Thrown when a range would need more buckets than a chart can show: the caller answers 400. */
export class TooManyBucketsError extends RangeError {}

/**
 * Every bucket key from `first` to `last` inclusive (both already bucket keys of `size`). Steps on the calendar's
 * numbers rather than through Date and toISOString: a day-bucket chart of three years walks ~1,100 keys on every
 * request, and that walk was a third of the API's own time for it.
 */
export function bucketRange(size: BucketSize, first: string, last: string, max = 5000): string[] {
  const keys: string[] = [];
  let year = Number(first.slice(0, 4));
  let month = Number(first.slice(5, 7));
  let day = size === 'month' ? 1 : Number(first.slice(8, 10));
  const step = size === 'month' ? 0 : size === 'week' ? 7 : 1;
  for (let key = first; key <= last;) {
    if (keys.length >= max)
      throw new TooManyBucketsError(`More than ${max} ${size} buckets; narrow the dates or use a larger bucket`);
    keys.push(key);
    if (step) {
      day += step;
      for (let length = daysInMonth(year, month); day > length; length = daysInMonth(year, month)) {
        day -= length;
        [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
      }
    } else [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
    key = `${String(year).padStart(4, '0')}-${pad2(month)}${step ? `-${pad2(day)}` : ''}`;
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
  let [earliest, latest] = ['', ''];
  for (const { bucket } of rows) {
    if (!earliest || bucket < earliest) earliest = bucket;
    if (bucket > latest) latest = bucket;
  }
  const first = window.from ? bucketOf(size, window.from) : earliest;
  const last = window.to ? bucketOf(size, window.to) : latest;
  const buckets = first && last ? bucketRange(size, first, last, max) : [];
  const index = new Map<string, number>();
  for (let i = 0; i < buckets.length; i++) index.set(buckets[i], i);
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
