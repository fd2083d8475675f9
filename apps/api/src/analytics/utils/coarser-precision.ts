import type { BucketSize } from './fill-buckets.js';

/** A date precision coarser than a day: a claim known only to its week or its month. */
export type CoarserPrecision = 'week' | 'month';

/**
 * The precisions too coarse for each bucket size: a claim known only to the month is in no week and no
 * day, one known only to the week in no day. `reported` (the publication day) and `day` fit every
 * bucket, and a month bucket takes every claim.
 */
export const COARSER_PRECISIONS: Record<BucketSize, readonly CoarserPrecision[]> = {
  day: ['week', 'month'],
  week: ['month'],
  month: [],
};
