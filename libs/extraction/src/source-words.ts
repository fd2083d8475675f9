import type { SourceRegistryEntry } from '@claimline/contracts';
import { COMMAS } from './data/clause-words.js';
import { AR_AFFILIATION_ADJECTIVES } from './data/affiliations.js';
import { isChannelStart } from './attribution/channels.js';
import { ADDRESSEES, EXPERT_WORDS, SPEAKER_PHRASE_STOPS, SPEAKER_ROLE_NOUNS } from './data/person-words.js';
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

/** «الناطق باسم …»: the word that makes the next registry name a title's complement (whose spokesman), not the speaker. */
const TITLE_COMPLEMENT_WORDS = new Set(['باسم']);

/**
 * The speaker among the registry names of a mention: the longest one not introduced as an
 * affiliation ("GNA spokesman Mohamed Gnounou" → Gnounou); ties go to the latest (title, then name).
 * A body named as an affiliation or a title's complement yields to any name after it: «الناطق باسم
 * الجيش الوطني الليبي، أحمد المسماري», "the spokesman for the Libyan National Army, Ahmed al-Mismari".
 */
export function pickSubjectAlias(
  tokens: Tokens,
  matches: PhraseMatch<SourceRegistryEntry>[],
  from: number,
): PhraseMatch<SourceRegistryEntry> | undefined {
  let best: PhraseMatch<SourceRegistryEntry> | undefined;
  let bestIsComplement = false;
  for (const match of matches) {
    const before = wordBefore(tokens, match.firstToken, from);
    const affiliated =
      (before >= 0 && AFFILIATION_WORDS.has(tokens.text[before])) ||
      (best !== undefined && backerBefore(tokens, match.firstToken, Math.max(from, best.endToken)));
    const complement = affiliated || (before >= 0 && TITLE_COMPLEMENT_WORDS.has(tokens.text[before]));
    if (affiliated && best) continue;
    const longest = match.endToken - match.firstToken >= (best ? best.endToken - best.firstToken : 0);
    if (!best || (bestIsComplement && !complement) || (!affiliated && longest)) {
      best = match;
      bestIsComplement = complement;
    }
  }
  return best;
}

/** Words between an affiliation adjective and the name it governs: «الداعمان الرئيسان للمشير الليبي خليفة حفتر». */
const BACKER_REACH = 4;
const BACKER_ADJECTIVES = new Set(AR_AFFILIATION_ADJECTIVES);

/**
 * «الولايات المتحدة ومصر الداعمان الرئيسان للمشير الليبي خليفة حفتر»: an affiliation adjective a few words before a
 * registry name, after the speaker's own name, makes that name whom the speaker backs, not a second speaker.
 */
function backerBefore(tokens: Tokens, at: number, after: number): boolean {
  for (let i = at - 1; i >= Math.max(after, at - BACKER_REACH); i--)
    if (BACKER_ADJECTIVES.has(tokens.text[i])) return true;
  return false;
}

/** The token before a registry name inside a mention, past an English article ("for the Libyan National Army"); -1 at its start. */
function wordBefore(tokens: Tokens, at: number, from: number): number {
  let before = at - 1;
  if (before > from && ARTICLES.has(tokens.text[before])) before--;
  return before >= from ? before : -1;
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

/** Most words of a parenthesised short name inside a mention: "(LNA)", «(الجيش الوطني الليبي)». */
const PARENTHESISED_NAME_WORDS = 4;

/** "the Libyan National Army (LNA) Ahmed al-Mismari": the closing parenthesis of a short name opened at `open`, else -1. */
export function parenthesisedNameEnd(tokens: Tokens, open: number, to: number): number {
  for (let k = open + 1; k < Math.min(to, open + PARENTHESISED_NAME_WORDS + 2); k++) {
    if (tokens.text[k] === ')') return k > open + 1 && k + 1 < to ? k : -1;
    if (!tokens.isWord[k]) return -1;
  }
  return -1;
}

/** «بحسب ما أكد بيان للمجلس»: words that relay a body rather than name who in it spoke; its name alone is the mention. */
const RELAYING_HEADS = new Set(['بحسب', 'حسب', 'حسبما', 'وفق', 'وفقا', 'according', 'as', 'per']);
/** «بحسب ما أعلن المتحدث»: the relayed verb heads the span after these. */
const RELAYED_VERB_MARKERS = new Set(['ما', 'حسبما', 'كما']);
/** "the contractors that UN experts": an English span holding a clause is not one speaker's phrase. */
const CLAUSE_WORDS = new Set([
  'that',
  'does',
  'do',
  'did',
  'not',
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'had',
  'says',
  'said',
]);

/**
 * Whether the words [from, aliasStart) before a registry name are a speaker's title or name («العقيد سالم الفيتوري قائد
 * عمليات», "Kremlin spokesman"), not a relay («بحسب ما أعلن»), an addressee («للصحفيين») or a clause.
 */
function speakerHead(tokens: Tokens, from: number, aliasStart: number, language: 'ar' | 'en'): boolean {
  // «وبحسب»، «فحسب»: a conjunction may be written on the first word.
  const word = tokens.text[from].replace(/^[وف](?=..)/, '');
  if (RELAYING_HEADS.has(word) || RELAYING_HEADS.has(tokens.text[from]) || ADDRESSEES.has(word)) return false;
  if (from > 0 && RELAYED_VERB_MARKERS.has(tokens.text[from - 1])) return false;
  if (language === 'en') for (let k = from; k < aliasStart; k++) if (CLAUSE_WORDS.has(tokens.text[k])) return false;
  return true;
}

/** The end of a speaker's phrase that goes on after a body's name: up to a comma, a stop word or the mention's end. */
function speakerPhraseEnd(tokens: Tokens, from: number, to: number): number {
  let k = from;
  while (
    k < to &&
    !COMMAS.has(tokens.text[k]) &&
    !SPEAKER_PHRASE_STOPS.has(tokens.text[k]) &&
    !ADDRESSEES.has(tokens.text[k]) &&
    !isChannelStart(tokens, k)
  )
    k++;
  while (k > from && !tokens.isWord[k - 1]) k--;
  return k;
}

/** "an Egyptian foreign ministry official", "the UN's Libya mission": an English tail of a few words ending in a role noun. */
function roleNounTail(tokens: Tokens, from: number, to: number): boolean {
  const end = speakerPhraseEnd(tokens, from, to);
  return end > from && end - from <= ROLE_TAIL_TOKENS && SPEAKER_ROLE_NOUNS.has(tokens.text[end - 1]);
}
const ROLE_TAIL_TOKENS = 4;

/**
 * The offsets of a registry speaker's mention: the alias, or the speaker's whole phrase when words around it say who
 * in that body spoke («العقيد سالم الفيتوري قائد عمليات سلاح الجو», "an Egyptian foreign ministry official"); the body
 * still gives the camp. `head` is the mention's first word past its articles.
 */
export function speakerMention(
  tokens: Tokens,
  alias: PhraseMatch<SourceRegistryEntry>,
  from: number,
  head: number,
  to: number,
  language: 'ar' | 'en',
): { start: number; end: number } {
  const titled = alias.firstToken > head && speakerHead(tokens, from, alias.firstToken, language);
  const roleTail = language === 'en' && roleNounTail(tokens, alias.endToken, to);
  const phraseEnd = titled || roleTail ? Math.max(alias.endToken, speakerPhraseEnd(tokens, alias.endToken, to)) : 0;
  return {
    start: titled ? tokens.start[from] : alias.start,
    end: phraseEnd > 0 ? tokens.end[phraseEnd - 1] : alias.end,
  };
}
