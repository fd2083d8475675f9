import { describe, expect, it } from 'vitest';
import {
  EMPTY_FILTERS,
  countActiveFilters,
  filtersToQuery,
  filtersToSearchParams,
  mergeFiltersIntoParams,
  searchParamsToFilters,
} from './filters';

describe('searchParamsToFilters', () => {
  it('reads comma-separated and repeated lists', () => {
    const filters = searchParamsToFilters(new URLSearchParams('camp=LNA,GNA&camp=UN&source=4&source=7,9'));
    expect(filters.camp).toEqual(['LNA', 'GNA', 'UN']);
    expect(filters.source).toEqual(['4', '7', '9']);
  });

  it('drops unknown camps, statuses, non-numeric ids, bad dates and duplicates', () => {
    const filters = searchParamsToFilters(
      new URLSearchParams(
        'camp=LNA,NOPE,LNA&status=contested,maybe&location=12,x&from=2019-02-30&to=2019-10-31&q=%20%20',
      ),
    );
    expect(filters).toEqual({
      ...EMPTY_FILTERS,
      camp: ['LNA'],
      status: ['contested'],
      location: ['12'],
      to: '2019-10-31',
    });
  });

  it('keeps an Arabic search', () => {
    expect(searchParamsToFilters(new URLSearchParams({ q: ' وادي الربيع ' })).q).toBe('وادي الربيع');
  });
});

describe('filtersToSearchParams', () => {
  it('writes only what is set, in a stable order', () => {
    const params = filtersToSearchParams({
      ...EMPTY_FILTERS,
      to: '2019-10-31',
      status: ['contested'],
      camp: ['LNA', 'GNA'],
      from: '2019-10-01',
    });
    expect(params.toString()).toBe('camp=LNA%2CGNA&status=contested&from=2019-10-01&to=2019-10-31');
  });

  it('round-trips', () => {
    const filters = {
      camp: ['UN'],
      source: ['3'],
      narrative: ['1', '2'],
      status: ['unreviewed'],
      location: ['5'],
      outlet: ['8'],
      from: '2019-10-07',
      to: '2019-10-13',
      q: 'طرابلس',
    };
    expect(searchParamsToFilters(filtersToSearchParams(filters))).toEqual(filters);
  });

  it('gives an empty string for no filters', () => {
    expect(filtersToSearchParams(EMPTY_FILTERS).toString()).toBe('');
  });
});

describe('filtersToQuery', () => {
  it('is a plain record for apiFetch', () => {
    expect(filtersToQuery({ ...EMPTY_FILTERS, camp: ['LNA', 'GNA'], q: 'x' })).toEqual({ camp: 'LNA,GNA', q: 'x' });
  });
});

describe('mergeFiltersIntoParams', () => {
  it('replaces filters and keeps the other params', () => {
    const current = new URLSearchParams('bucket=week&camp=LNA&groupBy=source&q=old');
    const next = mergeFiltersIntoParams(current, { ...EMPTY_FILTERS, camp: ['GNA'] });
    expect(next.toString()).toBe('bucket=week&groupBy=source&camp=GNA');
  });
});

describe('countActiveFilters', () => {
  it('counts a date range once', () => {
    expect(countActiveFilters({ ...EMPTY_FILTERS, camp: ['LNA'], from: '2019-01-01', to: '2019-02-01', q: 'a' })).toBe(
      3,
    );
  });
});
