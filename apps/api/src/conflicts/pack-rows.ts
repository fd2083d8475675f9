import type {
  CampRole,
  ConflictPack,
  LocalizedPhrases,
  PackCamp,
  PackNarrative,
  PackPlace,
  PackSource,
} from '@claimline/contracts';
import type { LocationEntity } from '../locations/location.entity.js';
import type { NarrativeEntity } from '../narratives/narrative.entity.js';
import type { SourceEntity } from '../sources/source.entity.js';
import type { ConflictCampEntity } from './conflict-camp.entity.js';

/**
 * The mapping between a conflict pack and the tables that hold its editable parts (conflict_camps,
 * sources, locations, narratives): pure functions, so that import, export and the extractor's view of
 * a conflict agree, and so that a pack exported and imported again is the same pack.
 */

const ARABIC_LETTER = /[\u0600-\u06FF]/;

/** A flat list of names split by script: analysts' aliases carry no language tag. */
export function phrasesByScript(phrases: readonly string[]): LocalizedPhrases {
  const ar = phrases.filter((phrase) => ARABIC_LETTER.test(phrase));
  const en = phrases.filter((phrase) => !ARABIC_LETTER.test(phrase));
  return { ...(en.length ? { en } : {}), ...(ar.length ? { ar } : {}) };
}

export const allPhrases = (phrases: LocalizedPhrases | undefined): string[] => [
  ...(phrases?.en ?? []),
  ...(phrases?.ar ?? []),
];

export type ConflictCampRow = Omit<ConflictCampEntity, 'conflictId'>;

export function campRowsOf(pack: ConflictPack): ConflictCampRow[] {
  return pack.camps.map((camp) => ({
    campId: camp.id,
    nameEn: camp.names.en,
    nameAr: camp.names.ar,
    descriptionEn: camp.description?.en ?? null,
    descriptionAr: camp.description?.ar ?? null,
    color: camp.colour.toUpperCase(),
    role: camp.role,
    sortOrder: camp.order,
    opponentId: camp.opponent ?? null,
  }));
}

export function packCampOf(row: ConflictCampRow): PackCamp {
  const description = {
    ...(row.descriptionEn ? { en: row.descriptionEn } : {}),
    ...(row.descriptionAr ? { ar: row.descriptionAr } : {}),
  };
  return {
    id: row.campId,
    names: { en: row.nameEn, ar: row.nameAr },
    ...(Object.keys(description).length ? { description } : {}),
    colour: row.color,
    role: row.role,
    order: row.sortOrder,
    ...(row.opponentId ? { opponent: row.opponentId } : {}),
  };
}

/** A registry key for a source analysts added (they have none): stable per row. */
export const exportedSourceId = (source: Pick<SourceEntity, 'id' | 'registryKey'>): string =>
  source.registryKey ?? `source-${source.id}`;

/** A source row as a pack source; its names are dropped from its aliases (the table keeps them as aliases too). */
export function packSourceOf(source: SourceEntity): PackSource {
  const en = source.nameEn || source.nameAr;
  const ar = source.nameAr || source.nameEn;
  const names = new Set([en, ar]);
  const aliases = [...new Set((source.aliases ?? []).map((alias) => alias.alias))].filter((alias) => !names.has(alias));
  return {
    id: exportedSourceId(source),
    camp: source.campId,
    kind: source.kind,
    names: { en, ar },
    aliases: phrasesByScript(aliases),
  };
}

export function packPlaceOf(location: LocationEntity): PackPlace {
  return {
    id: location.key,
    names: { en: location.nameEn, ar: location.nameAr },
    aliases: phrasesByScript(location.aliases.split('\n').filter(Boolean)),
    lat: Number(location.lat),
    lon: Number(location.lon),
    kind: location.kind,
    ...(location.ambiguous ? { ambiguous: location.ambiguousLanguage ?? true } : {}),
    ...(location.abroad ? { abroad: true } : {}),
  };
}

export function packNarrativeOf(narrative: NarrativeEntity, camp: string, stored?: PackNarrative): PackNarrative {
  return {
    id: stored?.id ?? `narrative-${narrative.id}`,
    camp: stored?.camp ?? camp,
    title: { en: narrative.nameEn, ...(narrative.nameAr ? { ar: narrative.nameAr } : {}) },
    ...(narrative.description
      ? { summary: { en: narrative.description } }
      : stored?.summary
        ? { summary: stored.summary }
        : {}),
  };
}

/** The camp of a role (a pack has exactly one `unknown` camp): where an exported narrative without a camp goes. */
export function campOfRole(camps: readonly ConflictCampRow[], role: CampRole): string | undefined {
  return camps.find((camp) => camp.role === role)?.campId;
}
