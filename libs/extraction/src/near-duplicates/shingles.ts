import { normalizeArabic } from '../normalize.js';

/** Words per shingle. Five words make a reprint share nearly every shingle and two unrelated articles almost none. */
export const SHINGLE_WORDS = 5;

/**
 * The words of a text for comparison: the engine's normalisation (hamza forms, taa marbuta, alef maqsura,
 * tashkeel, tatweel, Arabic-Indic digits, case) with every punctuation mark or symbol a word break, so a reprint
 * that only changed commas, quotes or «» still has the same words.
 */
export function comparisonWords(text: string): string[] {
  return normalizeArabic(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** FNV-1a, 32 bits, over UTF-16 code units: fast and stable across processes (the band keys are stored). */
export function fnv1a(text: string, seed = 0x811c9dc5): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * The hashed word shingles of a text (a set: repeated phrases count once). A text shorter than one shingle
 * is a single shingle of all its words, so a short text is only ever the same as an identical one.
 */
export function shingleHashes(text: string, size = SHINGLE_WORDS): Set<number> {
  const words = comparisonWords(text);
  const hashes = new Set<number>();
  if (!words.length) return hashes;
  const k = Math.min(size, words.length);
  // fnv1a(words.slice(i, i + k).join(' ')) without building the joined string (an import hashes ~400 per article).
  const FNV_OFFSET = 0x811c9dc5;
  const SPACE = 0x20;
  for (let i = 0; i + k <= words.length; i++) {
    let hash = FNV_OFFSET;
    for (let j = i; j < i + k; j++) {
      if (j > i) hash = Math.imul(hash ^ SPACE, 0x01000193);
      const word = words[j];
      for (let c = 0; c < word.length; c++) hash = Math.imul(hash ^ word.charCodeAt(c), 0x01000193);
    }
    hashes.add(hash >>> 0);
  }
  return hashes;
}

/** Exact Jaccard similarity |A ∩ B| / |A ∪ B| of two shingle sets; 0 when both are empty. */
export function jaccard(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  if (!a.size || !b.size) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const value of small) if (large.has(value)) shared++;
  return shared / (a.size + b.size - shared);
}
