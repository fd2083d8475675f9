import type { CampId } from './camps.js';
import type { DatePrecision, Language, LocationKind, SourceKind } from './enums.js';

/** A source as the extraction engine knows it: a registry entry with its aliases. */
export type SourceRegistryEntry = {
  /** Stable key, e.g. `lna-general-command`. */
  key: string;
  camp: CampId;
  kind: SourceKind;
  nameAr: string;
  nameEn: string;
  aliases: string[];
};

export type GazetteerEntry = {
  key: string;
  nameAr: string;
  nameEn: string;
  aliases: string[];
  lat: number;
  lon: number;
  kind: LocationKind;
  /**
   * True when the name also exists outside Libya or is a common word: tag it only with Libyan context nearby; `ar` or
   * `en` when only the names in that language are.
   */
  ambiguous?: boolean | Language;
  /** True for a place outside the conflict's country: it gives an ambiguous name no context. */
  abroad?: boolean;
};

export type ExtractedSource = {
  /** The source as written in the text. */
  mention: string;
  /** Canonical name (the registry's, in the article's language) or the mention when unknown. */
  name: string;
  camp: CampId;
  kind: SourceKind;
  /** Registry key, or null for a source the registry does not know (a proposal). */
  key: string | null;
  start: number;
  end: number;
};

export type ExtractedLocation = {
  mention: string;
  name: string;
  nameEn: string;
  key: string;
  lat: number;
  lon: number;
  start: number;
  end: number;
};

export type ExtractedDate = {
  /** YYYY-MM-DD; for week/month precision the first day of the period. */
  date: string;
  precision: DatePrecision;
};

/** One step of an attribution: the engine rule that made it (a stable id naming the behaviour) and its evidence. */
export type AttributionReason = {
  /** e.g. `cue.verb-first`, `source.registry-alias`, `source.coreference.pronoun`, `camp.government-context`. */
  rule: string;
  /** A short English sentence with the evidence: "alias «قنونو» → Mohamed Gnounou (GNA)". */
  text: string;
};

/** Why the engine attributed a claim as it did: the cue it read, whom it took as the source, and the camp. */
export type AttributionWhy = {
  cue: AttributionReason;
  source: AttributionReason;
  camp: AttributionReason;
};

export type ExtractedClaim = {
  text: string;
  /** Offsets into the original text (UTF-16 code units, as JavaScript strings index). */
  start: number;
  end: number;
  cue: string;
  source: ExtractedSource;
  channel: string | null;
  locations: ExtractedLocation[];
  eventDate: ExtractedDate;
  why: AttributionWhy;
};

export type FramingCount = {
  /** The camp whose forces the label refers to. */
  camp: CampId;
  label: string;
  /** `narration`: the outlet's own words; `quote`: inside an attributed claim. */
  voice: 'narration' | 'quote';
  /** Pejorative, neutral or legitimising. */
  tone: 'pejorative' | 'neutral' | 'legitimising';
  count: number;
};

export type SourceProposal = {
  mention: string;
  camp: CampId;
  kind: SourceKind;
  occurrences: number;
};

export type ExtractionResult = {
  language: Language;
  claims: ExtractedClaim[];
  framing: FramingCount[];
  proposals: SourceProposal[];
};

export type ExtractionOptions = {
  /** YYYY-MM-DD, the date relative expressions resolve against. */
  publishedAt: string;
  language?: Language;
};
