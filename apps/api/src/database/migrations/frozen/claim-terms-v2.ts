import type { QueryRunner } from 'typeorm';

/**
 * The claim_terms tokenizer as it was when ClaimTermsArticleStems1768500000000 shipped (a word with the article is
 * indexed by its stem alone), copied here so that migration gives the same result whatever later becomes of
 * search/search-terms.ts. Do not edit: a new tokenizer that must be backfilled gets a new migration and its own copy.
 */

/** varchar(64) in claim_terms; longer words are cut. */
const MAX_TERM_LENGTH = 64;

/** Words too frequent to narrow anything. Normalized spellings. */
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
function termsOf(textNormalized: string): string[] {
  const terms = new Set<string>();
  for (const word of words(textNormalized)) {
    if (STOPWORDS.has(word)) continue;
    for (const term of wordTerms(word)) terms.add(term);
  }
  return [...terms];
}

/** (term, claim_id) pairs per INSERT: 2 parameters each, under SQLite's 32 766 bound parameters. */
const PAIRS_PER_INSERT = 5000;

/**
 * Rewrites claim_terms from claims.text_normalized in keyset batches of `batch` claims: each batch's old terms are
 * deleted by the claim_id index and its new terms inserted, so no statement touches the whole table at once.
 */
export async function reindexClaimTermsV2(queryRunner: QueryRunner, batch = 5000): Promise<void> {
  let after = 0;
  for (;;) {
    const rows = (await queryRunner.query(
      `SELECT id, text_normalized AS textNormalized FROM claims WHERE id > ? ORDER BY id LIMIT ${Number(batch)}`,
      [after],
    )) as { id: number | string; textNormalized: string }[];
    if (!rows.length) break;
    const last = Number(rows[rows.length - 1].id);
    await queryRunner.query('DELETE FROM claim_terms WHERE claim_id > ? AND claim_id <= ?', [after, last]);
    let pairs: unknown[] = [];
    const flush = async () => {
      if (!pairs.length) return;
      await queryRunner.query(
        `INSERT INTO claim_terms (term, claim_id) VALUES ${'(?, ?), '.repeat(pairs.length / 2 - 1)}(?, ?)`,
        pairs,
      );
      pairs = [];
    };
    for (const row of rows) {
      for (const term of termsOf(row.textNormalized)) pairs.push(term, Number(row.id));
      if (pairs.length >= PAIRS_PER_INSERT * 2) await flush();
    }
    await flush();
    after = last;
  }
}
