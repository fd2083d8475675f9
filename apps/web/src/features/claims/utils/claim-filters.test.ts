import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  filtersFromSearchParams,
  filtersToQuery,
  filtersToSearchParams,
  updateFilter,
} from './claim-filters';

describe('claim filters ⇄ URL', () => {
  it('reads known keys and ignores unknown, empty and malformed ones', () => {
    const params = new URLSearchParams(
      'camp=LNA&status=contested&q=%20airport%20&from=2019-04-04&to=yesterday&foo=bar&outlet=',
    );
    expect(filtersFromSearchParams(params)).toEqual({
      camp: 'LNA',
      status: 'contested',
      q: 'airport',
      from: '2019-04-04',
    });
  });

  it('writes keys in a stable order so equal filters give equal URLs', () => {
    const a = filtersToSearchParams({ q: 'tripoli', camp: 'GNA', to: '2019-05-01' }).toString();
    const b = filtersToSearchParams({ to: '2019-05-01', camp: 'GNA', q: 'tripoli' }).toString();
    expect(a).toBe(b);
    expect(a).toBe('camp=GNA&to=2019-05-01&q=tripoli');
  });

  it('round-trips, including Arabic search text and the sort', () => {
    const filters = {
      camp: 'LNA',
      narrative: '3',
      source: '12',
      location: '7',
      article: '4',
      outlet: 'Libya Observer',
      q: 'مطار طرابلس',
      sort: 'eventDate',
    };
    const url = filtersToSearchParams(filters).toString();
    expect(filtersFromSearchParams(new URLSearchParams(url))).toEqual(filters);
  });

  it('removes a filter set to empty and counts the active ones', () => {
    const filters = updateFilter({ camp: 'LNA', status: 'confirmed' }, 'camp', '');
    expect(filters).toEqual({ status: 'confirmed' });
    expect(activeFilterCount({ ...filters, sort: 'x' })).toBe(1);
    expect(filtersToQuery(filters)).toEqual({ status: 'confirmed' });
  });
});
