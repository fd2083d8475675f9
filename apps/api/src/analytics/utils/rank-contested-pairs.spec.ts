import { rankContestedPairs, type RankablePair } from './rank-contested-pairs.js';

const claim = (camp: string, eventDate = '2019-10-07', datePrecision = 'day') => ({ camp, eventDate, datePrecision });
const pair = (name: string, overrides: Partial<RankablePair> = {}): RankablePair & { name: string } => ({
  name,
  location: { kind: 'district' },
  a: claim('LNA'),
  b: claim('GNA'),
  dayGap: 0,
  ...overrides,
});
const names = (pairs: { name: string }[]) => pairs.map((p) => p.name);

describe('rankContestedPairs', () => {
  it('puts LNA-against-GNA pairs before pairs involving other camps', () => {
    const un = pair('un', { a: claim('UN'), b: claim('INTERNATIONAL') });
    expect(names(rankContestedPairs([un, pair('belligerents')]))).toEqual(['belligerents', 'un']);
  });

  it('prefers a front line or district to a city, and a city to a country', () => {
    const ranked = rankContestedPairs([
      pair('country', { location: { kind: 'country' } }),
      pair('city', { location: { kind: 'city' } }),
      pair('front', { location: { kind: 'front' } }),
    ]);
    expect(names(ranked)).toEqual(['front', 'city', 'country']);
  });

  it('prefers the same day to a day apart, and exact days to dates inferred from publication', () => {
    const apart = pair('apart', { dayGap: 1 });
    const reported = pair('reported', { a: claim('LNA', '2019-10-07', 'reported') });
    expect(names(rankContestedPairs([apart, reported, pair('exact')]))).toEqual(['exact', 'reported', 'apart']);
  });

  it('breaks remaining ties by the most recent day', () => {
    const older = pair('older', { a: claim('LNA', '2019-07-01'), b: claim('GNA', '2019-07-01') });
    expect(names(rankContestedPairs([older, pair('newer')]))).toEqual(['newer', 'older']);
  });
});
