import type { Cue } from '../cues.js';
import type { PhraseMatch } from '../phrase-matcher.js';
import type { Sentence } from '../segment.js';
import { registryNameStart, type ResolvedSource } from '../resolved-source.js';
import { channelBefore, isChannelStart } from './channels.js';
import { lastIndexOf, resolveSubject, subjectStart, withAppositive, withTopicCountry } from './english-subject.js';
import {
  AFTER_VERB_SKIP,
  AUXILIARIES,
  CARRIED,
  CLAUSE_AUXILIARIES,
  CIRCUMSTANCE_PREPOSITIONS,
  LEADERS,
  MAX_QUOTE_SOURCE_TOKENS,
  MAX_TAIL_SOURCE_TOKENS,
  REPLIES,
  TAIL_SKIP,
  TERMINATORS,
  isQuote,
} from './english-words.js';
import type { AttributionContext, ClaimDraft } from './types.js';

/** Verbs whose object is whom the words were addressed to: "told Reuters", "informed reporters". */
const ADDRESSEE_VERBS = new Set(['told', 'tells', 'informed']);

/** An English speech verb: its source before a quotation, at the tail of the clause or as the subject, and its content. */

/**
 * '"…," the spokesman said' or '"…," said X': the quote closes just before the verb (and its subject), its comma
 * inside the quotation marks or, as British and European copy puts it, after them ('"…", she said').
 */
function quoteBefore(context: AttributionContext, sentence: Sentence, verb: number): [number, number] | null {
  const { tokens } = context;
  for (let i = verb - 1; i >= Math.max(sentence.firstToken, verb - MAX_QUOTE_SOURCE_TOKENS - 1); i--) {
    if (!isQuote(tokens.text[i])) continue;
    const beforeClose = tokens.text[i - 1];
    const commaAfter = i + 1 < verb && tokens.text[i + 1] === ',';
    if (!commaAfter && beforeClose !== ',' && beforeClose !== '?' && beforeClose !== '!' && beforeClose !== '.')
      return null;
    for (let open = i - 1; open >= sentence.firstToken; open--) if (isQuote(tokens.text[open])) return [open, i + 1];
    return [sentence.firstToken, i + 1];
  }
  return null;
}

/** Content after the verb: from "that", a colon or a quote if only adverbials or a channel come first, else right after them. */
function contentAfter(
  context: AttributionContext,
  from: number,
  end: number,
  cue: Cue,
): { start: number; channel: [number, number] | null } {
  const { tokens } = context;
  let channel: [number, number] | null = null;
  let start = from;
  if (ADDRESSEE_VERBS.has(cue.lemma)) {
    // told Reuters / told reporters in Geneva: the addressee is the channel
    let j = from;
    while (
      j < Math.min(end, from + 6) &&
      tokens.text[j] !== ',' &&
      tokens.text[j] !== 'that' &&
      tokens.text[j] !== ':' &&
      !isQuote(tokens.text[j])
    )
      j++;
    if (j >= Math.min(end, from + 6) || tokens.text[j] === ',') j = Math.min(end, from + 1);
    channel = [from, j];
    start = j;
  }
  while (start < end && start < from + 14) {
    const word = tokens.text[start];
    if (word === 'that' || word === ':' || isQuote(word)) return { start: word === ':' ? start + 1 : start, channel };
    if (AFTER_VERB_SKIP.has(word) || word === ',') start++;
    else if (!channel && isChannelStart(tokens, start)) {
      let j = start + 1;
      while (j < end && tokens.text[j] !== 'that' && tokens.text[j] !== ',' && !isQuote(tokens.text[j])) j++;
      channel = [start, j];
      start = j;
    } else break;
  }
  return { start, channel };
}

