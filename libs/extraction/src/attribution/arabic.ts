import type { Cue } from '../cues.js';
import type { PhraseMatch } from '../phrase-matcher.js';
import type { Sentence } from '../segment.js';
import type { ResolvedSource } from '../sources.js';
import { channelBefore, isChannelStart } from './channels.js';
import { COMPLEMENTIZERS, OPEN_QUOTES, continuingSource, firstNamedSource } from './shared.js';
import type { AttributionContext, ClaimDraft } from './types.js';

const MAX_MENTION_TOKENS = 24;
const COMMA_LOOKAHEAD_TOKENS = 14;
const COMMAS = new Set(['،', ',']);
const TERMINATORS = new Set(['.', '!', '?', '؟', '؛', ';']);
/** Resumptive "in it" after a verb whose subject came first: «بيان … أعلن فيه أن». */
const RESUMPTIVES = new Set(['فيه', 'فيها', 'فيهم']);
const SAYING = new Set(['قائلا', 'قائله', 'قايلا', 'بالقول']);
/** Words that start a prepositional or time phrase, not a source. */
const NOT_A_SOURCE_START = new Set(['ذلك', 'هذا', 'هذه', 'تلك', 'في', 'خلال', 'الي', 'علي', 'من', 'عن', 'امس', 'اليوم', 'صباح', 'مساء', 'فجر', 'ليله', 'عقب', 'بعد', 'قبل', 'منذ', 'حول', 'له', 'لها', 'ايضا', 'كذلك', 'بدوره', 'بدورها', 'من جهته']);
/** ب-words that belong to a source's name or place, not content openers («الناطق باسم»). */
const NOT_B_INTRO = new Set(['باسم', 'بموقع', 'بمحور', 'بمنطقه', 'بمدينه', 'بقاعده', 'بحكومه', 'بقوات', 'بالجيش', 'بالقياده', 'بوزاره', 'بالعاصمه', 'بطرابلس', 'بليبيا']);
const PREP_SKIP = new Set(['ل', 'بيان', 'بيانا', 'تصريحات', 'تصريح', 'ما', 'ذكرته', 'ذكر', 'اورده', 'اوردته', 'نقلته', 'افاد', 'افادت', 'به', 'اعلنته', 'اعلنه', 'قالته', 'قاله', 'تقرير', 'تقارير', 'معلومات']);
const RELAY_SPEAKER_END = new Set(['قوله', 'قولها', 'قولهم', 'تاكيده', 'تاكيدها', 'ان', 'انه', 'انها', 'بان']);

type MentionScan = { mentionEnd: number; contentStart: number | null; channel: [number, number] | null; complementizer: boolean };

function isIntro(context: AttributionContext, i: number, cue: Cue): boolean {
  const word = context.tokens.text[i];
  if (cue.intro.includes(word)) return true;
  if (!cue.intro.includes('ب') || word.length < 3 || word[0] !== 'ب' || NOT_B_INTRO.has(word)) return false;
  const alias = context.resolver.aliases.matchAt(context.tokens, i);
  return !alias || alias.start > context.tokens.start[i];
}

function opensContent(context: AttributionContext, i: number, cue: Cue): boolean {
  const word = context.tokens.text[i];
  return COMPLEMENTIZERS.has(word) || OPEN_QUOTES.has(word) || word === ':' || isIntro(context, i, cue);
}

/** Scans the source mention after a verb: it ends at a complementizer, quote, colon, the verb's preposition, a channel phrase or a comma. */
function scanMention(context: AttributionContext, from: number, limit: number, cue: Cue): MentionScan {
  const { tokens } = context;
  const scan: MentionScan = { mentionEnd: from, contentStart: null, channel: null, complementizer: false };
  let channelStart = -1;
  let channelQuotes = 0;
  const stop = Math.min(limit, from + MAX_MENTION_TOKENS);
  for (let i = from; i < stop; i++) {
    const word = tokens.text[i];
    if (TERMINATORS.has(word)) break;
    if (COMMAS.has(word)) {
      if (channelStart < 0) scan.mentionEnd = i;
      else scan.channel = [channelStart, i];
      const lookaheadEnd = Math.min(limit, i + 1 + COMMA_LOOKAHEAD_TOKENS);
      scan.contentStart = i + 1;
      for (let j = i + 1; j < lookaheadEnd && !TERMINATORS.has(tokens.text[j]) && !context.cueStarts[j]; j++) {
        if (opensContent(context, j, cue)) {
          scan.contentStart = j;
          break;
        }
      }
      break;
    }
    if (channelStart >= 0) {
      if (OPEN_QUOTES.has(word) && ++channelQuotes <= 2) continue;
      if (!COMPLEMENTIZERS.has(word) && !OPEN_QUOTES.has(word)) continue;
      scan.channel = [channelStart, i];
      scan.contentStart = i;
      break;
    }
    if (isChannelStart(tokens, i)) {
      scan.mentionEnd = i;
      channelStart = i;
      continue;
    }
    if (opensContent(context, i, cue)) {
      scan.mentionEnd = i;
      scan.contentStart = word === ':' ? i + 1 : i;
      break;
    }
  }
  if (scan.contentStart !== null) scan.complementizer = COMPLEMENTIZERS.has(tokens.text[scan.contentStart]) || OPEN_QUOTES.has(tokens.text[scan.contentStart]);
  return scan;
}

