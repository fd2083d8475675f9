import type { Cue } from '../cues.js';
import type { PhraseMatch } from '../phrase-matcher.js';
import type { Sentence } from '../segment.js';
import type { ResolvedSource } from '../sources.js';
import { channelBefore, isChannelStart } from './channels.js';
import { continuingSource } from './shared.js';
import type { AttributionContext, ClaimDraft, SentenceParser } from './types.js';

const TERMINATORS = new Set(['.', '!', '?', ';']);
/** Sentence-initial words that are not part of the subject. */
const LEADERS = new Set(['but', 'and', 'meanwhile', 'however', 'separately', 'earlier', 'later', 'also', 'yet', 'while', 'for', 'its', 'part', 'his', 'her', 'in', 'turn', ',']);
/** Adverbials between the verb and the content: "said on Sunday that", "said late on Monday". */
const AFTER_VERB_SKIP = new Set(['on', 'late', 'early', 'tuesday', 'monday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'earlier', 'later', 'also', 'separately', 'publicly', 'repeatedly', 'again', 'previously']);
const MAX_QUOTE_SOURCE_TOKENS = 14;
const MAX_TAIL_SOURCE_TOKENS = 10;

function isQuote(word: string): boolean {
  return word === '"' || word === '«' || word === '»';
}

/** '"…," the spokesman said' or '"…," said X': the quote closes just before the verb (and its subject). */
function quoteBefore(context: AttributionContext, sentence: Sentence, verb: number): [number, number] | null {
  const { tokens } = context;
  for (let i = verb - 1; i >= Math.max(sentence.firstToken, verb - MAX_QUOTE_SOURCE_TOKENS - 1); i--) {
    if (!isQuote(tokens.text[i])) continue;
    const beforeClose = tokens.text[i - 1];
    if (beforeClose !== ',' && beforeClose !== '?' && beforeClose !== '!' && beforeClose !== '.') return null;
    for (let open = i - 1; open >= sentence.firstToken; open--) if (isQuote(tokens.text[open])) return [open, i + 1];
    return [sentence.firstToken, i + 1];
  }
  return null;
}

function lastIndexOf(context: AttributionContext, word: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (context.tokens.text[i] === word) return i;
  return -1;
}

function subjectStart(context: AttributionContext, from: number, verb: number): number {
  const { tokens } = context;
  const channel = channelBefore(tokens, from, verb);
  let start = channel && channel[1] < verb ? channel[1] : from;
  while (start < verb && (LEADERS.has(tokens.text[start]) || !tokens.isWord[start])) start++;
  return start;
}

function resolveSubject(context: AttributionContext, from: number, to: number): ResolvedSource | null {
  if (to <= from) return null;
  return context.resolver.resolve(context.tokens, from, to, context.history, 'en');
}

/** Content after the verb: from "that", a colon or a quote if one comes soon, else right after adverbials. */
function contentAfter(context: AttributionContext, from: number, end: number, cue: Cue): { start: number; channel: [number, number] | null } {
  const { tokens } = context;
  let channel: [number, number] | null = null;
  for (let i = from; i < Math.min(end, from + 10); i++) {
    const word = tokens.text[i];
    if (word === ',' && !channel) break; // a later "that" belongs to the next clause ("…, warning that")
    if (word === 'that' || word === ':' || isQuote(word)) return { start: word === ':' ? i + 1 : i, channel };
    if (isChannelStart(tokens, i) && !channel) {
      let j = i + 1;
      while (j < end && tokens.text[j] !== 'that' && tokens.text[j] !== ',' && !isQuote(tokens.text[j])) j++;
      channel = [i, j];
    }
  }
  let start = from;
  if (cue.lemma === 'told' || cue.lemma === 'tells') {
    // told Reuters / told reporters: the addressee is the channel
    const objectEnd = Math.min(end, from + 3);
    let j = from;
    while (j < objectEnd && tokens.text[j] !== ',' && tokens.text[j] !== 'that') j++;
    channel = [from, j];
    start = j;
  }
  for (;;) {
    if (channel && start === channel[0]) start = channel[1];
    else if (start < end && (AFTER_VERB_SKIP.has(tokens.text[start]) || tokens.text[start] === ',')) start++;
    else break;
  }
  return { start, channel };
}

/** "…, officials said." / "…, GNA spokesman X announced.": the verb ends the sentence, the source sits after the last comma. */
function tailAttribution(context: AttributionContext, sentence: Sentence, index: number, cue: PhraseMatch<Cue>, clauseFrom: number): ClaimDraft | null {
  const { tokens } = context;
  const after = cue.endToken;
  if (after < sentence.endToken && !TERMINATORS.has(tokens.text[after])) return null;
  let comma = -1;
  for (let i = cue.firstToken - 1; i > Math.max(clauseFrom, cue.firstToken - MAX_TAIL_SOURCE_TOKENS - 1); i--) {
    if (tokens.text[i] === ',') { comma = i; break; }
  }
  if (comma <= clauseFrom) return null;
  const source = resolveSubject(context, comma + 1, cue.firstToken);
  if (!source || (source.key === null && source.kind !== 'anonymous' && cue.firstToken - comma > 5)) return null;
  return { cue, source, sentence: index, contentStart: clauseFrom, contentEnd: comma, clauseStart: clauseFrom, channel: null };
}

function parseVerb(context: AttributionContext, sentence: Sentence, index: number, cue: PhraseMatch<Cue>, clauseFrom: number, drafts: ClaimDraft[]): ClaimDraft | null {
  const { tokens } = context;
  const quoted = quoteBefore(context, sentence, cue.firstToken);
  if (quoted) {
    let source = resolveSubject(context, quoted[1], cue.firstToken);
    if (!source) {
      let end = cue.endToken;
      while (end < sentence.endToken && !TERMINATORS.has(tokens.text[end])) end++;
      source = resolveSubject(context, cue.endToken, end);
    }
    if (!source) return null;
    return { cue, source, sentence: index, contentStart: quoted[0], contentEnd: quoted[1], clauseStart: quoted[0], channel: channelBefore(tokens, quoted[1], cue.firstToken) };
  }
  const tail = tailAttribution(context, sentence, index, cue, clauseFrom);
  if (tail) return tail;
  let start = subjectStart(context, clauseFrom, cue.firstToken);
  let source = resolveSubject(context, start, cue.firstToken);
  const lastComma = lastIndexOf(context, ',', start, cue.firstToken);
  if (lastComma >= 0 && lastComma < cue.firstToken - 1) {
    // "…, while Italian officials accused …": the subject is the clause after the last comma.
    const clauseSubject = subjectStart(context, lastComma + 1, cue.firstToken);
    const nearer = resolveSubject(context, clauseSubject, cue.firstToken);
    if (nearer && (nearer.key !== null || nearer.kind === 'anonymous')) {
      source = nearer;
      start = clauseSubject;
    }
  }
  const previous = drafts[drafts.length - 1];
  if (previous && (context.tokens.text[cue.firstToken - 1] === 'and' || (source && source.key === null && source.kind !== 'anonymous'))) {
    // "… called for a ceasefire and warned against …": the subject is the previous speaker.
    source = previous.source;
  }
  if (!source) return null;
  const content = contentAfter(context, cue.endToken, sentence.endToken, cue.value);
  if (cue.value.needsComplementizer && tokens.text[content.start] !== 'that') return null;
  if (content.start >= sentence.endToken - 1) return null;
  return { cue, source, sentence: index, contentStart: content.start, contentEnd: null, clauseStart: start, channel: content.channel ?? channelBefore(tokens, clauseFrom, cue.firstToken) };
}

function parsePrepositional(context: AttributionContext, sentence: Sentence, index: number, cue: PhraseMatch<Cue>): ClaimDraft | null {
  const { tokens, resolver, history } = context;
  let end = cue.endToken;
  while (end < sentence.endToken && tokens.text[end] !== ',' && !TERMINATORS.has(tokens.text[end])) end++;
  const source = resolver.resolve(tokens, cue.endToken, end, history, 'en');
  if (!source) return null;
  let leading = true;
  for (let k = sentence.firstToken; k < cue.firstToken; k++) if (tokens.isWord[k] && !LEADERS.has(tokens.text[k])) leading = false;
  if (leading) return { cue, source, channel: null, sentence: index, contentStart: end + 1, contentEnd: null, clauseStart: cue.firstToken };
  return { cue, source, channel: null, sentence: index, contentStart: sentence.firstToken, contentEnd: cue.firstToken, clauseStart: cue.firstToken };
}

/** "Reuters quoted a military source as saying that …": channel before, speaker between. */
function parseRelay(context: AttributionContext, sentence: Sentence, index: number, cue: PhraseMatch<Cue>): ClaimDraft | null {
  const { tokens, resolver, history } = context;
  let saying = -1;
  for (let i = cue.endToken; i < Math.min(sentence.endToken, cue.endToken + 12); i++) {
    if (tokens.text[i] === 'as' && tokens.text[i + 1] === 'saying') { saying = i; break; }
  }
  if (saying < 0) return null;
  const source = resolver.resolve(tokens, cue.endToken, saying, history, 'en');
  if (!source) return null;
  const channelStart = subjectStart(context, sentence.firstToken, cue.firstToken);
  let contentStart = saying + 2;
  while (contentStart < sentence.endToken && (tokens.text[contentStart] === 'that' || tokens.text[contentStart] === ',')) contentStart++;
  return { cue, source, channel: [channelStart, cue.firstToken], sentence: index, contentStart, contentEnd: null, clauseStart: channelStart };
}

export const parseEnglishSentence: SentenceParser = (context, sentence, index, cues) => {
  const drafts: ClaimDraft[] = [];
  let consumedUntil = sentence.firstToken;
  let clauseFrom = sentence.firstToken;
  for (const cue of cues) {
    if (cue.firstToken < consumedUntil || context.segmentation.quoted[cue.firstToken]) continue;
    let draft: ClaimDraft | null = null;
    switch (cue.value.kind) {
      case 'verb': draft = parseVerb(context, sentence, index, cue, clauseFrom, drafts); break;
      case 'prep': draft = parsePrepositional(context, sentence, index, cue); break;
      case 'relay': draft = parseRelay(context, sentence, index, cue); break;
      case 'continuation': {
        const source = continuingSource(context, drafts, sentence, cue.firstToken, 'en');
        let start = cue.endToken;
        if (context.tokens.text[start] === 'that') start++;
        if (source) draft = { cue, source, channel: null, sentence: index, contentStart: start, contentEnd: null, clauseStart: cue.firstToken };
        break;
      }
    }
    if (!draft) continue;
    const previous = drafts[drafts.length - 1];
    if (cue.value.kind === 'prep' && previous && draft.source.key === null && draft.source.kind !== 'anonymous') {
      // "…, according to a statement carried by the state agency": the medium of the claim just made.
      previous.channel ??= [cue.endToken, Math.min(context.tokens.count, cue.endToken + 8)];
      continue;
    }
    drafts.push(draft);
    context.history.push(draft.source);
    consumedUntil = draft.contentEnd === null ? draft.contentStart : Math.max(cue.endToken, draft.contentEnd);
    clauseFrom = draft.contentEnd === null ? draft.contentStart : cue.endToken;
  }
  return drafts;
};
