import { describe, expect, it } from 'vitest';
import type { TimeseriesResponse } from '../types';
import { groupSeriesTail, OTHER_COLOR, TOP_SERIES, TOP_SERIES_COLORS } from './series-tail';
import { toTimeseriesChartData, toTimeseriesTable } from './timeseries';

/** Twenty sources, largest first as the API sends them, coloured by id modulo twelve (so colours repeat). */
const twenty: TimeseriesResponse = {
  bucket: 'week',
  groupBy: 'source',
  buckets: ['2019-09-30', '2019-10-07'],
  coarser: [],
  series: [
    ...Array.from({ length: 20 }, (_, index) => ({
      key: String(index + 1),
      label: `Source ${index + 1}`,
      labelAr: `المصدر ${index + 1}`,
      color: ['#4477AA', '#EE6677'][index % 2],
      counts: [20 - index, 1],
    })),
    { key: 'none', label: 'No source', labelAr: 'بلا مصدر', color: '#DDDDDD', counts: [3, 0] },
  ],
  total: 0,
};

describe('groupSeriesTail', () => {
  it('keeps the top sources in distinct colours and sums the rest as Other / أخرى', () => {
    const grouped = groupSeriesTail(twenty);
    expect(grouped.series).toHaveLength(TOP_SERIES + 2);
    const colours = grouped.series.map((series) => series.color);
    expect(new Set(colours).size).toBe(colours.length);
    expect(colours.slice(0, TOP_SERIES)).toEqual([...TOP_SERIES_COLORS]);
    const other = grouped.series[TOP_SERIES];
    expect(other).toMatchObject({ key: 'other', color: OTHER_COLOR });
    // Sources 9..20: 12+11+…+1 in the first week, one claim each in the second.
    expect(other.counts).toEqual([78, 12]);
    expect(grouped.series.at(-1)?.key).toBe('none');
    expect(toTimeseriesChartData(grouped, 'en').datasets[TOP_SERIES]).toMatchObject({ key: null, label: 'Other' });
    expect(toTimeseriesTable(grouped, 'ar').columns[TOP_SERIES]).toBe('أخرى');
  });

  it('leaves a short source list and other groupings alone', () => {
    const short = { ...twenty, series: twenty.series.slice(0, 3) };
    expect(groupSeriesTail(short).series.map((series) => series.key)).toEqual(['1', '2', '3']);
    const byCamp = { ...twenty, groupBy: 'camp' as const };
    expect(groupSeriesTail(byCamp)).toBe(byCamp);
  });
});

describe('source names in either language', () => {
  it('falls back to the Arabic name in English (and back) instead of a blank legend entry', () => {
    const arabicOnly: TimeseriesResponse = {
      ...twenty,
      series: [
        { key: '4', label: '', labelAr: 'المسماري', color: '#000', counts: [1, 0] },
        { key: '5', label: 'Salame', labelAr: '', color: '#000', counts: [1, 0] },
      ],
    };
    expect(toTimeseriesChartData(arabicOnly, 'en').datasets.map((dataset) => dataset.label)).toEqual([
      'المسماري',
      'Salame',
    ]);
    expect(toTimeseriesTable(arabicOnly, 'ar').columns).toEqual(['المسماري', 'Salame']);
  });
});
