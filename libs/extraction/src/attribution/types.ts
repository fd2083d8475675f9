import type { Cue } from '../cues.js';
import type { PhraseMatch } from '../phrase-matcher.js';
import type { Segmentation, Sentence } from '../segment.js';
import type { ResolvedSource, SourceResolver } from '../sources.js';
import type { Tokens } from '../tokens.js';

/** A claim before offsets are mapped back to the original text; all ranges are token indices. */
export type ClaimDraft = {
  cue: PhraseMatch<Cue>;
  source: ResolvedSource;
  channel: [number, number] | null;
  contentStart: number;
  /** Set when the content precedes the cue (prepositional pattern); otherwise computed per sentence. */
  contentEnd: number | null;
  /** Where this claim's clause begins: an earlier claim's content stops here. */
  clauseStart: number;
  sentence: number;
  /** Set when the claim was not made by its cue's own pattern (a lone quotation continuing a speaker). */
  cueRule?: 'cue.quotation-continued';
};

export type AttributionContext = {
  text: string;
  tokens: Tokens;
  segmentation: Segmentation;
  resolver: SourceResolver;
  /** Sources of accepted claims so far, newest last (for back-references and continuations). */
  history: ResolvedSource[];
  /** At the first token of every cue of the document's language, its kind's code (CUE_KIND_CODES); 0 elsewhere. */
  cueStarts: Uint8Array;
};

export const CUE_KIND_CODES = { verb: 1, continuation: 2, prep: 3, relay: 4 } as const;

export type SentenceParser = (
  context: AttributionContext,
  sentence: Sentence,
  sentenceIndex: number,
  cues: PhraseMatch<Cue>[],
) => ClaimDraft[];
