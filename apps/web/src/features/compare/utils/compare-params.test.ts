import { describe, expect, it } from 'vitest';
import { compareParamsToSearchParams, searchParamsToCompareParams, toCampColumns } from './compare-params';
import type { CompareClaim } from '../types';

describe('searchParamsToCompareParams', () => {
  it('reads the place and the window', () => {
    expect(searchParamsToCompareParams(new URLSearchParams('location=7&from=2019-10-06&to=2019-10-07'))).toEqual({
      location: '7',
      from: '2019-10-06',
      to: '2019-10-07',
    });
  });

  it('ignores what is not an id or a date, and takes the first of a list', () => {
    expect(searchParamsToCompareParams(new URLSearchParams('location=x&from=2019-13-01'))).toEqual({});
    expect(searchParamsToCompareParams(new URLSearchParams('location=4,5'))).toEqual({ location: '4' });
  });

  it('reads the contested view, and nothing else as a view', () => {
    expect(searchParamsToCompareParams(new URLSearchParams('view=contested'))).toEqual({ view: 'contested' });
    expect(searchParamsToCompareParams(new URLSearchParams('view=other'))).toEqual({});
  });

  it('round-trips', () => {
    const params = { location: '3', from: '2019-10-01', to: '2019-10-31', view: 'contested' as const };
    expect(searchParamsToCompareParams(compareParamsToSearchParams(params))).toEqual(params);
    expect(compareParamsToSearchParams({}).toString()).toBe('');
  });
});

describe('toCampColumns', () => {
  const claim = (id: number, eventDate: string, camp: CompareClaim['camp'] = 'GNA'): CompareClaim => ({
    id,
    eventDate,
    text: 't',
    cue: 'قال',
    camp,
    sourceMention: 's',
    sourceName: null,
    sourceNameAr: null,
    datePrecision: 'day',
    articleId: 1,
    status: 'unreviewed',
  });

  it('keeps the camps with claims as columns, oldest claim first, and names the empty ones apart', () => {
    const columns = toCampColumns([
      { camp: 'LNA', claims: [claim(3, '2019-10-07', 'LNA')] },
      { camp: 'GNA', claims: [claim(2, '2019-10-07'), claim(1, '2019-10-06')] },
      { camp: 'UN', claims: [] },
      { camp: 'INTERNATIONAL', claims: [] },
      { camp: 'UNKNOWN', claims: [] },
    ]);
    expect(columns.shown.map((column) => column.camp)).toEqual(['LNA', 'GNA']);
    expect(columns.shown[1].claims.map((item) => item.id)).toEqual([1, 2]);
    expect(columns.empty).toEqual(['UN', 'INTERNATIONAL', 'UNKNOWN']);
  });

  it("keeps the API's camp order (a conflict's own camps)", () => {
    // Camp ids of another conflict pack; the generated type still lists Libya's.
    const [saf, rsf] = ['SAF', 'RSF'] as string[];
    const columns = toCampColumns([
      { camp: saf, claims: [claim(1, '2023-05-01', saf)] },
      { camp: rsf, claims: [claim(2, '2023-05-01', rsf)] },
    ]);
    expect(columns.shown.map((column) => column.camp)).toEqual(['SAF', 'RSF']);
  });

  it('copes with no data', () => {
    expect(toCampColumns(undefined)).toEqual({ shown: [], empty: [] });
  });
});
