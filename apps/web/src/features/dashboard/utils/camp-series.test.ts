import { describe, expect, it } from 'vitest';
import type { TimeseriesResponse } from '../types';
import { withConflictCamps } from './camp-series';

const sudan = [
  { id: 'RSF', nameEn: 'Rapid Support Forces', nameAr: 'قوات الدعم السريع', color: '#D55E00', order: 2 },
  { id: 'SAF', nameEn: 'Sudanese Armed Forces', nameAr: 'القوات المسلحة السودانية', color: '#0072B2', order: 1 },
  { id: 'UNKNOWN', nameEn: 'Unknown', nameAr: 'غير معروف', color: '#999999', order: 5 },
];

function response(series: TimeseriesResponse['series'], groupBy: TimeseriesResponse['groupBy'] = 'camp') {
  return { buckets: ['2024-05', '2024-06'], groupBy, series } as unknown as TimeseriesResponse;
}

describe('withConflictCamps', () => {
  it("lists the conflict's camps in its order, zeros for a camp without claims, never another conflict's", () => {
    const rsf = { key: 'RSF', label: 'RSF', labelAr: 'الدعم السريع', color: '#D55E00', counts: [2, 1] };
    const result = withConflictCamps(response([rsf]), sudan);
    expect(result.series.map((series) => series.key)).toEqual(['SAF', 'RSF', 'UNKNOWN']);
    expect(result.series[0]).toMatchObject({ label: 'Sudanese Armed Forces', counts: [0, 0] });
    expect(result.series[1]).toBe(rsf);
    expect(result.series.some((series) => series.key === 'LNA')).toBe(false);
  });

  it('keeps a series the camp list lacks at the end, and leaves other groupings alone', () => {
    const odd = { key: 'OTHER', label: 'Other', labelAr: 'أخرى', color: '#000', counts: [1, 0] };
    expect(withConflictCamps(response([odd]), sudan).series.at(-1)).toBe(odd);
    const bySource = response([odd], 'source');
    expect(withConflictCamps(bySource, sudan)).toBe(bySource);
  });
});
