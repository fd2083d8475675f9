import { normalizeArabic } from '@claimline/extraction';

/**
 * The word index behind the claims search (`claim_terms`). A claim is indexed under every distinct
 * word of its normalized text; a query word matches a claim when it is a prefix of one of those
 * terms (a range scan on the (term, claim_id) primary key instead of `LIKE '%…%'` over every text).
 * Both sides go through normalizeArabic, so hamza forms, taa marbuta, alef maqsura and diacritics
 * still fold together, and both drop the definite article (with the proclitics before it), so a word typed
 * with or without it finds the other. A query word with its article and fewer than three letters after it
 * («المس») is a prefix of nothing indexed: the article-free stems are.
 */

/** varchar(64) in claim_terms; longer words are cut (a query word is cut the same way). */
export const MAX_TERM_LENGTH = 64;

/**
 * Words too frequent to narrow anything; indexing them would add rows to almost every claim. A query
 * made only of these (or of 1-letter words) falls back to the substring scan. Normalized spellings.
 */
const STOPWORDS = new Set([
  'في',
  'من',
  'الي',
  'علي',
  'عن',
  'ان',
  'او',
  'ما',
  'لا',
  'مع',
  'ثم',
  'قد',
  'هذا',
  'هذه',
  'ذلك',
  'تلك',
  'التي',
  'الذي',
  'الذين',
  'كما',
  'لم',
  'لن',
  'هو',
  'هي',
  'بين',
  'كل',
  'بعد',
  'قبل',
  'حتي',
  'اذا',
  'the',
  'of',
  'and',
  'to',
  'in',
  'on',
  'at',
  'by',
  'for',
  'with',
  'is',
  'was',
  'are',
  'were',
  'be',
  'it',
  'as',
  'an',
  'or',
  'that',
  'this',
  'from',
]);

/**
 * The definite article with any proclitic before it: «ال», «لل» (ل + ال), «وال», «فال», «بال», «كال».
 * Unambiguous in front of three letters or more, so a word so spelled is indexed by its bare stem only.
 */
const ARTICLE_PREFIXES = ['وال', 'فال', 'بال', 'كال', 'لل', 'ال'];
/** One-letter proclitics (conjunction, preposition). Ambiguous: «وزير» is a word, not و + «زير». */
const LETTER_CLITICS = ['و', 'ف', 'ب', 'ل', 'ك'];
/** A stem must keep this many letters, so short words are not cut to noise. */
const MIN_STEM_LETTERS = 3;

/** Letters and digits of any script; everything else separates words. */
const SEPARATOR = /[^\p{L}\p{N}]+/u;

function words(normalized: string): string[] {
  return normalized
    .toLowerCase()
    .split(SEPARATOR)
    .filter((word) => word.length >= 2)
    .map((word) => word.slice(0, MAX_TERM_LENGTH));
}

/**
 * A word without its article and the proclitics before it («بالمستشفي», «المستشفي» → «مستشفي»), or the word
 * itself. The index and the query both go through it, so «المستشفي» finds «بالمستشفي» and «مستشفي» through one
 * term range, and the index holds one row for such a word instead of the word and each of its shorter forms.
 * A stem that is a stopword («البعد» → «بعد») keeps the word: the stem would not be indexed.
 */
function withoutArticle(word: string): string {
  const prefix = ARTICLE_PREFIXES.find((article) => word.startsWith(article));
  if (!prefix || word.length - prefix.length < MIN_STEM_LETTERS) return word;
  const stem = word.slice(prefix.length);
  return STOPWORDS.has(stem) ? word : stem;
}

/**
 * The terms of one word that is not a stopword: its article-free form; or, after a one-letter proclitic, the
 * word and its stem («وطرابلس» → «وطرابلس», «طرابلس»), since the letter may belong to the word.
 */
function wordTerms(word: string): string[] {
  const folded = withoutArticle(word);
  if (folded !== word) return [folded];
  if (!LETTER_CLITICS.includes(word[0]) || word.length - 1 < MIN_STEM_LETTERS) return [word];
  const stem = withoutArticle(word.slice(1)); // «وللجيش» → «جيش»
  return STOPWORDS.has(stem) ? [word] : [word, stem];
}

/** Distinct terms of a claim text already passed through normalizeArabic (claims.text_normalized). */
export function termsOf(textNormalized: string): string[] {
  const terms = new Set<string>();
  for (const word of words(textNormalized)) {
    if (STOPWORDS.has(word)) continue;
    for (const term of wordTerms(word)) terms.add(term);
  }
  return [...terms];
}

/**
 * The words of a search query that the index can answer (each must be a prefix of a claim's term),
 * or [] when the query has none — then the caller falls back to the substring scan.
 */
export function queryWords(q: string): string[] {
  const kept = words(normalizeArabic(q)).filter((word) => !STOPWORDS.has(word));
  return [...new Set(kept.map(withoutArticle))];
}

/**
 * [from, to) bounds of every string that starts with `prefix`, in code-point (binary) order: the
 * primary-key range for `term LIKE 'prefix%'` on both dialects, whatever LIKE's case rules are.
 */
export function prefixRange(prefix: string): { from: string; to: string } {
  const chars = [...prefix];
  const last = chars.pop() as string;
  return { from: prefix, to: chars.join('') + String.fromCodePoint(last.codePointAt(0)! + 1) };
}
