import type { ExtractionOptions, ExtractionResult } from '@claimline/contracts';
import type { ExtractorConfig } from '../extractor.js';
import type { TextFingerprint } from '../near-duplicates/near-duplicate.js';

/** An article's text and what its extraction needs. */
export type TextToPrepare = { text: string; options: ExtractionOptions };

/** What the prepare thread made of one text: its extraction and near-duplicate fingerprint, or why it failed. */
export type PreparedText = { result: ExtractionResult; print: TextFingerprint } | { error: string };

/**
 * A batch for the prepare thread. `extractor` names an extractor the thread has built; `config` comes with a name
 * the thread has not seen (or has dropped), and the thread builds that extractor first.
 */
export type PrepareRequest = {
  id: number;
  extractor: number;
  config?: ExtractorConfig;
  texts: TextToPrepare[];
};

export type PrepareReply = { id: number; prepared: PreparedText[] } | { id: number; failure: string };

/** Extractors a thread keeps, most recently configured last (one per conflict and registry version). */
export const KEPT_EXTRACTORS = 8;
