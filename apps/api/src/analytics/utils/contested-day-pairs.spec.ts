import { addDays, groupPlaceRows, pairsOfDay, type PlaceRow } from './contested-day-pairs.js';

const row = (claimId: number, locationId: number, day: string, campRank: number): PlaceRow => ({
  claimId,
  locationId,
  day,
  campRank,
});
const ids = (pairs: { locationId: number; aId: number; bId: number }[]) =>
  pairs.map((pair) => `${pair.locationId}:${pair.aId}-${pair.bId}`);

describe('pairsOfDay', () => {
  const rows = groupPlaceRows([
    row(9, 2, '2020-01-02', 1),
    row(4, 1, '2020-01-02', 2),
    row(3, 1, '2020-01-02', 1),
    row(7, 1, '2020-01-01', 1),
    row(1, 1, '2020-01-01', 3),
    row(5, 1, '2020-01-02', 2),
    row(8, 2, '2020-01-01', 2),
    row(6, 3, '2020-01-01', 2),
  ]);

  it('pairs a day with itself (b of a later camp) and the day before (any other camp), by place, a, b', () => {
    // Place 1: 3 (camp 1) against 1 (camp 3, day before), 4 and 5 (camp 2, same day); 4 and 5 against 1 and 7
    // of the day before (camp 3 and 1), not against 3 (same day, earlier camp) nor each other (same camp).
    expect(ids(pairsOfDay(rows, '2020-01-02', '2020-01-01', 100))).toEqual([
      '1:3-1',
      '1:3-4',
      '1:3-5',
      '1:4-1',
      '1:4-7',
      '1:5-1',
      '1:5-7',
      '2:9-8',
    ]);
  });

  it('stops at the limit, and on the window’s first day reads only that day', () => {
    expect(ids(pairsOfDay(rows, '2020-01-02', '2020-01-01', 3))).toEqual(['1:3-1', '1:3-4', '1:3-5']);
    expect(ids(pairsOfDay(rows, '2020-01-02', '2020-01-02', 100))).toEqual(['1:3-4', '1:3-5']);
    expect(ids(pairsOfDay(rows, '2020-01-01', '2019-12-31', 100))).toEqual(['1:7-1']);
    expect(pairsOfDay(rows, '2020-01-03', '2020-01-02', 100)).toEqual([]);
  });
});

describe('addDays', () => {
  it('moves across month and year ends', () => {
    expect(addDays('2020-03-01', -1)).toBe('2020-02-29');
    expect(addDays('2019-12-31', 1)).toBe('2020-01-01');
  });
});
