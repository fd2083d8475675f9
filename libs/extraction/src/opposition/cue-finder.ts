import { normalizeWithOffsets, toOriginalRange, type NormalizedText } from '../normalize.js';

/** One cue found in a text: the original words (as the reader sees them) and where they sit in the normalized text. */
export type CueHit = { cue: string; quote: string; start: number; end: number };

const ARABIC = /[\u0600-\u06ff]/;
const LETTER = /[\p{L}\p{N}]/u;
/** Clitics that may stand before an Arabic word: conjunctions and prepositions, at most two (وب, فل), before ال. */
const CLITICS = 'وفبل';
/** Suffixes an Arabic cue may carry: pronouns, plural and dual endings (after normalisation: ة → ه, ى → ي). */
const SUFFIXES = ['هم', 'ها', 'هن', 'ته', 'تها', 'وا', 'ون', 'ين', 'ات', 'ان', 'ه', 'ت', 'ا', 'ي', 'ن'];

const isLetter = (text: string, i: number) => i >= 0 && i < text.length && LETTER.test(text[i]);

function startsWord(text: string, i: number, arabic: boolean): boolean {
  if (!isLetter(text, i - 1)) return true;
  if (!arabic) return false;
  // The article ال (الميليشيات, للميليشيات), then up to two clitic letters, at the start of a word.
  let at = text.startsWith('ال', i - 2) ? i - 2 : text[i - 1] === 'ل' && text[i - 2] === 'ل' ? i - 1 : i;
  if (!isLetter(text, at - 1)) return true;
  for (let k = 0; k < 2; k++) {
    if (!CLITICS.includes(text[at - 1] ?? '')) return false;
    at--;
    if (!isLetter(text, at - 1)) return true;
  }
  return false;
}

function endsWord(text: string, end: number, arabic: boolean): number | null {
  if (!isLetter(text, end)) return end;
  if (!arabic) return null;
  for (const suffix of SUFFIXES) {
    if (text.startsWith(suffix, end) && !isLetter(text, end + suffix.length)) return end + suffix.length;
  }
  return null;
}

/** Finds whole-word occurrences of cues in one text; normalise the text once, look up many cue lists. */
export class CueFinder {
  private readonly norm: NormalizedText;

  constructor(private readonly original: string) {
    this.norm = normalizeWithOffsets(original, false);
  }

  /** Every hit of every cue, in text order; cues already normalised (see normalizeCues). */
  find(cues: readonly string[]): CueHit[] {
    const hits: CueHit[] = [];
    const text = this.norm.text;
    for (const cue of cues) {
      if (!cue) continue;
      const arabic = ARABIC.test(cue);
      for (let at = text.indexOf(cue); at >= 0; at = text.indexOf(cue, at + 1)) {
        if (!startsWord(text, at, arabic)) continue;
        const end = endsWord(text, at + cue.length, arabic);
        if (end === null) continue;
        const [from, to] = toOriginalRange(this.norm, at, end);
        hits.push({ cue, quote: this.original.slice(from, to), start: at, end });
      }
    }
    return hits.sort((x, y) => x.start - y.start || y.end - x.end);
  }
}

/** Cues in matching form, longest first so that a longer reading is tried before its parts. */
export function normalizeCues(cues: readonly string[]): string[] {
  return [...new Set(cues.map((cue) => normalizeWithOffsets(cue.trim(), false).text).filter(Boolean))].sort(
    (x, y) => y.length - x.length,
  );
}
