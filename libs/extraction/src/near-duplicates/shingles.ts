import { normalizeArabic, normalizedArabicUnits } from '../normalize.js';

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
 *
 * The same words as comparisonWords() and the same hash as fnv1a(words.slice(i, i + k).join(' ')), found in one
 * scan of the normalized code units instead of a regex split into strings: an import shingles every article and
 * every candidate it is compared with (the stored band keys depend on these hashes, so they must never change;
 * shingles.spec.ts holds the two definitions equal).
 */
export function shingleHashes(text: string, size = SHINGLE_WORDS): Set<number> {
  const units = normalizedArabicUnits(text);
  const { starts, ends } = wordBounds(units);
  const count = starts.length;
  const hashes = new Set<number>();
  if (!count) return hashes;
  const k = Math.min(size, count);
  const FNV_OFFSET = 0x811c9dc5;
  const SPACE = 0x20;
  for (let i = 0; i + k <= count; i++) {
    let hash = FNV_OFFSET;
    for (let j = i; j < i + k; j++) {
      if (j > i) hash = Math.imul(hash ^ SPACE, 0x01000193);
      for (let c = starts[j]; c < ends[j]; c++) hash = Math.imul(hash ^ units[c], 0x01000193);
    }
    hashes.add(hash >>> 0);
  }
  return hashes;
}

/** [start, end) of each maximal run of letters and digits (\p{L}\p{N}, by code point), as split() finds the words. */
function wordBounds(units: Uint16Array): { starts: number[]; ends: number[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  let start = -1;
  for (let i = 0; i < units.length;) {
    const c = units[i];
    const next = i + 1 < units.length ? units[i + 1] : 0;
    const pair = c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
    const inWord = pair ? isWordCodePoint(((c - 0xd800) << 10) + (next - 0xdc00) + 0x10000) : isWordUnit(c);
    if (inWord) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      starts.push(start);
      ends.push(i);
      start = -1;
    }
    i += pair ? 2 : 1;
  }
  if (start >= 0) {
    starts.push(start);
    ends.push(units.length);
  }
  return { starts, ends };
}

const WORD_CODE_POINT = /^[\p{L}\p{N}]$/u;
/** Per BMP code unit: 0 not yet classified, 1 letter or digit, 2 anything else (a lone surrogate included). */
const unitClass = new Uint8Array(0x10000);

function isWordUnit(unit: number): boolean {
  let known = unitClass[unit];
  if (known === 0) {
    known = unit >= 0xd800 && unit <= 0xdfff ? 2 : WORD_CODE_POINT.test(String.fromCharCode(unit)) ? 1 : 2;
    unitClass[unit] = known;
  }
  return known === 1;
}

const astralClass = new Map<number, boolean>();

function isWordCodePoint(codePoint: number): boolean {
  let known = astralClass.get(codePoint);
  if (known === undefined) astralClass.set(codePoint, (known = WORD_CODE_POINT.test(String.fromCodePoint(codePoint))));
  return known;
}

/** Exact Jaccard similarity |A ∩ B| / |A ∪ B| of two shingle sets; 0 when both are empty. */
export function jaccard(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  if (!a.size || !b.size) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const value of small) if (large.has(value)) shared++;
  return shared / (a.size + b.size - shared);
}
