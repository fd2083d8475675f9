import { normalizeArabic } from '@claimline/extraction';
import { matchedByFor, matchReferences, type ReferenceName } from './search-references.js';

const NAMES: ReferenceName[] = [
  { kind: 'source', id: 1, name: 'Ghassan Salamé' },
  { kind: 'source', id: 1, name: 'غسان سلامة' },
  { kind: 'source', id: 2, name: 'Tripoli government' },
  { kind: 'place', id: 10, name: 'Tripoli' },
  { kind: 'place', id: 10, name: 'طرابلس' },
  { kind: 'place', id: 11, name: 'Ain Zara' },
  { kind: 'place', id: 12, name: 'الخلة' },
];

describe('matchReferences', () => {
  it('ignores Latin accents on either side', () => {
    expect(matchReferences('Salame', NAMES)).toEqual({ sourceIds: [1], locationIds: [] });
    expect(matchReferences('salamé', NAMES)).toEqual({ sourceIds: [1], locationIds: [] });
  });

  it('normalises Arabic and strips clitics as the text index does', () => {
    expect(matchReferences('سلامه', NAMES).sourceIds).toEqual([1]);
    expect(matchReferences('طرابلس', NAMES).locationIds).toEqual([10]);
    expect(matchReferences('خلة', NAMES).locationIds).toEqual([12]);
  });

  it('matches word prefixes, every word within one name', () => {
    expect(matchReferences('Trip', NAMES)).toEqual({ sourceIds: [2], locationIds: [10] });
    expect(matchReferences('ain zar', NAMES).locationIds).toEqual([11]);
    expect(matchReferences('Salamé Tripoli', NAMES)).toEqual({ sourceIds: [], locationIds: [] });
    expect(matchReferences('ara', NAMES)).toEqual({ sourceIds: [], locationIds: [] });
  });

  it('resolves nothing for a query the index cannot answer', () => {
    expect(matchReferences('a', NAMES)).toEqual({ sourceIds: [], locationIds: [] });
  });
});

describe('matchedByFor', () => {
  const match = { sourceIds: [1], locationIds: [10] };

  it('lists every reason in the order text, source, place', () => {
    const claim = { textNormalized: normalizeArabic('قال سلامة في طرابلس'), sourceId: 1, locationIds: [10] };
    expect(matchedByFor('سلامة', match)(claim)).toEqual(['text', 'source', 'place']);
    expect(matchedByFor('Salamé', match)({ ...claim, locationIds: [] })).toEqual(['source']);
  });
});
