import type { QueryRunner } from 'typeorm';

/**
 * The claim_terms tokenizer and backfill as they were when ClaimSearchTerms1764800000000 shipped,
 * copied here so that migration gives the same result whatever later becomes of search/search-terms.ts
 * (a changed tokenizer is a job for `npm run db:reindex-search`, not for an old migration).
 * Do not edit: a new tokenizer that must be backfilled gets a new migration and its own copy.
 */

/** varchar(64) in claim_terms; longer words are cut (a query word is cut the same way). */
const MAX_TERM_LENGTH = 64;

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
function termsOf(textNormalized: string): string[] {
  const terms = new Set<string>();
  for (const word of words(textNormalized)) {
    if (STOPWORDS.has(word)) continue;
    terms.add(word);
    for (const stem of stems(word)) if (!STOPWORDS.has(stem)) terms.add(stem);
  }
  return [...terms];
}

/** (term, claim_id) pairs per INSERT: 2 parameters each, under SQLite's 32 766 bound parameters. */
const PAIRS_PER_INSERT = 5000;

/** Rebuilds claim_terms from claims.text_normalized in keyset batches of `batch` claims. */
export async function rebuildClaimTermsV1(queryRunner: QueryRunner, batch = 5000): Promise<void> {
  await queryRunner.query('DELETE FROM claim_terms');
  let after = 0;
  for (;;) {
    const rows = (await queryRunner.query(
      `SELECT id, text_normalized AS textNormalized FROM claims WHERE id > ? ORDER BY id LIMIT ${Number(batch)}`,
      [after],
    )) as { id: number | string; textNormalized: string }[];
    if (!rows.length) break;
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
    after = Number(rows[rows.length - 1].id);
  }
}
