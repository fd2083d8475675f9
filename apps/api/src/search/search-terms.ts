import { normalizeArabic } from '@claimline/extraction';

/**
 * The word index behind the claims search (`claim_terms`). A claim is indexed under every distinct
 * word of its normalized text; a query word matches a claim when it is a prefix of one of those
 * terms (a range scan on the (term, claim_id) primary key instead of `LIKE '%…%'` over every text).
 * Both sides go through normalizeArabic, so hamza forms, taa marbuta, alef maqsura and diacritics
 * still fold together.
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

/** Proclitics (conjunction/preposition, optionally + article) that glue onto a word: «وطرابلس», «بالمستشفي». */
const ARTICLE_CLITICS = ['وال', 'فال', 'بال', 'كال'];
const LETTER_CLITICS = ['و', 'ف', 'ب', 'ل', 'ك'];

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
 * Extra terms for a word with a clitic prefix, so that a search for «طرابلس» or «المستشفي» finds
 * «وطرابلس» and «بالمستشفي». The stem must keep ≥ 3 letters so short words are not cut to noise.
 */
function stems(word: string): string[] {
  const out: string[] = [];
  const article = ARTICLE_CLITICS.find((prefix) => word.startsWith(prefix));
  if (article && word.length - 3 >= 3) {
    out.push(word.slice(1), word.slice(3)); // «بالمستشفي» → «المستشفي», «مستشفي»
  } else if (word.startsWith('لل') && word.length - 2 >= 3) {
    out.push(`ال${word.slice(2)}`, word.slice(2)); // «للجيش» = ل + الجيش
  } else if (word.startsWith('ال') && word.length - 2 >= 3) {
    out.push(word.slice(2));
  } else if (LETTER_CLITICS.includes(word[0]) && word.length - 1 >= 3) {
    out.push(word.slice(1));
  }
  return out;
}

/** Distinct terms of a claim text already passed through normalizeArabic (claims.text_normalized). */
export function termsOf(textNormalized: string): string[] {
  const terms = new Set<string>();
  for (const word of words(textNormalized)) {
    if (STOPWORDS.has(word)) continue;
    terms.add(word);
    for (const stem of stems(word)) if (!STOPWORDS.has(stem)) terms.add(stem);
  }
  return [...terms];
}

/**
 * The words of a search query that the index can answer (each must be a prefix of a claim's term),
 * or [] when the query has none — then the caller falls back to the substring scan.
 */
export function queryWords(q: string): string[] {
  return [...new Set(words(normalizeArabic(q)).filter((word) => !STOPWORDS.has(word)))];
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
