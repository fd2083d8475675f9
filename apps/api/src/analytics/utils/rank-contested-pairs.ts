import type { LocationKind } from '@claimline/contracts';

type RankedClaim = { camp: string; eventDate: string; datePrecision: string };
export type RankablePair = { location: { kind: LocationKind }; a: RankedClaim; b: RankedClaim; dayGap: number };

/** A front line or a district pins two claims to the same ground; "Tripoli" or "Libya" much less so. */
const PLACE_SPECIFICITY: Record<LocationKind, number> = {
  front: 0,
  facility: 0,
  district: 1,
  city: 2,
  region: 3,
  country: 4,
};

const isBelligerentPair = (pair: RankablePair) =>
  (pair.a.camp === 'LNA' && pair.b.camp === 'GNA') || (pair.a.camp === 'GNA' && pair.b.camp === 'LNA');
const dayPrecisionCount = (pair: RankablePair) =>
  Number(pair.a.datePrecision === 'day') + Number(pair.b.datePrecision === 'day');
const latestDay = (pair: RankablePair) => (pair.a.eventDate > pair.b.eventDate ? pair.a.eventDate : pair.b.eventDate);

/**
 * Orders suggested contradictions by how likely they are to be about the same event: the two
 * belligerents first, then the most specific place, the closest dates, exact days over dates inferred
 * from the publication, and the most recent. Stable, so ties keep the order SQL returned.
 */
export function rankContestedPairs<T extends RankablePair>(pairs: readonly T[]): T[] {
  const keys = (pair: T) => [
    isBelligerentPair(pair) ? 0 : 1,
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
