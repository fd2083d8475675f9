import { cacheKey, ResponseCache } from './response-cache.js';

describe('ResponseCache', () => {
  let clock = 0;
  const make = (max = 3, ttlMs = 30_000) => new ResponseCache<string>({ max, ttlMs, now: () => clock });

  beforeEach(() => {
    clock = 1_000;
  });

  it('serves an entry while its data version is current, and drops it once the version moves', () => {
    const cache = make();
    cache.set('/a', 7, 'seven');
    expect(cache.get('/a', 7)).toBe('seven');
    expect(cache.get('/a', 8)).toBeUndefined();
    // Dropped, not merely hidden: going back to the old version does not resurrect it.
    expect(cache.get('/a', 7)).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('expires entries after the TTL (writes by other processes)', () => {
    const cache = make(3, 30_000);
    cache.set('/a', 1, 'x');
    clock += 29_999;
    expect(cache.get('/a', 1)).toBe('x');
    clock += 1;
    expect(cache.get('/a', 1)).toBeUndefined();
  });

  it('keeps at most `max` entries, evicting the least recently used', () => {
    const cache = make(3);
    cache.set('/a', 1, 'a');
    cache.set('/b', 1, 'b');
    cache.set('/c', 1, 'c');
    expect(cache.get('/a', 1)).toBe('a'); // /a is now the most recently used
    cache.set('/d', 1, 'd');
    expect(cache.size).toBe(3);
    expect(cache.get('/b', 1)).toBeUndefined();
    expect(['/a', '/c', '/d'].map((k) => cache.get(k, 1))).toEqual(['a', 'c', 'd']);
  });

  it('replacing a key keeps one entry with the new version and time', () => {
    const cache = make();
    cache.set('/a', 1, 'old');
    clock += 20_000;
    cache.set('/a', 2, 'new');
    clock += 20_000;
    expect(cache.size).toBe(1);
    expect(cache.get('/a', 2)).toBe('new');
  });
});

describe('cacheKey', () => {
  it('orders parameters so equivalent queries share an entry', () => {
    expect(cacheKey('/api/analytics/timeseries', { groupBy: 'camp', bucket: 'day' })).toBe(
      cacheKey('/api/analytics/timeseries', { bucket: 'day', groupBy: 'camp' }),
    );
    expect(cacheKey('/x', {})).toBe('/x');
    expect(cacheKey('/x', { camp: ['LNA', 'GNA'] })).toBe('/x?camp=LNA&camp=GNA');
    expect(cacheKey('/x', { camp: 'LNA,GNA' })).not.toBe(cacheKey('/x', { camp: 'LNA' }));
  });
});
