import type { CampId, ExtractedClaim } from '@claimline/contracts';

export type GoldClaim = { source: string | null; camp: CampId; inside: string };
export type GoldFile = { text: string; publishedAt: string; language: 'ar' | 'en'; claims: GoldClaim[] };

export type Score = {
  gold: number;
  predicted: number;
  matchedGold: number;
  matchedPredicted: number;
  campCorrect: number;
  recall: number;
  precision: number;
  campAccuracy: number;
  missed: GoldClaim[];
  spurious: ExtractedClaim[];
  wrongCamp: Array<{ gold: GoldClaim; predicted: ExtractedClaim }>;
};

/**
 * A prediction matches a gold claim when the gold substring lies within its [start, end].
 * Matching is one-to-one; among candidates a same-camp, then the shortest prediction is preferred.
 */
export function scoreClaims(text: string, gold: GoldClaim[], predicted: ExtractedClaim[]): Score {
  const used = new Set<number>();
  const missed: GoldClaim[] = [];
  const wrongCamp: Score['wrongCamp'] = [];
  let campCorrect = 0;
  for (const g of gold) {
    const at = text.indexOf(g.inside);
    const candidates = predicted
      .map((p, index) => ({ p, index }))
      .filter(({ p, index }) => !used.has(index) && at >= 0 && p.start <= at && at + g.inside.length <= p.end)
      .sort(
        (a, b) =>
          Number(b.p.source.camp === g.camp) - Number(a.p.source.camp === g.camp) ||
          a.p.end - a.p.start - (b.p.end - b.p.start),
      );
    const best = candidates[0];
    if (!best) {
      missed.push(g);
      continue;
    }
    used.add(best.index);
    if (best.p.source.camp === g.camp) campCorrect++;
    else wrongCamp.push({ gold: g, predicted: best.p });
  }
  // Strict one-to-one: a duplicate of an already matched claim counts against precision.
  const spurious = predicted.filter((_, index) => !used.has(index));
  const matchedGold = gold.length - missed.length;
  const matchedPredicted = predicted.length - spurious.length;
  return {
    gold: gold.length,
    predicted: predicted.length,
    matchedGold,
    matchedPredicted,
    campCorrect,
    recall: gold.length ? matchedGold / gold.length : 1,
    precision: predicted.length ? matchedPredicted / predicted.length : 1,
    campAccuracy: matchedGold ? campCorrect / matchedGold : 1,
    missed,
    spurious,
    wrongCamp,
  };
}
