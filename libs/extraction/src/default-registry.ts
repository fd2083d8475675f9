import type { GazetteerEntry, SourceRegistryEntry } from '@claimline/contracts';
import type { FramingLexiconEntry } from './framing.js';
import { compilePack } from './packs/conflict-knowledge.js';
import { DEFAULT_PACK_ID, loadPack } from './packs/pack-files.js';

/**
 * The default pack's registry, gazetteer and framing labels, for the API's seeding and generator
 * until it reads the pack it is deployed with. Loaded when this module is first imported.
 */
const defaultKnowledge = compilePack(loadPack(DEFAULT_PACK_ID));

export const DEFAULT_SOURCES: SourceRegistryEntry[] = defaultKnowledge.sources;
export const DEFAULT_LOCATIONS: GazetteerEntry[] = defaultKnowledge.locations;
export const DEFAULT_FRAMING_LEXICON: FramingLexiconEntry[] = defaultKnowledge.framingLexicon;