/** True when only adverbials, a channel or the addressee of "told" follow the verb before the sentence ends or a comma. */
function endsClause(context: AttributionContext, sentence: Sentence, cue: PhraseMatch<Cue>): boolean {
  const { tokens } = context;
  let j = cue.endToken;
  if (ADDRESSEE_VERBS.has(cue.value.lemma)) j++;
  if (CIRCUMSTANCE_PREPOSITIONS.has(tokens.text[j])) {
    // "…, Merkel said after four hours of talks at the chancellery.": a trailing time or place phrase, no content.
    for (let k = j + 1; k < Math.min(sentence.endToken, j + 14); k++) {
      const word = tokens.text[k];
      if (TERMINATORS.has(word) || word === ',') return true;
      if (word === 'that' || context.cueStarts[k]) return false;
    }
    return j + 14 >= sentence.endToken;
  }
  for (const limit = j + 6; j < sentence.endToken && j < limit; j++) {
    const word = tokens.text[j];
    if (TERMINATORS.has(word) || word === ',') return true;
    // "…, Erdogan said in a statement carried by Anadolu.": the outlet that carried it closes the clause.
    if (CARRIED.has(word) && tokens.text[j + 1] === 'by') return true;
    if (
      !TAIL_SKIP.has(word) &&
      !(tokens.isWord[j] && /^[a-z]/.test(word) && tokens.text[j - 1] === 'in' && j === cue.endToken + 2)
    )
      return false;
  }
  return j >= sentence.endToken;
}

function previousComma(context: AttributionContext, before: number, after: number, within: number): number {
  for (let i = before - 1; i > Math.max(after, before - within - 1); i--) if (context.tokens.text[i] === ',') return i;
  return -1;
}

/** A claim whose content runs from the clause's start to `contentEnd` (null: to the sentence's end), its speaker after. */
function contentBeforeVerb(
  cue: PhraseMatch<Cue>,
  source: ResolvedSource,
  index: number,
  clauseFrom: number,
  contentEnd: number | null,
): ClaimDraft {
  return { cue, source, sentence: index, contentStart: clauseFrom, contentEnd, clauseStart: clauseFrom, channel: null };
}

/**
 * "…, officials said." / "…, GNA spokesman X claimed on Tuesday, although…" / "…, the spokesman for Y, X, said.":
 * the verb ends its clause and the source sits after the last comma (or is a title and name in apposition).
 */
function tailAttribution(
  context: AttributionContext,
  sentence: Sentence,
  index: number,
  cue: PhraseMatch<Cue>,
  clauseFrom: number,
): ClaimDraft | null {
  const { tokens } = context;
  if (!endsClause(context, sentence, cue)) return null;
  const comma = previousComma(context, cue.firstToken, clauseFrom, MAX_TAIL_SOURCE_TOKENS);
  if (comma <= clauseFrom) return null;
  if (comma === cue.firstToken - 1) {
    const nameStart = previousComma(context, comma, clauseFrom, 6);
    const titleStart =
      nameStart > clauseFrom ? previousComma(context, nameStart, clauseFrom, MAX_QUOTE_SOURCE_TOKENS) : -1;
    if (titleStart <= clauseFrom) return null;
    const source = withAppositive(context, resolveSubject(context, nameStart + 1, comma), titleStart + 1, nameStart);
    if (!source) return null;
    return contentBeforeVerb(cue, source, index, clauseFrom, titleStart);
  }
  const source = resolveSubject(context, comma + 1, cue.firstToken);
  if (
    !source ||
    (source.key === null &&
      source.kind !== 'anonymous' &&
      source.camp === context.resolver.camps.unknown &&
      cue.firstToken - comma > 5)
  )
    return null;
  // "Turkey, they said, had shipped …": a parenthetical attribution; the claim runs on after it.
  if (
    cue.firstToken - comma <= 3 &&
    tokens.text[cue.endToken] === ',' &&
    AUXILIARIES.has(tokens.text[cue.endToken + 1])
  ) {
    return contentBeforeVerb(cue, source, index, clauseFrom, null);
  }
  return contentBeforeVerb(cue, source, index, clauseFrom, comma);
}

/** Verbs that newswire copy puts before their subject after unquoted content: "…, said X, a spokesman for Y." */
const INVERTING_VERBS = new Set(['said', 'says', 'added', 'adds', 'explained', 'noted', 'stressed', 'wrote']);
const RELATIVES = new Set(['who', 'which', 'whose']);

