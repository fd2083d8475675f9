import type { QualityRatio } from '../api/get-extraction-quality';

/** A ratio as a percentage with its counts ("92.5 % (37/40)"), or a dash when nothing was counted. */
export function formatRatio(
  ratio: QualityRatio,
  formatNumber: (n: number, options?: Intl.NumberFormatOptions) => string,
): string {
  if (ratio.value === null) return '—';
  const percent = formatNumber(ratio.value, { style: 'percent', maximumFractionDigits: 1 });
  return `${percent} (${formatNumber(ratio.agreed)}/${formatNumber(ratio.total)})`;
}

/** Rules sorted by how much they decided: the most-used first, then by id for a stable order. */
export function sortRules<T extends { rule: string; reviewed: number }>(rules: readonly T[]): T[] {
  return [...rules].sort((a, b) => b.reviewed - a.reviewed || a.rule.localeCompare(b.rule));
}
