import { describe, expect, it } from 'vitest';
import type { ContestedPair } from '../types';
import {
  compareLinkForPair,
  narrativeName,
  normalizeBlindSpots,
  normalizeContested,
  normalizeFraming,
  normalizeList,
  normalizeTopSources,
  placeName,
  toFramingRows,
} from './lists';

const pair: ContestedPair = {
  location: { id: 7, nameAr: 'وادي الربيع', nameEn: 'Wadi al-Rabi' },
  a: { id: 1, text: 'قصفت مقاتلات سلاح الجو', camp: 'LNA', sourceMention: 'الجيش', eventDate: '2019-10-07' },
  b: { id: 2, text: 'استهدفت مدفعية هاوزر', camp: 'GNA', sourceMention: 'قنونو', eventDate: '2019-10-06' },
  dayGap: 1,
  linked: false,
};

describe('normalizeContested', () => {
  it('accepts a bare array or { pairs }', () => {
    expect(normalizeContested([pair])).toEqual([pair]);
    expect(normalizeContested({ pairs: [pair] })).toEqual([pair]);
  });

  it('treats anything else as no pairs and skips broken entries', () => {
    expect(normalizeContested(null)).toEqual([]);
    expect(normalizeContested({ items: [pair] })).toEqual([]);
    expect(normalizeContested([pair, { a: pair.a }, null])).toEqual([pair]);
  });
});

describe('normalizeList', () => {
  it('accepts arrays and wrapped lists', () => {
    expect(normalizeList([1])).toEqual([1]);
    expect(normalizeList({ items: [2] })).toEqual([2]);
    expect(normalizeList({ sources: [3] }, 'sources')).toEqual([3]);
    expect(normalizeList('x')).toEqual([]);
  });
});

describe('names', () => {
  it('picks the language, falling back to the other', () => {
    expect(placeName(pair.location, 'ar')).toBe('وادي الربيع');
    expect(placeName(pair.location, 'en')).toBe('Wadi al-Rabi');
    expect(placeName({ id: 1, nameAr: 'طرابلس', nameEn: '' }, 'en')).toBe('طرابلس');
    expect(narrativeName({ id: 1, name: 'Liberation' }, 'ar')).toBe('Liberation');
    expect(narrativeName(undefined, 'en')).toBe('');
  });
});

describe('compareLinkForPair', () => {
  it('opens the place over the days both claims cover', () => {
    expect(compareLinkForPair(pair)).toBe('/compare?location=7&from=2019-10-06&to=2019-10-07');
  });
});

describe('toFramingRows', () => {
  it('sorts by camp order, then use', () => {
    const rows = toFramingRows(
      {
        outletId: 1,
        outletName: 'Afrigate',
        labels: [
          { camp: 'GNA', label: 'ميليشيات', tone: 'pejorative', narration: 2, quote: 1 },
          { camp: 'LNA', label: 'الجيش', tone: 'legitimising', narration: 1, quote: 0 },
          { camp: 'GNA', label: 'قوات الوفاق', tone: 'neutral', narration: 4, quote: 3 },
        ],
      },
      ['LNA', 'GNA'],
    );
    expect(rows.map((row) => [row.camp, row.label, row.total])).toEqual([
      ['LNA', 'الجيش', 1],
      ['GNA', 'قوات الوفاق', 7],
      ['GNA', 'ميليشيات', 3],
    ]);
  });
});

describe('normalizeFraming and normalizeBlindSpots', () => {
  it('default to empty lists', () => {
    expect(normalizeFraming({ outlets: [{ outletId: 1, outletName: 'x', labels: [] }, { outletId: 2 }] })).toHaveLength(
      1,
    );
    expect(normalizeFraming(undefined)).toEqual([]);
    expect(normalizeBlindSpots(undefined)).toEqual({ places: [], narratives: [] });
    expect(normalizeBlindSpots({ places: [{ camp: 'LNA' }] }).places).toHaveLength(1);
  });
});

describe('normalizeTopSources', () => {
  it('reads { sources } with claims, or an array with count', () => {
    const source = { sourceId: 1, nameEn: 'LNA General Command', nameAr: 'القيادة العامة', camp: 'LNA' };
    expect(normalizeTopSources({ sources: [{ ...source, claims: 4 }] })).toEqual([{ ...source, claims: 4 }]);
    expect(normalizeTopSources([{ ...source, count: 2 }])[0].claims).toBe(2);
  });
});
