import type { ClaimFiltersDto } from '../claims/dto/claim-filters.dto.js';
import { placeSourceRollupCanAnswer } from './analytics-place-rollups.repository.js';

const keys: Partial<ClaimFiltersDto> = {
  conflict: 'libya-2019',
  camp: ['LNA'],
  status: ['confirmed'],
  from: '2019-04-02',
  to: '2019-06-15',
};
const can = (filters: Partial<ClaimFiltersDto>, rollup: 'places' | 'sources') =>
  placeSourceRollupCanAnswer(filters, rollup);

describe('placeSourceRollupCanAnswer', () => {
  it('answers conflict, camp, status and from/to from both monthly rollups', () => {
    expect(can(keys, 'places')).toBe(true);
    expect(can(keys, 'sources')).toBe(true);
    expect(can({ ...keys, camp: [] }, 'places')).toBe(true);
  });

  it('answers a source filter from the source rollup only, and never source 0 ("none" in the rollup)', () => {
    expect(can({ ...keys, source: [3] }, 'sources')).toBe(true);
    expect(can({ ...keys, source: [3] }, 'places')).toBe(false);
    expect(can({ ...keys, source: [0] }, 'sources')).toBe(false);
  });

  it('leaves every other filter to the claims query (the monthly rows are not keyed by it)', () => {
    const others: Partial<ClaimFiltersDto>[] = [
      { precision: ['day'] },
      { narrative: [1] },
      { location: [2] },
      { outlet: [4] },
      { q: 'x' },
    ];
    for (const other of others)
      for (const rollup of ['places', 'sources'] as const) expect(can({ ...keys, ...other }, rollup)).toBe(false);
  });
});
