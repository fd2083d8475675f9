import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  listQueryFromSearchParams,
  listQueryToApiQuery,
  listQueryToSearchParams,
  updateFilter,
} from './claim-filters';

describe('claims list query ⇄ URL', () => {
  it('reads the filters and the sort, ignoring unknown, empty and malformed values', () => {
    const params = new URLSearchParams(
      'camp=LNA&status=contested&q=%20airport%20&from=2019-04-04&to=yesterday&foo=bar&outlet=&sort=eventDate',
    );
    expect(listQueryFromSearchParams(params)).toEqual({
      camp: ['LNA'],
      status: ['contested'],
      q: 'airport',
      from: '2019-04-04',
      sort: 'eventDate',
    });
  });

  it('keeps the parameter names and formats of bookmarked links, sort last', () => {
    const url = 'camp=LNA%2CGNA&source=12&outlet=2&from=2019-04-01&to=2019-05-01&article=4&q=tripoli&sort=-eventDate';
    expect(listQueryToSearchParams(listQueryFromSearchParams(new URLSearchParams(url))).toString()).toBe(url);
  });

  it('writes equal queries as equal URLs', () => {
    const a = listQueryToSearchParams({ q: 'tripoli', camp: ['GNA'], to: '2019-05-01' }).toString();
    const b = listQueryToSearchParams({ to: '2019-05-01', camp: ['GNA'], q: 'tripoli' }).toString();
    expect(a).toBe(b);
    expect(a).toBe('camp=GNA&to=2019-05-01&q=tripoli');
  });

  it('round-trips every filter, Arabic search and the sort', () => {
    const query = {
      camp: ['LNA'],
      source: [12],
      narrative: [3],
      status: ['confirmed' as const],
      location: [7],
      outlet: [5],
      from: '2019-04-01',
      to: '2019-04-30',
      article: 4,
      q: 'مطار طرابلس',
      sort: 'eventDate',
    };
    expect(listQueryFromSearchParams(listQueryToSearchParams(query))).toEqual(query);
  });
});

describe('updateFilter', () => {
  it('reads a control value as the URL would and removes a cleared filter', () => {
    const query = updateFilter({ camp: ['LNA'], status: ['confirmed'], sort: 'x' }, 'camp', '');
    expect(query).toEqual({ status: ['confirmed'], sort: 'x' });
    expect(updateFilter(query, 'narrative', '3')).toEqual({ status: ['confirmed'], narrative: [3], sort: 'x' });
    expect(updateFilter(query, 'article', '0')).toEqual(query);
    expect(activeFilterCount(query)).toBe(1);
    expect(listQueryToApiQuery(query)).toEqual({ status: 'confirmed', sort: 'x' });
  });
});
