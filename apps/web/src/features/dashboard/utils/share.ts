import type { Lang } from '../../../lib/i18n';
import type { CampShare } from '../types';

export const UNTAGGED_KEY = 'untagged';
export const UNTAGGED_COLOR = '#BBBBBB';

export type ShareSegment = { count: number; percent: number };

export type ShareDataset = {
  key: string;
  label: string;
  backgroundColor: string;
  /** Percent of the camp's bar (0–100), one per camp. */
  data: number[];
  counts: number[];
  stack: string;
};

export type ShareChartData = { camps: string[]; datasets: ShareDataset[] };

/**
 * Percentages that add up to exactly 100 (largest remainder): a claim can carry several narratives,
 * so the bar is split by tag, not by claim. Rounded to one decimal.
 */
export function sharePercentages(counts: readonly number[]): number[] {
  const total = counts.reduce((sum, count) => sum + Math.max(0, count), 0);
  if (total === 0) return counts.map(() => 0);
  const tenths = counts.map((count) => (Math.max(0, count) * 1000) / total);
  const floors = tenths.map(Math.floor);
  let remainder = 1000 - floors.reduce((sum, value) => sum + value, 0);
  const order = tenths
    .map((value, index) => ({ index, fraction: value - floors[index] }))
    .sort((a, b) => b.fraction - a.fraction);
  for (const { index } of order) {
    if (remainder <= 0) break;
    floors[index] += 1;
    remainder -= 1;
  }
  return floors.map((value) => value / 10);
}

/**
 * Horizontal 100% stacked bars: one bar per camp, one dataset per narrative (in the order they
 * first appear, so colours and legend are stable) plus "untagged".
 */
export function toShareChartData(camps: readonly CampShare[], lang: Lang, untaggedLabel: string): ShareChartData {
  const narratives = new Map<string, { label: string; color: string }>();
  for (const camp of camps) {
    for (const narrative of camp.narratives) {
      const key = String(narrative.narrativeId);
      if (!narratives.has(key)) {
        narratives.set(key, {
          label: lang === 'ar' && narrative.nameAr ? narrative.nameAr : narrative.name,
          color: narrative.color,
        });
      }
    }
  }
  const keys = [...narratives.keys(), UNTAGGED_KEY];
  const countsByCamp = camps.map((camp) =>
    keys.map((key) =>
      key === UNTAGGED_KEY
        ? Number(camp.untagged ?? 0)
        : Number(camp.narratives.find((narrative) => String(narrative.narrativeId) === key)?.count ?? 0),
    ),
  );
  const percentsByCamp = countsByCamp.map(sharePercentages);
  return {
    camps: camps.map((camp) => String(camp.camp)),
    datasets: keys.map((key, keyIndex) => ({
      key,
      label: key === UNTAGGED_KEY ? untaggedLabel : narratives.get(key)!.label,
      backgroundColor: key === UNTAGGED_KEY ? UNTAGGED_COLOR : narratives.get(key)!.color,
      data: percentsByCamp.map((percents) => percents[keyIndex]),
      counts: countsByCamp.map((counts) => counts[keyIndex]),
      stack: 'share',
    })),
  };
}

export type ShareTableRow = { camp: string; total: number; cells: ShareSegment[] };

export function toShareTable(
  data: ShareChartData,
  totals: readonly number[],
): { columns: string[]; rows: ShareTableRow[] } {
  return {
    columns: data.datasets.map((dataset) => dataset.label),
    rows: data.camps.map((camp, campIndex) => ({
      camp,
      total: totals[campIndex] ?? 0,
      cells: data.datasets.map((dataset) => ({ count: dataset.counts[campIndex], percent: dataset.data[campIndex] })),
    })),
  };
}

export function isShareEmpty(camps: readonly CampShare[] | undefined): boolean {
  return (
    !camps ||
    camps.every((camp) => !camp.total && camp.narratives.every((narrative) => !narrative.count) && !camp.untagged)
  );
}
