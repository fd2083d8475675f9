import { describe, expect, it } from 'vitest';
import {
  compareParamsToSearchParams,
  eventDateOptions,
  searchParamsToCompareParams,
  toCampColumns,
} from './compare-params';
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

  it('round-trips', () => {
    const params = { location: '3', from: '2019-10-01', to: '2019-10-31' };
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

  it('gives five columns in camp order, oldest claim first', () => {
    const columns = toCampColumns([
      { camp: 'GNA', claims: [claim(2, '2019-10-07'), claim(1, '2019-10-06')] },
      { camp: 'LNA', claims: [claim(3, '2019-10-07', 'LNA')] },
    ]);
    expect(columns.map((column) => column.camp)).toEqual(['LNA', 'GNA', 'UN', 'INTERNATIONAL', 'UNKNOWN']);
    expect(columns[1].claims.map((item) => item.id)).toEqual([1, 2]);
    expect(columns[4].claims).toEqual([]);
  });

  it('copes with no data', () => {
    expect(toCampColumns(undefined)).toHaveLength(5);
  });
});

describe('eventDateOptions', () => {
  it('drops the day for a month', () => {
    expect(eventDateOptions('month').day).toBeUndefined();
    expect(eventDateOptions('day').day).toBe('numeric');
  });
});
