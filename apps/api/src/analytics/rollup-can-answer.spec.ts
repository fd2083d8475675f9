import type { DatePrecision } from '@claimline/contracts';
import { rollupCanAnswer } from './analytics-rollups.repository.js';

describe('rollupCanAnswer', () => {
  it('answers the precision filter from both rollups (they are keyed by date_precision)', () => {
    const precision: DatePrecision[] = ['day', 'week', 'month'];
    expect(rollupCanAnswer({ conflict: 'libya-2019', precision }, false)).toBe(true);
    expect(rollupCanAnswer({ conflict: 'libya-2019', precision }, true)).toBe(true);
  });

  it('leaves filters the rollups lack to the claims table', () => {
    expect(rollupCanAnswer({ conflict: 'libya-2019', location: [3] }, false)).toBe(false);
    expect(rollupCanAnswer({ conflict: 'libya-2019', source: [2] }, true)).toBe(false);
  });
});
