import type {
  CampId,
  ConflictPack,
  GazetteerEntry,
  LocalizedPhrases,
  PackFramingLabel,
  SourceRegistryEntry,
} from '@claimline/contracts';
import { normalizeArabic } from '../normalize.js';

/** The camps the engine falls back on, and who a pejorative label for a camp's forces speaks for. */
export type CampRoles = {
  /** Unaffiliated and unnamed sources. */
  unknown: CampId;
  /** Foreign states and international organisations. */
  international: CampId;
  /** Sides whose forces fight: framing labels and government context choose between them. */
  belligerents: ReadonlySet<CampId>;
  /** Opponent of each belligerent (declared, or the other one when there are exactly two). */
  opponents: ReadonlyMap<CampId, CampId>;
};

/** One government of the conflict, for the article-level government context. */
export type GovernmentRule = {
  camp: CampId;
  /** Registry keys that name it. */
  sourceKeys: ReadonlySet<string>;
  /** Normalized words placing a body with it («بطرابلس», "eastern"). */
  seatWords: ReadonlySet<string>;
  /** Normalized dateline words of its seat. */
  datelines: ReadonlySet<string>;
};

/** A pack compiled into the forms the engine reads: registry entries, word sets, patterns. */
export type ConflictKnowledge = {
  packId: string;
  camps: CampRoles;
  sources: SourceRegistryEntry[];
  locations: GazetteerEntry[];
  framingLexicon: PackFramingLabel[];
  /** Affiliation phrases of unregistered mentions, in pack order (the first added for a phrase wins). */
  affiliations: Array<[phrase: string, camp: CampId]>;
  /** Nationality adjectives of foreign states. */
  nationalities: string[];
  /** Foreign states and their capitals. */
  foreignStateNames: string[];
  governments: GovernmentRule[];
  /** State forces named without a government ("the coast guard"). */
  institutions: RegExp[];
  /** Words that give an ambiguous place name its country context. */
  placeContextWords: ReadonlySet<string>;
};

export function compilePack(pack: ConflictPack): ConflictKnowledge {
  return {
    packId: pack.id,
    camps: campRoles(pack),
    sources: pack.sources.map((s) => ({
      key: s.id,
      camp: s.camp,
      kind: s.kind,
      nameAr: s.names.ar,
      nameEn: s.names.en,
      aliases: phrases(s.aliases),
    })),
    locations: pack.gazetteer.places.map((p) => ({
      key: p.id,
      nameAr: p.names.ar,
      nameEn: p.names.en,
      lat: p.lat,
      lon: p.lon,
      kind: p.kind,
      aliases: phrases(p.aliases),
      ...(p.ambiguous ? { ambiguous: p.ambiguous } : {}),
      ...(p.abroad ? { abroad: true } : {}),
    })),
    framingLexicon: pack.framing,
    affiliations: pack.affiliations.map((a) => [a.phrase, a.camp]),
    nationalities: phrases(pack.foreignStates.nationalities),
    foreignStateNames: [...phrases(pack.foreignStates.countries), ...phrases(pack.foreignStates.capitals)],
    governments: pack.governmentContext.governments.map((g) => ({
      camp: g.camp,
      sourceKeys: new Set(g.sources),
      seatWords: wordSet(g.seatWords),
      datelines: wordSet(g.datelines),
    })),
    institutions: phrases(pack.governmentContext.institutions).map(institutionPattern),
    placeContextWords: wordSet(pack.gazetteer.contextWords),
  };
}

function campRoles(pack: ConflictPack): CampRoles {
  const withRole = (role: string) => pack.camps.find((c) => c.role === role)?.id ?? '';
  const belligerents = pack.camps.filter((c) => c.role === 'belligerent');
  const opponents = new Map<CampId, CampId>();
  for (const camp of belligerents) {
    const implied = belligerents.length === 2 ? belligerents.find((other) => other.id !== camp.id)?.id : undefined;
    const opponent = camp.opponent ?? implied;
    if (opponent) opponents.set(camp.id, opponent);
  }
  return {
    unknown: withRole('unknown'),
    international: withRole('international'),
    belligerents: new Set(belligerents.map((c) => c.id)),
    opponents,
  };
}

function phrases(list: LocalizedPhrases): string[] {
  return [...(list.ar ?? []), ...(list.en ?? [])];
}

function wordSet(list: LocalizedPhrases): Set<string> {
  return new Set(phrases(list).map(normalizeArabic));
}

/**
 * Matches an institution inside a normalized mention. Arabic: from a word start, open at the end
 * (suffixes: «خفر السواحل الليبي»); other scripts: whole words ("navy", not "navy's" inside "canavy").
 */
function institutionPattern(phrase: string): RegExp {
  const normalized = normalizeArabic(phrase);
  const escaped = normalized.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return /[\u0600-\u06ff]/.test(normalized) ? new RegExp(`(^| )${escaped}`) : new RegExp(`\\b${escaped}\\b`);
}
