import type { Cue } from '../cues.js';
import type { PhraseMatch } from '../phrase-matcher.js';
import type { Sentence } from '../segment.js';
import { COMMAS } from '../data/clause-words.js';
import { TERMINATORS } from './arabic-mention.js';
import { OPEN_QUOTES } from './shared.js';
import { CUE_KIND_CODES, type AttributionContext, type ClaimDraft } from './types.js';

/** Arabic "according to" («بحسب»، «وفق بيان …») and relays («نقلت قناة … عن X قوله»). */
const PREP_SKIP = new Set([
  'ل',
  'بيان',
  'بيانا',
  'تصريحات',
  'تصريح',
  'ما',
  'ذكرته',
  'ذكر',
  'اورده',
  'اوردته',
  'نقلته',
  'افاد',
  'افادت',
  'به',
  'اعلنته',
  'اعلنه',
  'قالته',
  'قاله',
  'تقرير',
  'تقارير',
  'معلومات',
]);
/** «نقلت قناة "ليبيا الحدث"، المقربة من الجيش، عن …»: the channel with an apposition fits in this many tokens. */
const RELAY_CHANNEL_TOKENS = 14;
const RELAY_SPEAKER_END = new Set(['قوله', 'قولها', 'قولهم', 'تاكيده', 'تاكيدها', 'ان', 'انه', 'انها', 'بان']);
export function parsePrepositional(
  context: AttributionContext,
  sentence: Sentence,
  index: number,
  cue: PhraseMatch<Cue>,
): ClaimDraft | null {
  const { tokens, resolver, history } = context;
  let i = cue.endToken;
  const channelStart = i;
  while (i < sentence.endToken && PREP_SKIP.has(tokens.text[i])) i++;
  const channel: [number, number] | null =
    i > channelStart && tokens.text[channelStart] !== 'ل' ? [channelStart, i] : null;
  let end = i;
  while (end < sentence.endToken && end < i + 8 && !COMMAS.has(tokens.text[end]) && !TERMINATORS.has(tokens.text[end]))
    end++;
  const source = resolver.resolve(tokens, i, end, history, 'ar');
  if (!source) return null;
  const resolvedChannel: [number, number] | null =
    source.key === null && source.kind !== 'anonymous' ? [i, end] : channel;
  let onlyConnectivesBefore = true;
  for (let k = sentence.firstToken; k < cue.firstToken; k++) if (tokens.isWord[k]) onlyConnectivesBefore = false;
  if (onlyConnectivesBefore) {
    let contentStart = end;
    while (
      contentStart < sentence.endToken &&
      (COMMAS.has(tokens.text[contentStart]) || tokens.text[contentStart] === 'فان')
    )
      contentStart++;
    // «وبحسب بيان للرئاسة، شدد الرئيس على …»: the speech verb that follows makes the claim; the statement is its medium.
    if (context.cueStarts[contentStart] === CUE_KIND_CODES.verb) return null;
    return { cue, source, channel, sentence: index, contentStart, contentEnd: null, clauseStart: cue.firstToken };
  }
  return {
    cue,
    source,
    channel: resolvedChannel,
    sentence: index,
    contentStart: sentence.firstToken,
    contentEnd: cue.firstToken,
    clauseStart: cue.firstToken,
  };
}

export function parseRelay(
  context: AttributionContext,
  sentence: Sentence,
  index: number,
  cue: PhraseMatch<Cue>,
): ClaimDraft | null {
  const { tokens, resolver, history } = context;
  let about = -1;
  let channelEnd = -1;
  for (let i = cue.endToken; i < Math.min(sentence.endToken, cue.endToken + RELAY_CHANNEL_TOKENS); i++) {
    if (tokens.text[i] === 'عن') {
      about = i;
      channelEnd = i;
      break;
    }
    // «نقلت القناة على لسان X قوله…»
    if (tokens.text[i] === 'علي' && tokens.text[i + 1] === 'لسان') {
      about = i + 1;
      channelEnd = i;
      break;
    }
    if (TERMINATORS.has(tokens.text[i])) break;
  }
  if (about < 0) return null; // نقل without عن is "moved", not "reported"
  let speakerEnd = -1;
  for (let i = about + 1; i < Math.min(sentence.endToken, about + 12); i++) {
    const word = tokens.text[i];
    if (RELAY_SPEAKER_END.has(word) || OPEN_QUOTES.has(word) || COMMAS.has(word) || word === ':') {
      speakerEnd = i;
      break;
    }
  }
  if (speakerEnd < 0) return null;
  let source = resolver.resolve(tokens, about + 1, speakerEnd, history, 'ar');
  let contentStart = speakerEnd;
  if (COMMAS.has(tokens.text[speakerEnd])) {
    // «على لسان آمر الغرفة، العميد فلان، قوله إن…»: a name in apposition before the content.
    for (
      let j = speakerEnd + 1;
      j < Math.min(sentence.endToken, speakerEnd + 8) && !TERMINATORS.has(tokens.text[j]);
      j++
    ) {
      if (!RELAY_SPEAKER_END.has(tokens.text[j]) && !OPEN_QUOTES.has(tokens.text[j])) continue;
      const named = resolver.resolve(tokens, speakerEnd + 1, j, history, 'ar');
      if (named && named.key !== null && (!source || source.key === null)) source = named;
      // «عن الناطق باسم المجلس، المقرب من القيادة العامة، قوله»: the affiliation in apposition gives the camp.
      else if (named && source && source.camp === resolver.camps.unknown && named.camp !== resolver.camps.unknown)
        source = { ...source, camp: named.camp };
      contentStart = j;
      break;
    }
  }
  if (!source) return null;
  while (
    contentStart < sentence.endToken &&
    (tokens.text[contentStart].startsWith('قول') ||
      tokens.text[contentStart].startsWith('تاكيد') ||
      COMMAS.has(tokens.text[contentStart]))
  )
    contentStart++;
  return {
    cue,
    source,
    channel: [cue.endToken, channelEnd],
    sentence: index,
    contentStart,
    contentEnd: null,
    clauseStart: cue.firstToken,
  };
}
