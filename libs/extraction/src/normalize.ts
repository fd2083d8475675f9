/**
 * Normalization for matching. One pass, O(n), with an offset map back into the original text:
 * everything downstream works on the normalized string and converts offsets only at the end.
 */
export type NormalizedText = {
  text: string;
  /** offsets[i] = index in the original text of normalized character i; offsets[text.length] = original length. */
  offsets: Int32Array;
};

const DROP = -1;
const SPACE = 0x20;
const NEWLINE = 0x0a;

/** Maps one UTF-16 code unit: DROP, SPACE/NEWLINE for whitespace, or the replacement code. */
function mapCode(c: number): number {
  if (c < 0x80) {
    if (c === 0x0a) return NEWLINE;
    if (c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0b || c === 0x0c) return SPACE;
    if (c >= 0x41 && c <= 0x5a) return c + 0x20;
    return c;
  }
  if (c >= 0x0600 && c <= 0x06ff) {
    if (c >= 0x064b && c <= 0x0652) return DROP; // tashkeel
    if (c === 0x0670 || c === 0x0640 || c === 0x061c) return DROP; // dagger alif, tatweel, ALM
    if (c === 0x0623 || c === 0x0625 || c === 0x0622 || c === 0x0671) return 0x0627; // alif variants → ا
    if (c === 0x0649) return 0x064a; // ى → ي
    if (c === 0x0629) return 0x0647; // ة → ه
    if (c >= 0x0660 && c <= 0x0669) return c - 0x0660 + 0x30;
    if (c >= 0x06f0 && c <= 0x06f9) return c - 0x06f0 + 0x30;
    if (c === 0x06cc) return 0x064a; // Persian yeh
    if (c === 0x06a9) return 0x0643; // Persian kaf
    return c;
  }
  if (c >= 0x200b && c <= 0x200f) return DROP; // zero-width and direction marks
  if (c === 0x00a0 || c === 0x202f || c === 0x3000 || (c >= 0x2000 && c <= 0x200a)) return SPACE;
  if (c === 0x2028 || c === 0x2029) return NEWLINE;
  if (c === 0x201c || c === 0x201d || c === 0x201e || c === 0x2033) return 0x22; // curly double quotes → "
  if (c === 0x2018 || c === 0x2019 || c === 0x2032) return 0x27; // curly single quotes → '
  if (c === 0x2013 || c === 0x2014) return 0x2d; // dashes → -
  if (c >= 0xc0 && c <= 0xde && c !== 0xd7) return c + 0x20; // Latin-1 capitals
  return c;
}

const decoder = new TextDecoder('utf-16le');

function isLatinLetter(text: string, i: number): boolean {
  const c = text.charCodeAt(i) | 0x20;
  return i >= 0 && i < text.length && c >= 0x61 && c <= 0x7a;
}

/**
 * The dots of a two-letter initialism ("U.N.", "U.S.", "U.K.") are dropped so that it matches like "UN" and
 * never ends a sentence or a source mention early.
 */
function isInitialismDot(text: string, i: number): boolean {
  const single = (at: number): boolean =>
    isLatinLetter(text, at) && !isLatinLetter(text, at - 1) && text[at - 1] !== '.';
  if (single(i - 1) && isLatinLetter(text, i + 1) && text[i + 2] === '.' && !isLatinLetter(text, i + 3)) return true;
  return text[i - 2] === '.' && isLatinLetter(text, i - 1) && !isLatinLetter(text, i - 2) && single(i - 3);
}

/**
 * @param keepNewlines when true a whitespace run containing a newline becomes "\n" (paragraphs
 * stay visible to segmentation); otherwise every run becomes one space.
 */
export function normalizeWithOffsets(original: string, keepNewlines = true): NormalizedText {
  const n = original.length;
  const offsets = new Int32Array(n + 1);
  const { units, length } = normalizeUnits(original, keepNewlines, offsets);
  offsets[length] = n;
  return { text: decoder.decode(units), offsets: offsets.subarray(0, length + 1) };
}

/**
 * normalizeArabic's UTF-16 code units, without the string or the offset map: for a reader that only scans them
 * (near-duplicate shingles hash every word of every imported article and of its candidates).
 */
export function normalizedArabicUnits(text: string): Uint16Array {
  return normalizeUnits(text, false, null).units;
}

/** The normalization pass; writes offsets[i] for each normalized unit i when given. */
function normalizeUnits(
  original: string,
  keepNewlines: boolean,
  offsets: Int32Array | null,
): { units: Uint16Array; length: number } {
  const n = original.length;
  const out = new Uint16Array(n);
  let length = 0;
  let pending = 0; // 0: none, SPACE or NEWLINE
  let pendingIndex = 0;
  for (let i = 0; i < n; i++) {
    const m = mapCode(original.charCodeAt(i));
    if (m === DROP || (m === 0x2e && isInitialismDot(original, i))) continue;
    if (m === SPACE || m === NEWLINE) {
      if (pending === 0) pendingIndex = i;
      if (m === NEWLINE && keepNewlines) pending = NEWLINE;
      else if (pending === 0) pending = SPACE;
      continue;
    }
    if (pending !== 0) {
      if (length > 0) {
        out[length] = pending;
        if (offsets) offsets[length] = pendingIndex;
        length++;
      }
      pending = 0;
    }
    out[length] = m;
    if (offsets) offsets[length] = i;
    length++;
  }
  return { units: out.subarray(0, length), length };
}

/** Matching form of a text (paragraph breaks kept as "\n"). */
export function normalizeForMatching(text: string): string {
  return normalizeWithOffsets(text, true).text;
}

/** Search-key form: like matching, but every whitespace run is one space. */
export function normalizeArabic(text: string): string {
  return normalizeWithOffsets(text, false).text;
}

/** Original [start, end) of the normalized range [normStart, normEnd). */
export function toOriginalRange(norm: NormalizedText, normStart: number, normEnd: number): [number, number] {
  if (normEnd <= normStart) {
    const at = norm.offsets[normStart];
    return [at, at];
  }
  return [norm.offsets[normStart], norm.offsets[normEnd - 1] + 1];
}
