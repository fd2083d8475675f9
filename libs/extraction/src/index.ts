import type { ExtractionOptions, ExtractionResult } from '@claimline/contracts';
import { createExtractor, type Extractor } from './extractor.js';

export { createExtractor, type Extractor, type ExtractorConfig } from './extractor.js';
export { normalizeForMatching, normalizeArabic } from './normalize.js';
export { detectLanguage } from './language.js';
export { DEFAULT_SOURCES } from './data/sources.js';
export { DEFAULT_LOCATIONS } from './data/gazetteer.js';
export { DEFAULT_FRAMING_LEXICON, type FramingLexiconEntry, type FramingTone } from './data/framing-lexicon.js';

let defaultExtractor: Extractor | null = null;

/** Extraction with the built-in lexicons; the extractor is compiled on first use. */
export function extract(text: string, options: ExtractionOptions): ExtractionResult {
  defaultExtractor ??= createExtractor();
  return defaultExtractor.extract(text, options);
}
