import type { ExtractionOptions, ExtractionResult } from '@claimline/contracts';
import { createExtractor, type Extractor } from './extractor.js';

export { createExtractor, type Extractor, type ExtractorConfig } from './extractor.js';
export { normalizeForMatching, normalizeArabic } from './normalize.js';
export { detectLanguage } from './language.js';
export { DEFAULT_SOURCES, DEFAULT_LOCATIONS, DEFAULT_FRAMING_LEXICON } from './default-registry.js';
export type { FramingLexiconEntry } from './framing.js';
export type { FramingTone } from '@claimline/contracts';
export { DEFAULT_PACK_ID, loadPack, packsDirectory, resolvePackFile } from './packs/pack-files.js';
export {
  PackLoadError,
  formatPackError,
  loadPackFile,
  validatePackText,
  type PackError,
  type PackValidation,
} from './packs/load-pack.js';
export { CONFLICT_PACK_SCHEMA, CONFLICT_PACK_SCHEMA_VERSION } from './packs/schema.js';
export { packToYaml } from './packs/pack-yaml.js';
export { compilePack } from './packs/conflict-knowledge.js';
// Opposition evidence between two claims (contested pairs): language data and named rules.
export { OPPOSITION_LEXICON, type OppositionLexicon } from './opposition/opposition-lexicon.js';
export {
  OPPOSITION_RULES,
  scoreOpposition,
  type OppositionEvidence,
  type OppositionScore,
} from './opposition/score-opposition.js';
export { campOpposition, campReferences, type CampOpposition } from './opposition/camp-opposition.js';
// Near-duplicate articles (stories): word shingles, MinHash signatures and LSH band keys.
export {
  LshIndex,
  NEAR_DUPLICATE_RULES,
  NEAR_DUPLICATE_THRESHOLD,
  compareFingerprints,
  fingerprint,
  type NearDuplicateMatch,
  type NearDuplicateRule,
  type TextFingerprint,
} from './near-duplicates/near-duplicate.js';
// Extraction and fingerprints of a bulk import's batches on a worker thread.
export { PrepareThread } from './worker/prepare-thread.js';
export { prepareText } from './worker/prepare-text.js';
export type { PreparedText, TextToPrepare } from './worker/prepare-protocol.js';

let defaultExtractor: Extractor | null = null;

/** Extraction with the default pack (libya-2019); the extractor is compiled on first use. */
export function extract(text: string, options: ExtractionOptions): ExtractionResult {
  defaultExtractor ??= createExtractor();
  return defaultExtractor.extract(text, options);
}
