import type { PreviewResult } from '../api/types';

export type NearDuplicate = NonNullable<PreviewResult['nearDuplicate']>;

/**
 * Whole percent, rounded down: 0.996 reads "99 %", never "100 %" — 100 % the same would be the exact duplicate
 * the server refuses, and a near-duplicate is by definition not that.
 */
export function similarityPercent(similarity: number): number {
  return Math.min(99, Math.floor(similarity * 100));
}

/** The body of POST /api/articles's `separate`: sent only when the preview found a near-duplicate the analyst keeps apart. */
export function separateFlag(near: NearDuplicate | null | undefined, saveAsSeparate: boolean): true | undefined {
  return near && saveAsSeparate ? true : undefined;
}
