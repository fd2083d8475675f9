import type { SourceRegistryEntry } from '@claimline/contracts';
import { AR_AFFILIATION_ADJECTIVES } from './data/affiliations.js';
import { EXPERT_WORDS } from './data/person-words.js';
import type { PhraseMatch } from './phrase-matcher.js';
import type { Tokens } from './tokens.js';

/** Word classes and helpers the source resolver reads a mention with (sources.ts). */
export const MENTION_BREAKS = new Set(['-', '(', 'الذي', 'التي', 'الذين', 'who', 'which', 'whose']);

/** Nouns whose relative clause names the issuer: «البيان الذي أصدرته الوزارة». */
export const DOCUMENT_NOUNS = new Set(['بيان', 'البيان', 'تقرير', 'التقرير', 'بيانا']);
export const RELATIVE_PRONOUNS = new Set(['الذي', 'التي']);
/** «بيان صادر عن …»: the participle "issued" before the issuer. */
export const ISSUED = new Set(['صادر', 'صادرا', 'الصادر', 'صادره', 'الصادره']);
export const ARTICLES = new Set(['a', 'an', 'the', 'one', 'two', 'several', 'senior', 'local']);
/** Words that mark the next registry name as an affiliation, not as the speaker. */
export const AFFILIATION_WORDS = new Set([
  ...AR_AFFILIATION_ADJECTIVES,
  'تابع',
  'تابعه',
  'التابعين',
  'الموالين',
  'موالي',
  'مواليه',
  'مقرب',
  'في',
  'من',
  'ب',
  'داخل',
  'لدي',
  'بحكومه',
  'بقوات',
  'loyal',
  'to',
  'with',
  'in',
  'from',
  'within',
  'allied',
  'aligned',
  'close',
  'affiliated',
  'for',
  'of',
  'backing',
]);

export const DIPLOMATIC_WORDS = new Set([
  'دبلوماسيه',
  'دبلوماسي',
  'دبلوماسيون',
  'دبلوماسيين',
  'diplomatic',
  'diplomat',
  'diplomats',
]);

/** Back-reference types that name a government body: with no antecedent of the type they are new sources. */
export const SPOKESMAN_OF = new Set(['المتحدث', 'الناطق', 'المتحدثه', 'الناطقه']);
export const GOVERNMENT_TYPES = new Set(['وزار', 'مديري', 'حكوم', 'ministry']);

export function expertAt(tokens: Tokens, from: number, to: number): number {
  for (let i = from; i < to; i++) if (EXPERT_WORDS.has(tokens.text[i])) return i;
  return -1;
}

/**
 * The speaker among the registry names of a mention: the longest one not introduced as an
 * affiliation ("GNA spokesman Mohamed Gnounou" → Gnounou); ties go to the latest (title, then name).
 */
export function pickSubjectAlias(
  tokens: Tokens,
  matches: PhraseMatch<SourceRegistryEntry>[],
  from: number,
): PhraseMatch<SourceRegistryEntry> | undefined {
  let best: PhraseMatch<SourceRegistryEntry> | undefined;
  for (const match of matches) {
    const affiliated = match.firstToken > from && AFFILIATION_WORDS.has(tokens.text[match.firstToken - 1]);
    if (affiliated && best) continue;
    // On a tie the later name wins: "Deputy UN envoy Stephanie Williams" is Williams, not the envoy.
    if (!best || (!affiliated && match.endToken - match.firstToken >= best.endToken - best.firstToken)) best = match;
  }
  return best;
}

/**
 * «دعا المجلس الرئاسي الأمم المتحدة إلى»: in Arabic verb–subject–object order a registry name opening the
 * mention is the subject; a directly following name of another camp is the object, not an apposed title.
 */
export function verbSubjectFirst(
  tokens: Tokens,
  matches: PhraseMatch<SourceRegistryEntry>[],
  from: number,
): PhraseMatch<SourceRegistryEntry> | undefined {
  const [subject, next] = matches;
  if (
    !subject ||
    !next ||
    subject.firstToken !== from ||
    next.firstToken !== subject.endToken ||
    next.value.camp === subject.value.camp
  )
    return undefined;
  // «وزارة الصحة بالحكومة المؤقتة»: a name behind a clitic preposition qualifies the first one.
  if (next.start > tokens.start[next.firstToken]) return undefined;
  return AFFILIATION_WORDS.has(tokens.text[next.firstToken - 1]) ? undefined : subject;
}

export function hasAny(tokens: Tokens, from: number, to: number, words: Set<string>): boolean {
  for (let i = from; i < to; i++) if (words.has(tokens.text[i])) return true;
  return false;
}
