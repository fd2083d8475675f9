import type { Cue } from '../cues.js';
import { AR_AFFILIATION_ADJECTIVES } from '../data/affiliations.js';
import type { PhraseMatch } from '../phrase-matcher.js';
import type { Sentence } from '../segment.js';
import { isBackReferenceHead, type ResolvedSource } from '../sources.js';
import { COMMAS } from '../data/clause-words.js';
import { NOT_A_SOURCE_START, TERMINATORS, TITLES } from './arabic-mention.js';
import { COMPLEMENTIZERS } from './shared.js';
import type { AttributionContext } from './types.js';

/**
 * Where the subject of an Arabic speech verb ends and its object begins: adverbials set off by commas, addressees
 * («أبلغ X Y»), objects after a registry subject («طالبت مصر الأطراف بـ…») and subjects placed before the verb.
 */

/** «من جهته»، «بدوره»، «في تصريح …»، «أيضا» between commas right after the verb. */
const ADVERBIAL_HEADS = new Set(['من', 'بدوره', 'بدورها', 'بدورهم', 'في', 'ايضا', 'كذلك', 'اليوم', 'امس']);
const ADVERBIAL_TOKENS = 6;

/** «وقال، من جهته، قنونو إن …»: the token after an adverbial set off by commas, else `at`. */
export function afterAdverbial(context: AttributionContext, at: number, limit: number): number {
  const { tokens } = context;
  if (!COMMAS.has(tokens.text[at]) || !ADVERBIAL_HEADS.has(tokens.text[at + 1])) return at;
  for (let k = at + 2; k < Math.min(limit, at + 2 + ADVERBIAL_TOKENS); k++) {
    const word = tokens.text[k];
    if (TERMINATORS.has(word) || COMPLEMENTIZERS.has(word) || context.cueStarts[k]) return at;
    if (!COMMAS.has(word)) continue;
    // Only when a subject follows: «وقال، من جهته، إن …» keeps its elided subject.
    return COMPLEMENTIZERS.has(tokens.text[k + 1]) ? at : k + 1;
  }
  return at;
}

/** Verbs of telling, calling on and urging: their object is the addressee, never the speaker. */
const ADDRESSING = new Set(['ابلغ', 'اطلع', 'دعا', 'حث', 'طالب', 'ناشد']);

/**
 * «أبلغ سلامة مجلس الأمن بأن …», «دعا الوزير الأمم المتحدة إلى …»: a registry name after a known subject (a
 * surname, a back-reference or a registry name) is the addressee. Returns the token the subject ends at, else -1.
 */
export function addresseeStart(context: AttributionContext, cue: Cue, from: number, to: number): number {
  if (!ADDRESSING.has(cue.lemma)) return -1;
  const { tokens, resolver } = context;
  const named = resolver.aliases.findAll(tokens, from, to);
  const addressee = named.find((m) => m.firstToken > from);
  if (!addressee || addressee.firstToken - from > 3 || named[0].firstToken === from) return -1;
  for (let k = from; k < addressee.firstToken; k++)
    if (!tokens.isWord[k] || TITLES.has(tokens.text[k]) || tokens.text[k] === 'باسم') return -1;
  const subject = resolver.resolve(tokens, from, addressee.firstToken, context.history, 'ar');
  return subject && (subject.key !== null || subject.backReference) ? addressee.firstToken : -1;
}

/** Words after a subject that still belong to it: titles, its apposition, affiliation, place or nationality. */
export function startsObject(context: AttributionContext, at: number): boolean {
  const word = context.tokens.text[at];
  if (!context.tokens.isWord[at] || TITLES.has(word) || NOT_A_SOURCE_START.has(word) || word.startsWith('ب'))
    return false;
  if (AR_AFFILIATION_ADJECTIVES.includes(word) || context.resolver.aliases.matchAt(context.tokens, at)) return false;
  return context.resolver.headHintEnd(context.tokens, at - 1, at + 3) < 0 && !/^ال.*(ي|يه|يين|يون)$/.test(word);
}

/** «البيان»، «النائبة الليبية»: where a back-reference head (and one nisba adjective) at `from` ends, else -1. */
export function backReferenceSubjectEnd(context: AttributionContext, from: number): number {
  const { text } = context.tokens;
  if (!isBackReferenceHead(text[from]) || text[from + 1] === 'باسم') return -1;
  return /^ال.*(ي|يه)$/.test(text[from + 1]) ? from + 2 : from + 1;
}

function hasWordBetween(context: AttributionContext, from: number, to: number, words: Set<string>): boolean {
  for (let k = from; k < to; k++) if (words.has(context.tokens.text[k])) return true;
  return false;
}

/** A registry name ending right before the verb (or its comma), outside quotations: a subject placed first. */
export function nameRightBefore(
  context: AttributionContext,
  sentence: Sentence,
  cue: PhraseMatch<Cue>,
  afterComplementizer = false,
): ResolvedSource | null {
  const { tokens, resolver, segmentation } = context;
  let end = cue.firstToken;
  if (COMMAS.has(tokens.text[end - 1])) end--;
  if (end <= sentence.firstToken || segmentation.quoted[end - 1]) return null;
  const match = resolver.aliases.findAll(tokens, Math.max(sentence.firstToken, end - 6), end).pop();
  if (!match || match.endToken !== end) return null;
  // A headline («فلان يعلن …») has no complementizer before its subject; a reported clause («يذكر أن فلان أعلن») has.
  const from = Math.max(sentence.firstToken, match.firstToken - 8);
  if (afterComplementizer && !hasWordBetween(context, from, match.firstToken, COMPLEMENTIZERS)) return null;
  return resolver.resolve(tokens, match.firstToken, match.endToken, context.history, 'ar');
}
