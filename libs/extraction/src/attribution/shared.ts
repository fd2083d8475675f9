import type { Sentence } from '../segment.js';
import { isAnonymousHead, type ResolvedSource } from '../sources.js';
import type { AttributionContext, ClaimDraft } from './types.js';

export const COMPLEMENTIZERS = new Set([
  'ان',
  'انه',
  'انها',
  'انهم',
  'انهما',
  'بان',
  'بانه',
  'بانها',
  'بانهم',
  'وان',
  'فان',
  'لان',
  'that',
]);
export const OPEN_QUOTES = new Set(['"', '«']);
const TRIM_TOKENS = new Set(['،', ',', '.', '؛', ';', '-', ':', '؟', '?', '!']);

/** The first registry source named in tokens [from, to) outside quotations: the subject of a source-first clause. */
export function firstNamedSource(
  context: AttributionContext,
  from: number,
  to: number,
  language: 'ar' | 'en',
): ResolvedSource | null {
  const { tokens, resolver, segmentation } = context;
  for (const match of resolver.aliases.findAll(tokens, from, to)) {
    if (segmentation.quoted[match.firstToken]) continue;
    const resolved = resolver.resolve(tokens, match.firstToken, match.endToken, context.history, language);
    if (resolved) return resolved;
  }
  for (let i = from; i < to; i++) {
    if (isAnonymousHead(tokens.text[i]) && !segmentation.quoted[i])
      return resolver.resolve(tokens, i, to, context.history, language);
  }
  return null;
}

/** Speaker of a continuation: the previous claim of the sentence, else the clause subject, else the last source. */
export function continuingSource(
  context: AttributionContext,
  drafts: ClaimDraft[],
  sentence: Sentence,
  cueStart: number,
  language: 'ar' | 'en',
): ResolvedSource | null {
  const previous = drafts[drafts.length - 1];
  if (previous) return previous.source;
  return (
    firstNamedSource(context, sentence.firstToken, cueStart, language) ??
    context.history[context.history.length - 1] ??
    null
  );
}

/** Closes forward claims at the next claim's clause and trims punctuation; returns token ranges. */
export function finishSentence(
  context: AttributionContext,
  drafts: ClaimDraft[],
  sentence: Sentence,
): Array<ClaimDraft & { contentEnd: number }> {
  const { tokens } = context;
  const finished: Array<ClaimDraft & { contentEnd: number }> = [];
  for (let k = 0; k < drafts.length; k++) {
    const draft = drafts[k];
    let end = draft.contentEnd ?? sentence.endToken;
    if (draft.contentEnd === null) {
      for (let n = k + 1; n < drafts.length; n++) {
        if (drafts[n].clauseStart > draft.contentStart) {
          end = Math.min(end, drafts[n].clauseStart);
          break;
        }
      }
    }
    let start = draft.contentStart;
    const pieces = draft.contentEnd === null ? coordinatedComplements(context, start, end) : [];
    for (const piece of [...pieces, end]) {
      let pieceEnd = piece;
      while (start < pieceEnd && TRIM_TOKENS.has(tokens.text[start])) start++;
      while (pieceEnd > start && TRIM_TOKENS.has(tokens.text[pieceEnd - 1])) pieceEnd--;
      if (pieceEnd > start) finished.push({ ...draft, contentStart: start, contentEnd: pieceEnd });
      start = piece;
    }
  }
  return finished;
}

const EN_MODALS = new Set(['would', 'will', 'could']);
/** «وأن»، «وبأن»، "and that", "but that": a second complement of the same cue is a claim of its own (see fixtures/eval/LABELLING.md). */
const AR_COORDINATED_COMPLEMENTS = new Set([
  'وان',
  'وانه',
  'وانها',
  'وانهم',
  'وانهما',
  'وبان',
  'وبانه',
  'وبانها',
  'وبانهم',
]);
/** «وإن كان» is concessive ("even if"), and "and that is why" demonstrative: neither opens a complement. */
const AR_CONCESSIVE_NEXT = new Set(['كان', 'كانت', 'لم', 'بدا']);
const EN_DEMONSTRATIVE_NEXT = new Set(['is', 'was', "'s", 'means', 'meant', 'will', 'would']);
const MIN_PIECE_TOKENS = 3;

/**
 * Where a claim's content splits into claims of their own: a coordinated complement («…، وأن …», "… and that …")
 * or a second modal predicate ("said the base would become X and would host Y"). Returns the token where each
 * new piece starts.
 */
function coordinatedComplements(context: AttributionContext, from: number, to: number): number[] {
  const { tokens, segmentation } = context;
  const text = tokens.text;
  const cuts: number[] = [];
  for (let p = from + MIN_PIECE_TOKENS; p < to - 2; p++) {
    if (segmentation.quoted[p] || p - (cuts[cuts.length - 1] ?? from) < MIN_PIECE_TOKENS) continue;
    const word = text[p];
    if (AR_COORDINATED_COMPLEMENTS.has(word) && !AR_CONCESSIVE_NEXT.has(text[p + 1])) cuts.push(p);
    else if ((word === 'and' || word === 'but') && text[p + 1] === 'that' && !EN_DEMONSTRATIVE_NEXT.has(text[p + 2]))
      cuts.push(p);
    else if (word === 'and' && EN_MODALS.has(text[p + 1]) && hasWord(text, from, p, text[p + 1], segmentation.quoted))
      cuts.push(p + 1);
  }
  return cuts;
}

function hasWord(text: string[], from: number, to: number, word: string, quoted: ArrayLike<number>): boolean {
  for (let i = from; i < to; i++) if (text[i] === word && !quoted[i]) return true;
  return false;
}
