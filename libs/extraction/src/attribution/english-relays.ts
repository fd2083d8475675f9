import type { Cue } from '../cues.js';
import type { PhraseMatch } from '../phrase-matcher.js';
import type { Sentence } from '../segment.js';
import { subjectStart } from './english-subject.js';
import { LEADERS, TERMINATORS } from './english-words.js';
import type { AttributionContext, ClaimDraft } from './types.js';

/** English "according to X" and relays ("Reuters quoted X as saying that …"). */

export function parsePrepositional(
  context: AttributionContext,
  sentence: Sentence,
  index: number,
  cue: PhraseMatch<Cue>,
): ClaimDraft | null {
  const { tokens, resolver, history } = context;
  let end = cue.endToken;
  while (end < sentence.endToken && tokens.text[end] !== ',' && !TERMINATORS.has(tokens.text[end])) end++;
  const source = resolver.resolve(tokens, cue.endToken, end, history, 'en');
  if (!source) return null;
  let leading = true;
  for (let k = sentence.firstToken; k < cue.firstToken; k++)
    if (tokens.isWord[k] && !LEADERS.has(tokens.text[k])) leading = false;
  if (leading)
    return {
      cue,
      source,
      channel: null,
      sentence: index,
      contentStart: end + 1,
      contentEnd: null,
      clauseStart: cue.firstToken,
    };
  return {
    cue,
    source,
    channel: null,
    sentence: index,
    contentStart: sentence.firstToken,
    contentEnd: cue.firstToken,
    clauseStart: cue.firstToken,
  };
}

/** "Reuters quoted a military source as saying that …": channel before, speaker between. */
export function parseRelay(
  context: AttributionContext,
  sentence: Sentence,
  index: number,
  cue: PhraseMatch<Cue>,
): ClaimDraft | null {
  const { tokens, resolver, history } = context;
  let saying = -1;
  for (let i = cue.endToken; i < Math.min(sentence.endToken, cue.endToken + 12); i++) {
    if (tokens.text[i] === 'as' && tokens.text[i + 1] === 'saying') {
      saying = i;
      break;
    }
  }
  if (saying < 0) return null;
  const source = resolver.resolve(tokens, cue.endToken, saying, history, 'en');
  if (!source) return null;
  const channelStart = subjectStart(context, sentence.firstToken, cue.firstToken);
  let contentStart = saying + 2;
  while (
    contentStart < sentence.endToken &&
    (tokens.text[contentStart] === 'that' || tokens.text[contentStart] === ',')
  )
    contentStart++;
  return {
    cue,
    source,
    channel: [channelStart, cue.firstToken],
    sentence: index,
    contentStart,
    contentEnd: null,
    clauseStart: channelStart,
  };
}
