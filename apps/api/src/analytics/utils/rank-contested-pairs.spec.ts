import { capClaimAppearances, rankContestedPairs, type RankablePair } from './rank-contested-pairs.js';

let nextId = 1;
const claim = (camp: string, eventDate = '2019-10-07', datePrecision = 'day') => ({
  id: nextId++,
  camp,
  eventDate,
  datePrecision,
});
const pair = (name: string, overrides: Partial<RankablePair> = {}): RankablePair & { name: string } => ({
  name,
  location: { kind: 'district' },
  a: claim('LNA'),
  b: claim('GNA'),
  dayGap: 0,
  campOpposition: 0,
  score: 3,
  linked: false,
  ...overrides,
});
const names = (pairs: { name: string }[]) => pairs.map((p) => p.name);

describe('rankContestedPairs', () => {
  it('puts opposed belligerents before a belligerent against another camp, and those before the rest', () => {
    const un = pair('un', { campOpposition: 2, score: 9 });
    const mixed = pair('mixed', { campOpposition: 1, score: 9 });
    expect(names(rankContestedPairs([un, mixed, pair('belligerents')]))).toEqual(['belligerents', 'mixed', 'un']);
  });

  it('ranks stronger opposition evidence first among the same camps', () => {
    expect(names(rankContestedPairs([pair('weak', { score: 2 }), pair('strong', { score: 6 })]))).toEqual([
      'strong',
      'weak',
    ]);
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

describe('capClaimAppearances', () => {
  it('keeps a claim in at most `cap` pairs, the best ranked ones', () => {
    const loud = claim('LNA');
    const pairs = ['p1', 'p2', 'p3', 'p4'].map((name) => pair(name, { a: loud }));
    expect(names(capClaimAppearances(pairs, 2))).toEqual(['p1', 'p2']);
  });

  it('always keeps linked pairs, which count towards the cap', () => {
    const loud = claim('LNA');
    const linked = pair('linked', { a: loud, linked: true });
    const pairs = [
      linked,
      pair('s1', { a: loud }),
      pair('s2', { a: loud }),
      pair('linked2', { a: loud, linked: true }),
    ];
    expect(names(capClaimAppearances(pairs, 2))).toEqual(['linked', 's1', 'linked2']);
  });
});
