import { bandKeys, estimatedJaccard, minhashSignature } from './minhash.js';
import { jaccard, shingleHashes } from './shingles.js';

/**
 * The share of shared shingles from which an article is the same story as a stored one. Not 0.8: a 50-word
 * dispatch that differs from another in one word (a number, a place) shares 0.80 of its shingles, and that one
 * word is the news. A long article with a few words changed stays above 0.9.
 */
export const NEAR_DUPLICATE_THRESHOLD = 0.85;

/**
 * Named rules, so a match says why: a `reprint` shares at least 95 % of its shingles (punctuation, a dateline or
 * a word or two differ), a `light-edit` at least the threshold (0.85) (a few words changed, a sentence added or cut).
 */
export const NEAR_DUPLICATE_RULES = { reprint: 'reprint', lightEdit: 'light-edit' } as const;
export type NearDuplicateRule = (typeof NEAR_DUPLICATE_RULES)[keyof typeof NEAR_DUPLICATE_RULES];

/** What an article is compared by: its shingles (exact check), MinHash signature (estimate) and LSH band keys (index). */
export type TextFingerprint = { shingles: Set<number>; signature: Uint32Array; bands: string[] };

/**
 * Below this many shingles (about 25 words) a text takes no part in near-duplicate matching: in a short dispatch
 * one changed word (a number, a place) is most of the news, so only an exact duplicate (same hash) is refused.
 */
export const MIN_SHINGLES = 20;

export function fingerprint(text: string): TextFingerprint {
  const shingles = shingleHashes(text);
  const signature = minhashSignature(shingles);
  // No bands: never indexed, never a candidate.
  return { shingles, signature, bands: shingles.size >= MIN_SHINGLES ? bandKeys(signature) : [] };
}

export type NearDuplicateMatch = { similarity: number; estimated: number; rule: NearDuplicateRule };

/**
 * Verifies an index candidate: the signature estimate first (cheap), then the exact shingle Jaccard, which alone
 * decides — an estimate from 128 hashes is off by up to ±0.07 and a false "same story" would hide claims.
 */
export function compareFingerprints(a: TextFingerprint, b: TextFingerprint): NearDuplicateMatch | null {
  const estimated = estimatedJaccard(a.signature, b.signature);
  // 0.15 below the threshold: a true match estimated this low is a four-standard-deviation event.
  if (estimated < NEAR_DUPLICATE_THRESHOLD - 0.15) return null;
  const similarity = jaccard(a.shingles, b.shingles);
  if (similarity < NEAR_DUPLICATE_THRESHOLD) return null;
  return {
    similarity,
    estimated,
    rule: similarity >= 0.95 ? NEAR_DUPLICATE_RULES.reprint : NEAR_DUPLICATE_RULES.lightEdit,
  };
}

/**
 * An in-memory LSH index over band keys (the database keeps the same keys in `article_bands`): candidates come
 * from the buckets an article's bands fall in, never from a scan, so checking one article costs about the same
 * whatever the number indexed.
 */
export class LshIndex<Id> {
  private readonly buckets = new Map<string, Id[]>();

  add(id: Id, bands: readonly string[]): void {
    for (const key of bands) {
      const bucket = this.buckets.get(key);
      if (bucket) bucket.push(id);
      else this.buckets.set(key, [id]);
    }
  }

  /** Ids sharing at least one band, most shared bands first (the likeliest near-duplicates), at most `limit`. */
  candidates(bands: readonly string[], limit = 5): Id[] {
    const shared = new Map<Id, number>();
    for (const key of bands) for (const id of this.buckets.get(key) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
    return [...shared.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([id]) => id);
  }
}
