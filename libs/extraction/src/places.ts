import type { GazetteerEntry } from '@claimline/contracts';
import { PhraseMatcher, type PhraseMatch } from './phrase-matcher.js';
import type { Segmentation } from './segment.js';
import type { Tokens } from './tokens.js';

/** Distance (normalized characters) within which a place or context word lets an ambiguous name count. */
const CONTEXT_WINDOW = 200;

export type PlaceMatch = PhraseMatch<GazetteerEntry>;

const ARABIC_LETTER = /[\u0600-\u06FF]/;

/** Nouns that name a kind of place (normalized): «مدينة سرت», "the town of X" leave no doubt that X is a place. */
const PLACE_NOUNS = new Set([
  'مدينه',
  'مدينتي',
  'منطقه',
  'منطقتي',
  'بلده',
  'بلديه',
  'قريه',
  'ضاحيه',
  'حي',
  'محور',
  'محاور',
  'city',
  'town',
  'district',
  'area',
  'region',
  'village',
  'suburb',
]);

/** Whether this name of the place is ambiguous: every name, or only those in the language the pack says. */
function needsContext(entry: GazetteerEntry, name: string): boolean {
  if (typeof entry.ambiguous !== 'string') return entry.ambiguous === true;
  return entry.ambiguous === (ARABIC_LETTER.test(name) ? 'ar' : 'en');
}

/**
 * A name that can only mean a place in the conflict's country: context for the ambiguous ones near it. Each name is
 * matched with its own copy of the entry, whose `ambiguous` says whether that name is.
 */
const placesTheCountry = (entry: GazetteerEntry): boolean => !entry.ambiguous && !entry.abroad;

export class PlaceTagger {
  private readonly matcher = new PhraseMatcher<GazetteerEntry>(true);

  /**
   * @param contextWords normalized words that put a paragraph in the conflict's country («ليبيا», "libyan"):
   * an ambiguous place name counts only with one of them, or an unambiguous place in the country, nearby.
   */
  constructor(
    entries: GazetteerEntry[],
    private readonly contextWords: ReadonlySet<string>,
  ) {
    for (const entry of entries)
      for (const name of [entry.nameAr, entry.nameEn, ...entry.aliases])
        this.matcher.add(name, { ...entry, ambiguous: needsContext(entry, name) });
  }

  /** All place names of the document; ambiguous ones only with country context in the paragraph or nearby. */
  tag(tokens: Tokens, segmentation: Segmentation): PlaceMatch[] {
    const found: PlaceMatch[] = [];
    for (const paragraph of segmentation.paragraphs) {
      const matches = this.matcher.findAll(tokens, paragraph.firstToken, paragraph.endToken);
      if (matches.length === 0) continue;
      let inCountryParagraph = matches.some((m) => placesTheCountry(m.value));
      for (let i = paragraph.firstToken; !inCountryParagraph && i < paragraph.endToken; i++)
        inCountryParagraph = this.contextWords.has(tokens.text[i]);
      for (const match of matches) {
        if (
          !match.value.ambiguous ||
          inCountryParagraph ||
          placeNounBefore(tokens, match.firstToken) ||
          this.contextNearby(tokens, match)
        )
          found.push(match);
      }
    }
    return found;
  }

  private contextNearby(tokens: Tokens, match: PlaceMatch): boolean {
    for (let i = match.firstToken - 1; i >= 0 && tokens.start[i] >= match.start - CONTEXT_WINDOW; i--) {
      if (this.contextWords.has(tokens.text[i]) || this.isUnambiguousPlace(tokens, i)) return true;
    }
    for (let i = match.endToken; i < tokens.count && tokens.end[i] <= match.end + CONTEXT_WINDOW; i++) {
      if (this.contextWords.has(tokens.text[i]) || this.isUnambiguousPlace(tokens, i)) return true;
    }
    return false;
  }

  private isUnambiguousPlace(tokens: Tokens, i: number): boolean {
    const m = this.matcher.matchAt(tokens, i);
    return m !== null && placesTheCountry(m.value);
  }
}

/** «بمدينة سرت», «ومنطقة الرملة», "the city of Sirte": a place noun right before the name (clitics aside). */
function placeNounBefore(tokens: Tokens, first: number): boolean {
  let noun = first - 1;
  if (noun >= 0 && tokens.text[noun] === 'of') noun--;
  if (noun < 0) return false;
  const word = tokens.text[noun];
  return PLACE_NOUNS.has(word) || PLACE_NOUNS.has(word.replace(/^و?[بل]?/, ''));
}
