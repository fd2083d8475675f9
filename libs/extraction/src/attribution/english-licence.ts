import type { Cue } from '../cues.js';
import type { PhraseMatch } from '../phrase-matcher.js';
import {
  ADJECTIVAL_BEFORE,
  CLAUSE_OPENERS,
  NEGATORS,
  NOUN_MODIFIERS,
  PLURAL_NOUN_CUES,
  REFUSALS,
  REPORTING,
  TERMINATORS,
  isQuote,
} from './english-words.js';
import type { AttributionContext, ClaimDraft } from './types.js';

/** Whether an English speech verb reports a claim: not negated, passive, adjectival or inside what another verb reports. */

function quoteWithin(context: AttributionContext, from: number, span: number): boolean {
  const { text } = context.tokens;
  for (let i = from; i < Math.min(context.tokens.count, from + span) && !TERMINATORS.has(text[i]); i++)
    if (isQuote(text[i])) return true;
  return false;
}

export function negated(context: AttributionContext, verb: number): boolean {
  const { text } = context.tokens;
  const before = text[verb - 1];
  if (NEGATORS.has(before)) return true;
  // "it has not yet said"
  if (before === 'yet' && NEGATORS.has(text[verb - 2])) return true;
  if (before === 'to' && REFUSALS.has(text[verb - 2])) return true;
  // "Shells slammed into the hospital": motion, not criticism.
  if (text[verb + 1] === 'into') return true;
  // "a group called X", "what he called …": "called" reports only an epithet in quotation marks ("called the attack "barbaric"").
  if ((text[verb] === 'called' || text[verb] === 'calls') && text[verb + 1] !== 'for' && text[verb + 1] !== 'on') {
    if (text[verb - 1] === 'what' || text[verb - 2] === 'what' || !quoteWithin(context, verb + 1, 8)) return true;
  }
  // "doctors have long warned": a habitual background statement, not a reported claim.
  if (before === 'long' && /^(have|has|had)$/.test(text[verb - 2] ?? '')) return true;
  // "repeated international calls for a ceasefire": a plural noun after an adjective.
  if (NOUN_MODIFIERS.has(before) && PLURAL_NOUN_CUES.has(text[verb])) return true;
  // "reports carried by", "the figures estimated by": a passive participle.
  if (text[verb + 1] === 'by' && /ed$/.test(text[verb])) return true;
  if (
    ADJECTIVAL_BEFORE.has(before) &&
    /ed$/.test(text[verb]) &&
    !(before === 'officially' && verb >= 2 && /^[a-z]/.test(text[verb - 2] ?? ''))
  )
    return true;
  // "the highest publicly reported toll": an adverb after an article or superlative makes the participle an adjective.
  if (/ly$/.test(before) && /ed$/.test(text[verb]) && /^(the|a|an|most|\w+est)$/.test(text[verb - 2] ?? ''))
    return true;
  // "the internationally-recognized government", "UN-backed": a participle hyphened to the word before is an adjective.
  const { start, end } = context.tokens;
  if (before === '-' && start[verb - 1] === end[verb - 2] && end[verb - 1] === start[verb]) return true;
  // "didn't say": the apostrophe splits the contraction
  return before === 't' && context.tokens.text[verb - 2] === "'";
}

/** "A statement from X said its chairman, Y, condemned …": the second verb is part of what X said. */
export function embeddedReport(
  context: AttributionContext,
  cue: PhraseMatch<Cue>,
  previous: ClaimDraft | undefined,
): boolean {
  if (
    !previous ||
    previous.contentEnd !== null ||
    !REPORTING.has(previous.cue.value.lemma) ||
    cue.firstToken <= previous.contentStart
  )
    return false;
  const { tokens } = context;
  if (CLAUSE_OPENERS.has(tokens.text[cue.firstToken - 1])) return false;
  for (let i = previous.contentStart; i < cue.firstToken; i++) {
    const word = tokens.text[i];
    if (isQuote(word) || word === ';' || word === ':' || (word === ',' && CLAUSE_OPENERS.has(tokens.text[i + 1])))
      return false;
  }
  return true;
}
