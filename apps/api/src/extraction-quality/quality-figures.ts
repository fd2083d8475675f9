import type { AttributionWhy, CampId, ClaimStatus } from '@claimline/contracts';
import type { ExtractionProposal } from '../claim-writes/extraction-proposal.js';

/** A reviewed extracted claim as it stands now, beside what the extractor proposed for it. */
export type ReviewedClaim = {
  status: ClaimStatus;
  sourceId: number | null;
  campId: CampId;
  /** Sorted. */
  placeIds: number[];
  proposal: ExtractionProposal;
  why: AttributionWhy | null;
};

export type Ratio = { agreed: number; total: number; value: number | null };

export type QualityFigures = {
  reviewed: number;
  precision: Ratio;
  sourceAccuracy: Ratio;
  campAccuracy: Ratio;
  placeAccuracy: Ratio;
};

export type RuleKind = 'cue' | 'source' | 'camp';

const ratio = (agreed: number, total: number): Ratio => ({
  agreed,
  total,
  value: total ? Math.round((agreed / total) * 1000) / 1000 : null,
});

const samePlaces = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((id, index) => id === b[index]);

/**
 * Precision over all reviewed claims (a rejected claim is a false positive); source, camp and place accuracy only
 * over the claims kept, since a rejected claim has no right source to compare with.
 */
export function qualityFigures(claims: readonly ReviewedClaim[]): QualityFigures {
  const kept = claims.filter((claim) => claim.status !== 'rejected');
  const count = (agrees: (claim: ReviewedClaim) => boolean) => kept.filter(agrees).length;
  return {
    reviewed: claims.length,
    precision: ratio(kept.length, claims.length),
    sourceAccuracy: ratio(
      count((claim) => claim.sourceId === claim.proposal.sourceId),
      kept.length,
    ),
    campAccuracy: ratio(
      count((claim) => claim.campId === claim.proposal.campId),
      kept.length,
    ),
    placeAccuracy: ratio(
      count((claim) =>
        samePlaces(
          claim.placeIds,
          [...claim.proposal.placeIds].sort((x, y) => x - y),
        ),
      ),
      kept.length,
    ),
  };
}

/** Figures per proposed camp (camps without reviewed claims left out), by camp id. */
export function qualityByCamp(claims: readonly ReviewedClaim[]): (QualityFigures & { camp: CampId })[] {
  // Camps are the data of each conflict: take the ones the reviewed claims were proposed with.
  const camps = [...new Set(claims.map((claim) => claim.proposal.campId))].sort();
  return camps.flatMap((camp) => {
    const ofCamp = claims.filter((claim) => claim.proposal.campId === camp);
    return ofCamp.length ? [{ camp, ...qualityFigures(ofCamp) }] : [];
  });
}

/** Figures per rule id of the claims' cue, source and camp reasons; most claims first, then by rule id. */
export function qualityByRule(claims: readonly ReviewedClaim[]): (QualityFigures & { kind: RuleKind; rule: string })[] {
  const groups = new Map<string, { kind: RuleKind; rule: string; claims: ReviewedClaim[] }>();
  for (const claim of claims) {
    if (!claim.why) continue;
    for (const kind of ['cue', 'source', 'camp'] as const) {
      const rule = claim.why[kind]?.rule;
      if (!rule) continue;
      const key = `${kind}:${rule}`;
      const group = groups.get(key) ?? { kind, rule, claims: [] };
      group.claims.push(claim);
      groups.set(key, group);
    }
  }
  return [...groups.values()]
    .map((group) => ({ kind: group.kind, rule: group.rule, ...qualityFigures(group.claims) }))
    .sort((a, b) => b.reviewed - a.reviewed || a.rule.localeCompare(b.rule) || a.kind.localeCompare(b.kind));
}
