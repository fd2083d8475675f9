import type { Sentence } from '../segment.js';
import { embeddedReport, negated } from './english-licence.js';
import { parsePrepositional, parseRelay } from './english-relays.js';
import { sentenceSubject } from './english-subject.js';
import { parseVerb } from './english-verb.js';
import { CONTINUATION_OPENERS, TERMINATORS, isQuote } from './english-words.js';
import { continuingSource } from './shared.js';
import type { AttributionContext, ClaimDraft, SentenceParser } from './types.js';

/** "TRIPOLI, Libya (AP) — …", "ALGIERS — …": a dateline before a spaced dash opening the article is never a source. */
function datelineEnd(context: AttributionContext, sentence: Sentence): number {
  const { tokens } = context;
  for (let i = sentence.firstToken + 1; i < Math.min(sentence.endToken, sentence.firstToken + 10); i++) {
    if (context.cueStarts[i] || TERMINATORS.has(tokens.text[i])) break;
    if (tokens.text[i] === '-' && tokens.start[i] > tokens.end[i - 1]) return i + 1;
  }
  return sentence.firstToken;
}

/**
 * "CAIRO: Libyan health authorities say …": one or two words opening a paragraph before a colon are a dateline or a
 * label; the clause, and its subject, start after the colon.
 */
function labelEnd(context: AttributionContext, sentence: Sentence): number {
  const { tokens, segmentation } = context;
  const first = sentence.firstToken;
  if (segmentation.paragraphs[sentence.paragraph].firstToken !== first) return first;
  // "TRIPOLI, Nov 04 (Xinhua): …": a dateline ending with the agency in brackets, then a colon.
  for (let i = first + 1; i <= first + 8 && i + 1 < sentence.endToken; i++)
    if (tokens.text[i] === ':' && (i <= first + 2 || tokens.text[i - 1] === ')'))
      return isQuote(tokens.text[i + 1]) || context.cueStarts[i + 1] ? first : i + 1;
  return first;
}

export const parseEnglishSentence: SentenceParser = (context, sentence, index, cues) => {
  const drafts: ClaimDraft[] = [];
  let consumedUntil = sentence.firstToken;
  let clauseFrom = Math.max(
    index === 0 ? datelineEnd(context, sentence) : sentence.firstToken,
    labelEnd(context, sentence),
  );
  for (const cue of cues) {
    if (cue.firstToken < consumedUntil || context.segmentation.quoted[cue.firstToken]) continue;
    if (cue.value.kind === 'verb' && cue.firstToken > 0 && negated(context, cue.firstToken)) continue;
    if (cue.value.kind === 'verb' && embeddedReport(context, cue, drafts[drafts.length - 1])) continue;
    let draft: ClaimDraft | null = null;
    switch (cue.value.kind) {
      case 'verb':
        draft = parseVerb(context, sentence, index, cue, clauseFrom, drafts);
        break;
      case 'prep':
        draft = parsePrepositional(context, sentence, index, cue);
        break;
      case 'relay':
        draft = parseRelay(context, sentence, index, cue);
        break;
      case 'continuation': {
        // "a statement condemning the attack": without a comma (or "and") the participle modifies a noun.
        if (!CONTINUATION_OPENERS.has(context.tokens.text[cue.firstToken - 1] ?? '')) break;
        const source =
          (drafts.length === 0 ? sentenceSubject(context, sentence, cue.firstToken) : null) ??
          continuingSource(context, drafts, sentence, cue.firstToken, 'en');
        let start = cue.endToken;
        if (context.tokens.text[start] === 'that') start++;
        if (source)
          draft = {
            cue,
            source,
            channel: null,
            sentence: index,
            contentStart: start,
            contentEnd: null,
            clauseStart: cue.firstToken,
          };
        break;
      }
    }
    if (!draft) continue;
    const previous = drafts[drafts.length - 1];
    if (
      cue.value.kind === 'prep' &&
      previous &&
      ((draft.source.key === null && draft.source.kind !== 'anonymous') ||
        (draft.contentEnd !== null && draft.source.key !== null && draft.source.key === previous.source.key) ||
        // "The agency reported, citing two officials, that …": what it would attribute holds the claim's own verb.
        (draft.contentEnd !== null && draft.contentStart <= previous.cue.firstToken))
    ) {
      // "…, according to a statement carried by the state agency": the medium of the claim just made.
      const end = Math.min(context.tokens.count, cue.endToken + 8);
      let comma = cue.endToken;
      while (comma < end && context.tokens.text[comma] !== ',') comma++;
      previous.channel ??= [cue.endToken, comma];
      // "reported, citing two officials, that …": the claim starts after the medium.
      if (previous.contentStart === cue.firstToken && comma < end) previous.contentStart = comma + 1;
      continue;
    }
    drafts.push(draft);
    context.history.push(draft.source);
    consumedUntil = draft.contentEnd === null ? draft.contentStart : Math.max(cue.endToken, draft.contentEnd);
    clauseFrom = draft.contentEnd === null ? draft.contentStart : cue.endToken;
  }
  return drafts;
};