/**
 * "Rockets hit the port on Wednesday, said Mustafa al-Mujie, spokesman for …": content without quotation marks, a
 * comma, the verb, then its subject (and a title in apposition) to the end of the sentence.
 */
function invertedAttribution(
  context: AttributionContext,
  sentence: Sentence,
  index: number,
  cue: PhraseMatch<Cue>,
  clauseFrom: number,
): ClaimDraft | null {
  const { tokens } = context;
  const comma = cue.firstToken - 1;
  if (!INVERTING_VERBS.has(cue.value.lemma) || tokens.text[comma] !== ',' || comma <= clauseFrom + 2) return null;
  let end = cue.endToken;
  while (end < sentence.endToken && !TERMINATORS.has(tokens.text[end])) end++;
  // "said on Tuesday that …" is a verb with its own content; "said a resident who …" ends the name at "who".
  if (CIRCUMSTANCE_PREPOSITIONS.has(tokens.text[cue.endToken]) || tokens.text[cue.endToken] === 'that') return null;
  let nameEnd = cue.endToken;
  while (nameEnd < end && tokens.text[nameEnd] !== ',' && !RELATIVES.has(tokens.text[nameEnd])) nameEnd++;
  if (nameEnd === cue.endToken || nameEnd - cue.endToken > 6) return null;
  if (RELATIVES.has(tokens.text[nameEnd])) end = nameEnd;
  const subject = resolveSubject(context, cue.endToken, nameEnd);
  const source = nameEnd < end ? withAppositive(context, subject, nameEnd + 1, end) : subject;
  // Only a known or unnamed speaker: "X, which runs the centre, said it was …" has its subject before the verb.
  const speaker =
    source && (source.key !== null || source.kind === 'anonymous' || source.camp !== context.resolver.camps.unknown);
  if (!source || !speaker) return null;
  return contentBeforeVerb(cue, source, index, clauseFrom, comma);
}

/** Adverbs between a conjunction and the verb it joins to the previous speaker: "and instead blamed", "but also said". */
const JOINED_VERB_ADVERBS = new Set(['instead', 'also', 'later', 'then', 'again', 'further']);
const JOINED_VERB_AUXILIARIES = new Set(['has', 'have', 'had']);

/** The "and"/"but" joining the verb at `verb` to the clause before, past two adverbs or auxiliaries at most; else -1. */
function conjunctionBefore(tokens: AttributionContext['tokens'], verb: number): number {
  let at = verb - 1;
  // "… and has revealed", "but has also said": an auxiliary as well as an adverb may stand between.
  for (let skipped = 0; skipped < 2 && at > 0; skipped++) {
    const word = tokens.text[at];
    if (!JOINED_VERB_ADVERBS.has(word) && !JOINED_VERB_AUXILIARIES.has(word)) break;
    at--;
  }
  return at >= 0 && (tokens.text[at] === 'and' || tokens.text[at] === 'but') ? at : -1;
}

