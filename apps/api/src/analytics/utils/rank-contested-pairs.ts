import type { LocationKind } from '@claimline/contracts';

type RankedClaim = { id: number; camp: string; eventDate: string; datePrecision: string };
export type RankablePair = {
  location: { kind: LocationKind };
  a: RankedClaim;
  b: RankedClaim;
  dayGap: number;
  /** 0 opposed belligerents … 2 neither a belligerent (campOpposition from the conflict packs). */
  campOpposition: number;
  /** Opposition evidence score (scoreOpposition). */
  score: number;
  linked: boolean;
};

/** A front line or a district pins two claims to the same ground; "Tripoli" or "Libya" much less so. */
const PLACE_SPECIFICITY: Record<LocationKind, number> = {
  front: 0,
  facility: 0,
  district: 1,
  city: 2,
  region: 3,
  country: 4,
};

const dayPrecisionCount = (pair: RankablePair) =>
  Number(pair.a.datePrecision === 'day') + Number(pair.b.datePrecision === 'day');
const latestDay = (pair: RankablePair) => (pair.a.eventDate > pair.b.eventDate ? pair.a.eventDate : pair.b.eventDate);

/**
 * Orders contested pairs by how likely they are to be one event told two opposite ways: belligerents
 * against each other first, then the strongest opposition evidence, the most specific place, the
 * closest dates, exact days over dates inferred from the publication, and the most recent. Stable.
 */
export function rankContestedPairs<T extends RankablePair>(pairs: readonly T[]): T[] {
  const keys = (pair: T) => [
    pair.campOpposition,
    -pair.score,
    PLACE_SPECIFICITY[pair.location.kind] ?? 5,
    pair.dayGap,
    2 - dayPrecisionCount(pair),
  ];
  return [...pairs].sort((x, y) => {
    const [kx, ky] = [keys(x), keys(y)];
    for (let i = 0; i < kx.length; i++) if (kx[i] !== ky[i]) return kx[i] - ky[i];
    return latestDay(y).localeCompare(latestDay(x));
  });
}

/**
 * Keeps ranked pairs while neither claim already appears in `cap` kept pairs, so one loud claim cannot
 * fill the list (it used to appear in 8+ pairs). Linked pairs are always kept, and count towards the cap.
 */
export function capClaimAppearances<T extends RankablePair>(ranked: readonly T[], cap: number): T[] {
  const seen = new Map<number, number>();
  const kept: T[] = [];
  for (const pair of ranked) {
    const [na, nb] = [seen.get(pair.a.id) ?? 0, seen.get(pair.b.id) ?? 0];
    if (!pair.linked && (na >= cap || nb >= cap)) continue;
    seen.set(pair.a.id, na + 1);
    seen.set(pair.b.id, nb + 1);
    kept.push(pair);
  }
  return kept;
}
