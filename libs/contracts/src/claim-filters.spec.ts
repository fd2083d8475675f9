import {
  CLAIM_FILTER_FIELDS,
  CLAIM_FILTER_KEYS,
  activeClaimFilterKeys,
  claimFiltersFromSearchParams,
  claimFiltersToQuery,
  claimFiltersToSearchParams,
  formatClaimFilter,
  isClaimFilterKey,
  parseClaimFilter,
  withClaimFilter,
  type ClaimFilters,
} from './claim-filters.js';

/** Every key set, so a round trip covers each kind. */
const EVERY_FILTER: Required<ClaimFilters> = {
  conflict: 'sudan-2023',
  camp: ['LNA', 'GNA'],
  source: [3, 12],
  narrative: [1],
  status: ['contested', 'confirmed'],
  location: [7],
  outlet: [2, 5],
  from: '2019-10-01',
  to: '2019-10-31',
  precision: ['day', 'week'],
  article: 4,
  q: 'مطار طرابلس',
};

describe('claim filter keys', () => {
  it('describes every key once, in URL order', () => {
    expect(Object.keys(CLAIM_FILTER_FIELDS)).toEqual([...CLAIM_FILTER_KEYS]);
    expect(new Set(CLAIM_FILTER_KEYS).size).toBe(CLAIM_FILTER_KEYS.length);
    expect(isClaimFilterKey('outlet')).toBe(true);
    expect(isClaimFilterKey('sort')).toBe(false);
  });
});

describe('parseClaimFilter', () => {
  it('reads comma-separated and repeated lists, trimmed and without duplicates', () => {
    expect(parseClaimFilter('camp', ['LNA, GNA', 'UN', 'LNA'])).toEqual(['LNA', 'GNA', 'UN']);
    expect(parseClaimFilter('source', ['4', '7,9', '4'])).toEqual([4, 7, 9]);
  });

  it('drops unknown enum values, malformed codes and non-numeric ids', () => {
    // Camps are data (the API checks them against the conflict): any well-formed code passes here.
    expect(parseClaimFilter('camp', ['RSF,LNA,no way,'])).toEqual(['RSF', 'LNA']);
    expect(parseClaimFilter('conflict', ['sudan-2023'])).toBe('sudan-2023');
    expect(parseClaimFilter('conflict', ['../etc'])).toBeUndefined();
    expect(parseClaimFilter('precision', ['day,soon'])).toEqual(['day']);
    expect(parseClaimFilter('status', ['maybe'])).toBeUndefined();
    expect(parseClaimFilter('location', ['12,x,1e2, '])).toEqual([12]);
  });

  it('takes one article id of at least 1', () => {
    expect(parseClaimFilter('article', [' 12 ', '13'])).toBe(12);
    expect(parseClaimFilter('article', ['0'])).toBeUndefined();
    expect(parseClaimFilter('article', ['x'])).toBeUndefined();
  });

  it('keeps only real calendar days', () => {
    expect(parseClaimFilter('from', ['2019-10-01'])).toBe('2019-10-01');
    expect(parseClaimFilter('from', ['2019-02-30'])).toBeUndefined();
    expect(parseClaimFilter('to', ['yesterday'])).toBeUndefined();
  });

  it('trims the search and drops a blank one', () => {
    expect(parseClaimFilter('q', [' وادي الربيع '])).toBe('وادي الربيع');
    expect(parseClaimFilter('q', ['   '])).toBeUndefined();
    expect(parseClaimFilter('q', [])).toBeUndefined();
  });
});

describe('claim filters ⇄ URL', () => {
  it('round-trips every key, Arabic search included', () => {
    const url = claimFiltersToSearchParams(EVERY_FILTER).toString();
    expect(claimFiltersFromSearchParams(new URLSearchParams(url))).toEqual(EVERY_FILTER);
  });

  it('writes the parameter names and formats bookmarked links use, in key order', () => {
    const params = claimFiltersToSearchParams({
      q: 'x',
      to: '2019-10-31',
      article: 4,
      status: ['contested'],
      camp: ['LNA', 'GNA'],
      outlet: [2],
    });
    expect(params.toString()).toBe('camp=LNA%2CGNA&status=contested&outlet=2&to=2019-10-31&article=4&q=x');
  });

  it('ignores other parameters and writes nothing for no filters', () => {
    expect(claimFiltersFromSearchParams(new URLSearchParams('bucket=week&sort=eventDate&foo=bar'))).toEqual({});
    expect(claimFiltersToSearchParams({ camp: [], q: ' ' }).toString()).toBe('');
  });

  it('gives a plain query object for API calls', () => {
    expect(claimFiltersToQuery({ camp: ['LNA', 'GNA'], source: [3], q: 'x' })).toEqual({
      camp: 'LNA,GNA',
      source: '3',
      q: 'x',
    });
  });

  it('formats single values and lists', () => {
    expect(formatClaimFilter([1, 2])).toBe('1,2');
    expect(formatClaimFilter(4)).toBe('4');
    expect(formatClaimFilter([])).toBeUndefined();
    expect(formatClaimFilter(undefined)).toBeUndefined();
  });
});

describe('withClaimFilter and activeClaimFilterKeys', () => {
  it('replaces one filter and removes it when it filters nothing', () => {
    const filters = withClaimFilter({ camp: ['LNA'], status: ['confirmed'] }, 'camp', ['UN']);
    expect(filters).toEqual({ camp: ['UN'], status: ['confirmed'] });
    expect(withClaimFilter(filters, 'camp', [])).toEqual({ status: ['confirmed'] });
    expect(withClaimFilter(filters, 'q', undefined)).toEqual(filters);
  });

  it('lists the keys that filter something, in key order', () => {
    expect(activeClaimFilterKeys({ q: 'a', camp: [], to: '2019-10-31', source: [1] })).toEqual(['source', 'to', 'q']);
  });
});
