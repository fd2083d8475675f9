import { describe, expect, it } from 'vitest';
import { claimFiltersFromSearchParams, claimFiltersToSearchParams, type ClaimFilters } from '@claimline/contracts';
import { EMPTY_FILTERS, countActiveFilters, excludesReportedDates, mergeFiltersIntoParams } from './filters';

describe('dashboard filters in the URL', () => {
  it('reads the links the dashboard always wrote', () => {
    const filters = claimFiltersFromSearchParams(
      new URLSearchParams(
        'camp=LNA,NO%20PE,LNA&camp=GNA&status=contested,maybe&location=12,x&from=2019-02-30&to=2019-10-31&q=%20%20',
      ),
    );
    expect(filters).toEqual({ camp: ['LNA', 'GNA'], status: ['contested'], location: [12], to: '2019-10-31' });
  });

  it('round-trips through the URL, bucket and grouping kept apart', () => {
    const filters: ClaimFilters = {
      camp: ['UN'],
      source: [3],
      narrative: [1, 2],
      status: ['unreviewed'],
      location: [5],
      outlet: [8],
      from: '2019-10-07',
      to: '2019-10-13',
      q: 'طرابلس',
    };
    const params = mergeFiltersIntoParams(new URLSearchParams('bucket=day&groupBy=status'), filters);
    expect(params.toString()).toBe(
      'bucket=day&groupBy=status&camp=UN&source=3&narrative=1%2C2&status=unreviewed&location=5&outlet=8&from=2019-10-07&to=2019-10-13&q=%D8%B7%D8%B1%D8%A7%D8%A8%D9%84%D8%B3',
    );
    expect(claimFiltersFromSearchParams(params)).toEqual(filters);
  });

  it('gives an empty string for no filters', () => {
    expect(claimFiltersToSearchParams(EMPTY_FILTERS).toString()).toBe('');
  });
});

describe('mergeFiltersIntoParams', () => {
  it('replaces filters and keeps the other params', () => {
    const current = new URLSearchParams('bucket=week&camp=LNA&groupBy=source&q=old&article=4');
    const next = mergeFiltersIntoParams(current, { camp: ['GNA'] });
    expect(next.toString()).toBe('bucket=week&groupBy=source&camp=GNA');
  });
});

describe('countActiveFilters', () => {
  it('counts a date range once', () => {
    expect(countActiveFilters({ camp: ['LNA'], from: '2019-01-01', to: '2019-02-01', q: 'a' })).toBe(3);
    expect(countActiveFilters({ camp: [], to: '2019-02-01' })).toBe(1);
  });
});

describe('excludesReportedDates', () => {
  it('is on only when a precision list leaves out publication-only dates', () => {
    expect(excludesReportedDates({})).toBe(false);
    expect(excludesReportedDates({ precision: ['day', 'week', 'month'] })).toBe(true);
    expect(excludesReportedDates({ precision: ['day', 'reported'] })).toBe(false);
  });

  it('does not count the conflict as a filter', () => {
    expect(countActiveFilters({ conflict: 'sudan-2023', precision: ['day'] })).toBe(1);
  });
});
