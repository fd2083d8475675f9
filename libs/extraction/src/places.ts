import type { GazetteerEntry } from '@claimline/contracts';
import { PhraseMatcher, type PhraseMatch } from './phrase-matcher.js';
import type { Segmentation } from './segment.js';
import type { Tokens } from './tokens.js';

/** Distance (normalized characters) within which a Libyan place or word lets an ambiguous name count. */
const CONTEXT_WINDOW = 200;
const LIBYAN_WORDS = new Set([
  'ليبيا',
  'ليبي',
  'الليبي',
  'الليبيه',
  'ليبيه',
  'الليبيين',
  'الليبيون',
  'بليبيا',
  'لليبيا',
  'libya',
  'libyan',
  'libyans',
]);

export type PlaceMatch = PhraseMatch<GazetteerEntry>;

export class PlaceTagger {
  private readonly matcher = new PhraseMatcher<GazetteerEntry>(true);

  constructor(entries: GazetteerEntry[]) {
    for (const entry of entries)
      for (const name of [entry.nameAr, entry.nameEn, ...entry.aliases]) this.matcher.add(name, entry);
  }

  /** All place names of the document; ambiguous ones only with Libyan context in the paragraph or nearby. */
  tag(tokens: Tokens, segmentation: Segmentation): PlaceMatch[] {
    const found: PlaceMatch[] = [];
    for (const paragraph of segmentation.paragraphs) {
      const matches = this.matcher.findAll(tokens, paragraph.firstToken, paragraph.endToken);
      if (matches.length === 0) continue;
      let libyanParagraph = matches.some((m) => !m.value.ambiguous);
      for (let i = paragraph.firstToken; !libyanParagraph && i < paragraph.endToken; i++)
        libyanParagraph = LIBYAN_WORDS.has(tokens.text[i]);
      for (const match of matches) {
        if (!match.value.ambiguous || libyanParagraph || this.libyanNearby(tokens, match)) found.push(match);
      }
    }
    return found;
  }

  private libyanNearby(tokens: Tokens, match: PlaceMatch): boolean {
    for (let i = match.firstToken - 1; i >= 0 && tokens.start[i] >= match.start - CONTEXT_WINDOW; i--) {
      if (LIBYAN_WORDS.has(tokens.text[i]) || this.isUnambiguousPlace(tokens, i)) return true;
    }
    for (let i = match.endToken; i < tokens.count && tokens.end[i] <= match.end + CONTEXT_WINDOW; i++) {
      if (LIBYAN_WORDS.has(tokens.text[i]) || this.isUnambiguousPlace(tokens, i)) return true;
    }
    return false;
  }

  private isUnambiguousPlace(tokens: Tokens, i: number): boolean {
    const m = this.matcher.matchAt(tokens, i);
    return m !== null && !m.value.ambiguous;
  }
}