function mentionIsEmpty(context: AttributionContext, from: number, to: number): boolean {
  const word = context.tokens.text[from];
  return to <= from || NOT_A_SOURCE_START.has(word) || COMMAS.has(word);
}

function resolveMentionOrLookBack(context: AttributionContext, sentence: Sentence, cue: PhraseMatch<Cue>, from: number, to: number): ResolvedSource | null {
  const { tokens, resolver, history } = context;
  if (!mentionIsEmpty(context, from, to)) return resolver.resolve(tokens, from, to, history, 'ar');
  return firstNamedSource(context, sentence.firstToken, cue.firstToken, 'ar') ?? history[history.length - 1] ?? null;
}

function parseVerb(context: AttributionContext, sentence: Sentence, index: number, cue: PhraseMatch<Cue>, drafts: ClaimDraft[]): ClaimDraft | null {
  const { tokens } = context;
  let i = cue.endToken;
  if (SAYING.has(tokens.text[i])) i++;
  if (RESUMPTIVES.has(tokens.text[i])) i++;
  const scan = scanMention(context, i, sentence.endToken, cue.value);
  if (scan.contentStart === null) {
    // A transitive verb whose subject is a registry name: «أدانت البعثة الأممية القصف…».
    const alias = cue.value.takesObject ? context.resolver.aliases.matchAt(tokens, i) : null;
    if (!alias || alias.endToken >= sentence.endToken) return null;
    scan.mentionEnd = alias.endToken;
    scan.contentStart = alias.endToken;
  }
  if (cue.value.needsComplementizer && !hasComplementizerNear(context, scan.contentStart)) return null;
  let contentStart = scan.contentStart;
  if (mentionIsEmpty(context, i, scan.mentionEnd)) {
    // Subject before the verb: what follows the verb is already content («نفت ذلك، …», «دعت في ختام…، إلى»).
    if (!scan.complementizer && scan.mentionEnd > i) contentStart = i;
  } else if (cue.value.takesObject && !scan.complementizer) {
    // «أدانت البعثة القصف…»: the object follows the subject's registry name directly.
    const subject = context.resolver.aliases.findAll(tokens, i, scan.mentionEnd)[0];
    if (subject && subject.endToken < scan.mentionEnd) {
      scan.mentionEnd = subject.endToken;
      contentStart = subject.endToken;
    }
  }
  let source = resolveMentionOrLookBack(context, sentence, cue, i, scan.mentionEnd);
  if (source && source.key === null && source.kind !== 'anonymous' && !source.backReference && drafts.length > 0) {
    // «ودعت جميع الأطراف إلى…»: the subject is elided (the previous speaker); the mention is the object.
    source = drafts[drafts.length - 1].source;
    contentStart = i;
  }
  if (!source) return null;
  return {
    cue, source, sentence: index, contentStart, contentEnd: null, clauseStart: cue.firstToken,
    channel: scan.channel ?? channelBefore(tokens, sentence.firstToken, cue.firstToken),
  };
}

function hasComplementizerNear(context: AttributionContext, at: number): boolean {
  for (let j = at; j < Math.min(context.tokens.count, at + 3); j++) if (COMPLEMENTIZERS.has(context.tokens.text[j])) return true;
  return false;
}

