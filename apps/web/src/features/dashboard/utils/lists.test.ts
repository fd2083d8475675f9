import { describe, expect, it } from 'vitest';
import type { ContestedPair } from '../types';
import { compareLinkForPair, contestedReviewLink, narrativeName, placeName, toFramingRows } from './lists';

const claim = {
  cue: 'قال',
  sourceName: null,
  sourceNameAr: null,
  datePrecision: 'day',
  articleId: 3,
  status: 'contested',
} as const;

const pair: ContestedPair = {
  location: {
    id: 7,
    key: 'wadi-rabi',
    nameAr: 'وادي الربيع',
    nameEn: 'Wadi al-Rabi',
    lat: 32.7,
    lon: 13.3,
    kind: 'district',
  },
  a: { ...claim, id: 1, text: 'قصفت مقاتلات سلاح الجو', camp: 'LNA', sourceMention: 'الجيش', eventDate: '2019-10-07' },
  b: { ...claim, id: 2, text: 'استهدفت مدفعية هاوزر', camp: 'GNA', sourceMention: 'قنونو', eventDate: '2019-10-06' },
  dayGap: 1,
  score: 0,
  evidence: [],
  campOpposition: 0,
  linked: false,
};

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
    expect(contestedReviewLink(pair)).toBe('/compare?location=7&from=2019-10-06&to=2019-10-07&view=contested');
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
