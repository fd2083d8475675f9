import { isValidDay } from '@claimline/contracts';
import type { Bucket } from '../types';

export type DayRange = { from: string; to: string };

function toDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The first day of a bucket: a month may arrive as `2019-10` or `2019-10-01`. */
export function bucketStart(bucket: Bucket, key: string): string {
  if (bucket === 'month' && /^\d{4}-\d{2}$/.test(key)) return `${key}-01`;
  if (!isValidDay(key)) throw new RangeError(`Not a bucket start: ${JSON.stringify(key)}`);
  return bucket === 'month' ? `${key.slice(0, 7)}-01` : key;
}

/** The last day (inclusive) of the bucket starting at `key`: itself, the Sunday after a Monday, or the month's end. UTC arithmetic only. */
export function bucketEnd(bucket: Bucket, key: string): string {
  const start = bucketStart(bucket, key);
  const [year, month, day] = start.split('-').map(Number);
  if (bucket === 'day') return start;
  if (bucket === 'week') return toDay(new Date(Date.UTC(year, month - 1, day + 6)));
  // Day 0 of the next month is the last day of this one (leap years included).
  return toDay(new Date(Date.UTC(year, month, 0)));
}

/**
 * The days a click on a bar should list: the bucket, narrowed to the active from/to so that the
 * claims list counts exactly what the bar counted (a week bucket can start before `from`).
 */
export function bucketRange(bucket: Bucket, key: string, within: { from?: string; to?: string } = {}): DayRange {
  let from = bucketStart(bucket, key);
  let to = bucketEnd(bucket, key);
  if (within.from && within.from > from) from = within.from;
  if (within.to && within.to < to) to = within.to;
  return { from, to };
}