function parsePrepositional(context: AttributionContext, sentence: Sentence, index: number, cue: PhraseMatch<Cue>): ClaimDraft | null {
  const { tokens, resolver, history } = context;
  let i = cue.endToken;
  const channelStart = i;
  while (i < sentence.endToken && PREP_SKIP.has(tokens.text[i])) i++;
  const channel: [number, number] | null = i > channelStart && tokens.text[channelStart] !== 'ل' ? [channelStart, i] : null;
  let end = i;
  while (end < sentence.endToken && end < i + 8 && !COMMAS.has(tokens.text[end]) && !TERMINATORS.has(tokens.text[end])) end++;
  const source = resolver.resolve(tokens, i, end, history, 'ar');
  if (!source) return null;
  const resolvedChannel: [number, number] | null = source.key === null && source.kind !== 'anonymous' ? [i, end] : channel;
  let onlyConnectivesBefore = true;
  for (let k = sentence.firstToken; k < cue.firstToken; k++) if (tokens.isWord[k]) onlyConnectivesBefore = false;
  if (onlyConnectivesBefore) {
    let contentStart = end;
    while (contentStart < sentence.endToken && (COMMAS.has(tokens.text[contentStart]) || tokens.text[contentStart] === 'فان')) contentStart++;
    return { cue, source, channel, sentence: index, contentStart, contentEnd: null, clauseStart: cue.firstToken };
  }
  return { cue, source, channel: resolvedChannel, sentence: index, contentStart: sentence.firstToken, contentEnd: cue.firstToken, clauseStart: cue.firstToken };
}

function parseRelay(context: AttributionContext, sentence: Sentence, index: number, cue: PhraseMatch<Cue>): ClaimDraft | null {
  const { tokens, resolver, history } = context;
  let about = -1;
  for (let i = cue.endToken; i < Math.min(sentence.endToken, cue.endToken + 10); i++) {
    if (tokens.text[i] === 'عن') { about = i; break; }
    if (TERMINATORS.has(tokens.text[i])) break;
  }
  if (about < 0) return null; // نقل without عن is "moved", not "reported"
  let speakerEnd = -1;
  for (let i = about + 1; i < Math.min(sentence.endToken, about + 12); i++) {
    const word = tokens.text[i];
    if (RELAY_SPEAKER_END.has(word) || OPEN_QUOTES.has(word) || COMMAS.has(word) || word === ':') { speakerEnd = i; break; }
  }
  if (speakerEnd < 0) return null;
  const source = resolver.resolve(tokens, about + 1, speakerEnd, history, 'ar');
  if (!source) return null;
  let contentStart = speakerEnd;
  while (contentStart < sentence.endToken && (tokens.text[contentStart].startsWith('قول') || tokens.text[contentStart].startsWith('تاكيد') || COMMAS.has(tokens.text[contentStart]))) contentStart++;
  return { cue, source, channel: [cue.endToken, about], sentence: index, contentStart, contentEnd: null, clauseStart: cue.firstToken };
}

/** Attributed claims of one Arabic sentence, in order. */
export function parseArabicSentence(context: AttributionContext, sentence: Sentence, index: number, cues: PhraseMatch<Cue>[]): ClaimDraft[] {
  const drafts: ClaimDraft[] = [];
  let consumedUntil = sentence.firstToken;
  for (const cue of cues) {
    if (cue.firstToken < consumedUntil || context.segmentation.quoted[cue.firstToken]) continue;
    let draft: ClaimDraft | null = null;
    switch (cue.value.kind) {
      case 'verb': draft = parseVerb(context, sentence, index, cue, drafts); break;
      case 'prep': draft = parsePrepositional(context, sentence, index, cue); break;
      case 'relay': draft = parseRelay(context, sentence, index, cue); break;
      case 'continuation': {
        const source = continuingSource(context, drafts, sentence, cue.firstToken, 'ar');
        if (source) draft = { cue, source, channel: null, sentence: index, contentStart: cue.endToken, contentEnd: null, clauseStart: cue.firstToken };
        break;
      }
    }
    if (!draft) continue;
    const previous = drafts[drafts.length - 1];
    if (draft.contentEnd !== null && previous && draft.source.key === null && draft.source.kind !== 'anonymous') {
      // «…، وفق ما نقلته وكالة الأنباء»: an unregistered "according to" names the medium of the claim just made.
      previous.channel ??= draft.channel ?? [cue.endToken, cue.endToken + 4];
      continue;
    }
    drafts.push(draft);
    context.history.push(draft.source);
    consumedUntil = draft.contentEnd === null ? draft.contentStart : cue.endToken;
  }
  return drafts;
}