export function parseVerb(
  context: AttributionContext,
  sentence: Sentence,
  index: number,
  cue: PhraseMatch<Cue>,
  clauseFrom: number,
  drafts: ClaimDraft[],
): ClaimDraft | null {
  const { tokens } = context;
  let quoted = quoteBefore(context, sentence, cue.firstToken);
  // '"…," and claimed that …': a conjunction after the quotation joins a new verb to the previous speaker.
  if (
    quoted &&
    quoted[1] < cue.firstToken &&
    tokens.text.slice(quoted[1], cue.firstToken).every((w) => LEADERS.has(w)) &&
    drafts.length > 0
  )
    quoted = null;
  // 'Asked about remarks that "the truce is over," Akar said: "The talks go on."': a colon and a quotation after the
  // verb are its content; the quotation before belongs to the question.
  if (quoted && tokens.text[cue.endToken] === ':' && isQuote(tokens.text[cue.endToken + 1] ?? '')) quoted = null;
  // '"…," said the man, who asked not to be named for fear of …': a "that"-only verb takes no quotation.
  if (quoted && cue.value.needsComplementizer) return null;
  if (quoted) {
    let source = resolveSubject(context, quoted[1], cue.firstToken);
    if (!source) {
      // '"…," said X, a spokesman for Y.'
      let comma = cue.endToken;
      while (comma < sentence.endToken && !TERMINATORS.has(tokens.text[comma]) && tokens.text[comma] !== ',') comma++;
      let end = comma;
      while (end < sentence.endToken && !TERMINATORS.has(tokens.text[end])) end++;
      source =
        comma < end
          ? withAppositive(context, resolveSubject(context, cue.endToken, comma), comma + 1, end)
          : resolveSubject(context, cue.endToken, end);
    }
    if (!source) return null;
    return {
      cue,
      source,
      sentence: index,
      contentStart: quoted[0],
      contentEnd: quoted[1],
      clauseStart: quoted[0],
      channel: channelBefore(tokens, quoted[1], cue.firstToken),
    };
  }
  const tail = tailAttribution(context, sentence, index, cue, clauseFrom);
  if (tail) return tail;
  const inverted = invertedAttribution(context, sentence, index, cue, clauseFrom);
  if (inverted) return inverted;
  let start = subjectStart(context, clauseFrom, cue.firstToken);
  let source = resolveSubject(context, start, cue.firstToken);
  const firstComma = tokens.text.indexOf(',', start);
  const firstCommaAt = firstComma >= 0 ? tokens.start[firstComma] : -1;
  // "X, a commander allied with the GNA, said": a registry name inside the apposition is the title, not the speaker.
  if (
    (!source || source.key === null || registryNameStart(source) > firstCommaAt) &&
    tokens.text[cue.firstToken - 1] === ',' &&
    firstComma > start &&
    firstComma < cue.firstToken - 1
  ) {
    // "Stephane Dujarric, a spokesman for the UN chief, said …": a name and its title in apposition.
    source =
      withAppositive(context, resolveSubject(context, start, firstComma), firstComma + 1, cue.firstToken - 1) ?? source;
  }
  const lastComma = lastIndexOf(context, ',', start, cue.firstToken);
  if (lastComma >= 0 && lastComma < cue.firstToken - 1) {
    // "…, while Italian officials accused …": the subject is the clause after the last comma.
    const clauseSubject = subjectStart(context, lastComma + 1, cue.firstToken);
    const nearer = resolveSubject(context, clauseSubject, cue.firstToken);
    if (nearer && (nearer.key !== null || nearer.kind === 'anonymous' || nearer.backReference)) {
      source = nearer;
      start = clauseSubject;
    }
  }
  const previous = drafts[drafts.length - 1];
  const conjunction = conjunctionBefore(tokens, cue.firstToken);
  if (previous && (conjunction >= 0 || (source && source.key === null && source.kind !== 'anonymous'))) {
    // "… called for a ceasefire and warned against …", "… said X but warned Y", "…, and instead blamed …": the
    // subject is the previous speaker.
    source = previous.source;
    if (conjunction >= 0) start = conjunction;
  }
  // A subject too long to be a name ("Foreign ministers from … met in … and called on"): its first words — unless a
  // passive stands between ("The bill was opposed by 45 members, and only 29 expressed support").
  const clause = tokens.text.slice(start, cue.firstToken).some((w) => CLAUSE_AUXILIARIES.has(w));
  for (let k = Math.min(7, cue.firstToken - start - 1); !source && !clause && k >= 2; k--)
    source = resolveSubject(context, start, start + k);
  if (source) source = withTopicCountry(context, source, sentence, index);
  if (!source) return null;
  const content = contentAfter(context, cue.endToken, sentence.endToken, cue.value);
  // "he replied: "No."": a reply may open with a colon or a quotation instead of "that".
  const opensQuote =
    REPLIES.has(cue.value.lemma) && (tokens.text[content.start - 1] === ':' || isQuote(tokens.text[content.start]));
  if (cue.value.needsComplementizer && tokens.text[content.start] !== 'that' && !opensQuote) return null;
  if (content.start >= sentence.endToken - 1) return null;
  return {
    cue,
    source,
    sentence: index,
    contentStart: content.start,
    contentEnd: null,
    clauseStart: start,
    channel: content.channel ?? channelBefore(tokens, clauseFrom, cue.firstToken),
  };
}
