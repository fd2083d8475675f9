import { describe, expect, it } from 'vitest';
import type { CampShare } from '../types';
import { UNTAGGED_COLOR, isShareEmpty, sharePercentages, toShareChartData, toShareTable } from './share';

describe('sharePercentages', () => {
  it('adds up to exactly 100', () => {
    expect(sharePercentages([1, 1, 1])).toEqual([33.4, 33.3, 33.3]);
    expect(sharePercentages([1, 1, 1]).reduce((a, b) => a + b, 0)).toBeCloseTo(100, 5);
    expect(sharePercentages([3, 1])).toEqual([75, 25]);
  });

  it('is all zeros for nothing', () => {
    expect(sharePercentages([0, 0])).toEqual([0, 0]);
    expect(sharePercentages([])).toEqual([]);
  });
});

const camps: CampShare[] = [
  {
    camp: 'LNA',
    total: 4,
    untagged: 1,
    narratives: [{ narrativeId: 1, name: 'Liberation', nameAr: 'تحرير', color: '#111111', count: 3, share: 0.75 }],
  },
  {
    camp: 'GNA',
    total: 2,
    untagged: 0,
    narratives: [
      { narrativeId: 2, name: 'Aggression', nameAr: 'عدوان', color: '#222222', count: 1, share: 0.5 },
      { narrativeId: 1, name: 'Liberation', nameAr: 'تحرير', color: '#111111', count: 1, share: 0.5 },
    ],
  },
  { camp: 'UN', total: 0, untagged: 0, narratives: [] },
];

describe('toShareChartData', () => {
  it('has one dataset per narrative plus untagged, one value per camp', () => {
    const data = toShareChartData(camps, 'en', 'Untagged');
    expect(data.camps).toEqual(['LNA', 'GNA', 'UN']);
    expect(data.datasets.map((dataset) => [dataset.key, dataset.label, dataset.backgroundColor])).toEqual([
      ['1', 'Liberation', '#111111'],
      ['2', 'Aggression', '#222222'],
      ['untagged', 'Untagged', UNTAGGED_COLOR],
    ]);
    expect(data.datasets.map((dataset) => dataset.data)).toEqual([
      [75, 50, 0],
      [0, 50, 0],
      [25, 0, 0],
    ]);
    expect(data.datasets[0].counts).toEqual([3, 1, 0]);
  });

  it('uses Arabic names in Arabic', () => {
    expect(toShareChartData(camps, 'ar', 'غير موسوم').datasets.map((dataset) => dataset.label)).toEqual([
      'تحرير',
      'عدوان',
      'غير موسوم',
    ]);
  });
});

describe('toShareTable', () => {
  it('has a row per camp with count and percent cells', () => {
    const table = toShareTable(toShareChartData(camps, 'en', 'Untagged'), [4, 2, 0]);
    expect(table.columns).toEqual(['Liberation', 'Aggression', 'Untagged']);
    expect(table.rows[0]).toEqual({
      camp: 'LNA',
      total: 4,
      cells: [
        { count: 3, percent: 75 },
        { count: 0, percent: 0 },
        { count: 1, percent: 25 },
      ],
    });
  });
});

describe('isShareEmpty', () => {
  it('is empty when no camp has claims', () => {
    expect(isShareEmpty(undefined)).toBe(true);
    expect(isShareEmpty([camps[2]])).toBe(true);
    expect(isShareEmpty(camps)).toBe(false);
  });
});
