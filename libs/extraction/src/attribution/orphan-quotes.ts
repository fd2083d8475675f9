import type { AttributionContext, ClaimDraft } from './types.js';

const OPENERS = new Set(['"', '«']);
const CLOSERS = new Set(['"', '»']);

/**
 * '"…," said X. "More quotation."': a sentence that is nothing but a quotation, right after a sentence
 * whose last claim was a quotation, continues that speaker. `drafts` are in document order.
 */
export function orphanQuoteDrafts(
  context: AttributionContext,
  drafts: Array<ClaimDraft & { contentEnd: number }>,
): Array<ClaimDraft & { contentEnd: number }> {
  const { tokens, segmentation } = context;
  const lastBySentence = new Map<number, ClaimDraft & { contentEnd: number }>();
  for (const d of drafts) lastBySentence.set(d.sentence, d);
  const added: Array<ClaimDraft & { contentEnd: number }> = [];
  segmentation.sentences.forEach((sentence, index) => {
    if (index === 0 || lastBySentence.has(index)) return;
    const previousSentence = segmentation.sentences[index - 1];
    const previous = lastBySentence.get(index - 1);
    if (!previous || previousSentence.paragraph !== sentence.paragraph) return;
    const first = sentence.firstToken;
    let last = sentence.endToken - 1;
    while (last > first && !tokens.isWord[last] && !CLOSERS.has(tokens.text[last])) last--;
    if (!OPENERS.has(tokens.text[first]) || !CLOSERS.has(tokens.text[last]) || last - first < 3) return;
    for (let i = first + 1; i < last; i++) if (!segmentation.quoted[i]) return;
    let quotedBefore = false;
    for (let i = previous.contentStart; i < previous.contentEnd && !quotedBefore; i++)
      quotedBefore = OPENERS.has(tokens.text[i]) || CLOSERS.has(tokens.text[i]);
    if (!quotedBefore) return;
    added.push({
      ...previous,
      channel: null,
      sentence: index,
      contentStart: first,
      contentEnd: last + 1,
      clauseStart: first,
      cueRule: 'cue.quotation-continued',
    });
  });
  if (added.length === 0) return drafts;
  return [...drafts, ...added].sort((a, b) => a.contentStart - b.contentStart);
}
