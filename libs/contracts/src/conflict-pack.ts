import type { CampId } from './camps.js';
import type { Language, LocationKind, SourceKind } from './enums.js';

/**
 * A conflict pack: everything the extraction engine knows about one conflict (camps, sources,
 * places, affiliation phrases, government-context rules, framing labels), written as one YAML file
 * (`libs/extraction/packs/<id>.yaml`) and validated against `libs/extraction/src/packs/schema.ts`.
 *
 * Phrases are written naturally (hamza, taa marbuta, capitals): the engine normalizes them.
 * Lists split by language (`{ en: [...], ar: [...] }`) may omit either language.
 */
export type ConflictPack = {
  /** Version of the pack format this file is written against (this type): 1. */
  schemaVersion: 1;
  /** Version of the pack's content, semver ("1.0.0"): bump it when the data changes. */
  packVersion: string;
  /** Kebab-case id, also the file name: "libya-2019". */
  id: string;
  names: LocalizedNames;
  /** ISO dates; `to` is null for a conflict still going on. */
  period: { from: string; to: string | null };
  /** Where the data comes from (gazetteer licences and the like). */
  credits?: string[];
  camps: PackCamp[];
  sources: PackSource[];
  /** Phrases inside an unregistered mention that give its camp ("eastern-based government"). */
  affiliations: PackAffiliation[];
  /** Words of foreign states: a body or official of one speaks for the `international` camp. */
  foreignStates: PackForeignStates;
  governmentContext: PackGovernmentContext;
  gazetteer: PackGazetteer;
  framing: PackFramingLabel[];
  /** Optional starting narratives analysts track from day one. */
  narratives?: PackNarrative[];
};

export type LocalizedNames = { en: string; ar: string };
export type LocalizedPhrases = { en?: string[]; ar?: string[] };

/**
 * What a camp is to the engine. `belligerent`: a side whose forces fight (framing labels and
 * government context pick between them); `un`: UN bodies; `international`: foreign states and
 * international organisations (every foreign-state rule gives this camp); `unknown`: unaffiliated
 * or unnamed sources. A pack has exactly one `international` and one `unknown` camp.
 */
export const CAMP_ROLES = ['belligerent', 'un', 'international', 'unknown'] as const;
export type CampRole = (typeof CAMP_ROLES)[number];

export type PackCamp = {
  /** Stable id stored in the database and in URLs: letters, digits, '_' or '-' ("LNA", "RSF"). */
  id: CampId;
  names: LocalizedNames;
  description?: { en?: string; ar?: string };
  /** "#RRGGBB"; pick colours that stay apart with colour blindness (Okabe–Ito). */
  colour: string;
  role: CampRole;
  /** Display order, 1 first. */
  order: number;
  /**
   * The camp a pejorative label for this camp's forces speaks for ("militias" said by the other
   * side). Optional when the pack has exactly two belligerents: each is then the other's opponent.
   */
  opponent?: CampId;
};

export type PackSource = {
  /** Stable registry key ("lna-general-command"). */
  id: string;
  camp: CampId;
  kind: SourceKind;
  names: LocalizedNames;
  /** Other names, titles and spellings; the longest alias matching at a position wins. */
  aliases: LocalizedPhrases;
};

export type PackAffiliation = { phrase: string; camp: CampId };

export type PackForeignStates = {
  /** Nationality adjectives and foreign-official words ("Egyptian", «التركي», "western diplomats"). */
  nationalities: LocalizedPhrases;
  /** Foreign states by name: "Qatar, a close ally of …", «وزارة الخارجية في تونس». */
  countries: LocalizedPhrases;
  /** Their capitals: "In Cairo, the foreign ministry said" speaks for Egypt. */
  capitals: LocalizedPhrases;
};

/**
 * Which government an unqualified state body («وزارة الداخلية», "the interior minister") speaks
 * for: the one whose sources the article names, else the dateline's.
 */
export type PackGovernmentContext = {
  governments: PackGovernment[];
  /** State forces named without a government ("the coast guard", «سلاح الجو»): the article's government. */
  institutions: LocalizedPhrases;
};

export type PackGovernment = {
  camp: CampId;
  /** Registry ids (sources) that name this government in an article. */
  sources: string[];
  /** Words inside a mention that place a body with this government («بطرابلس», "eastern-based"). */
  seatWords: LocalizedPhrases;
  /** Dateline words of its seat ("TRIPOLI —"). */
  datelines: LocalizedPhrases;
};

export type PackGazetteer = {
  /** Words that put a paragraph in the conflict's country: ambiguous place names count only near them. */
  contextWords: LocalizedPhrases;
  places: PackPlace[];
};

export type PackPlace = {
  id: string;
  names: LocalizedNames;
  /** Spelling variants and other names. */
  aliases: LocalizedPhrases;
  lat: number;
  lon: number;
  /** Administrative level or kind of place. */
  kind: LocationKind;
  /**
   * The name is also a place elsewhere or a common word: tag it only with context nearby. `ar` or `en`: only the names
   * in that language are (Arabic «سرت» is also a verb, English "Sirte" is only the city).
   */
  ambiguous?: boolean | Language;
  /**
   * Outside the conflict's country (a foreign capital where talks are held, a state backing a side): tagged like any
   * place, but it never puts a paragraph in the country for an ambiguous name.
   */
  abroad?: boolean;
};

export type FramingTone = 'pejorative' | 'neutral' | 'legitimising';

export type PackFramingLabel = {
  label: string;
  /** The camp whose forces the label refers to. */
  camp: CampId;
  tone: FramingTone;
  language: Language;
  aliases?: string[];
};

export type PackNarrative = {
  id: string;
  camp: CampId;
  title: { en: string; ar?: string };
  summary?: { en?: string; ar?: string };
};
