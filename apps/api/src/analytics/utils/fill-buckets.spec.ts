import { bucketOf, bucketRange, fillBuckets, TooManyBucketsError } from './fill-buckets.js';

describe('bucketOf', () => {
  it('keeps a day, finds the Monday of its ISO week, or its month', () => {
    expect(bucketOf('day', '2019-10-09')).toBe('2019-10-09');
    expect(bucketOf('week', '2019-10-13')).toBe('2019-10-07'); // a Sunday belongs to the week before
    expect(bucketOf('week', '2019-10-07')).toBe('2019-10-07');
    expect(bucketOf('month', '2019-10-31')).toBe('2019-10');
  });
});

describe('bucketRange', () => {
  it('steps days across month and year ends', () => {
    expect(bucketRange('day', '2019-12-30', '2020-01-02')).toEqual([
      '2019-12-30',
      '2019-12-31',
      '2020-01-01',
      '2020-01-02',
    ]);
  });

  it('steps weeks by Mondays and months across the year', () => {
    expect(bucketRange('week', '2019-12-23', '2020-01-06')).toEqual(['2019-12-23', '2019-12-30', '2020-01-06']);
    expect(bucketRange('month', '2019-11', '2020-02')).toEqual(['2019-11', '2019-12', '2020-01', '2020-02']);
  });

  it('is empty when the range is reversed and refuses absurd ranges', () => {
    expect(bucketRange('day', '2020-01-02', '2020-01-01')).toEqual([]);
    expect(() => bucketRange('day', '1900-01-01', '2020-01-01', 100)).toThrow(TooManyBucketsError);
  });
});

describe('fillBuckets', () => {
  const rows = [
    { bucket: '2019-10-07', key: 'LNA', count: 3 },
    { bucket: '2019-10-21', key: 'LNA', count: 1 },
    { bucket: '2019-10-21', key: 'GNA', count: 2 },
  ];

  it('fills the gaps between the first and last counted buckets with zeros', () => {
    const filled = fillBuckets('week', rows);
    expect(filled.buckets).toEqual(['2019-10-07', '2019-10-14', '2019-10-21']);
    expect(filled.counts.get('LNA')).toEqual([3, 0, 1]);
    expect(filled.counts.get('GNA')).toEqual([0, 0, 2]);
  });

  it('widens the axis to the requested window', () => {
    const filled = fillBuckets('week', rows, { from: '2019-10-01', to: '2019-10-29' });
    expect(filled.buckets).toEqual(['2019-09-30', '2019-10-07', '2019-10-14', '2019-10-21', '2019-10-28']);
    expect(filled.counts.get('LNA')).toEqual([0, 3, 0, 1, 0]);
  });

  it('draws an empty axis for a window with no claims, and nothing without one', () => {
    expect(fillBuckets('month', [], { from: '2019-10-05', to: '2019-12-01' }).buckets).toEqual([
      '2019-10',
      '2019-11',
      '2019-12',
    ]);
    expect(fillBuckets('day', [])).toEqual({ buckets: [], counts: new Map() });
  });
});

describe('bucketRange against the calendar', () => {
  /** The keys as Date steps them: the reference the calendar arithmetic must match. */
  const byDate = (size: 'day' | 'week', first: string, last: string): string[] => {
    const keys: string[] = [];
    for (const date = new Date(`${first}T00:00:00Z`); date.toISOString().slice(0, 10) <= last;) {
      keys.push(date.toISOString().slice(0, 10));
      date.setUTCDate(date.getUTCDate() + (size === 'week' ? 7 : 1));
    }
    return keys;
  };

  it('steps days and weeks as Date does over three leap rules (1896–2104)', () => {
    expect(bucketRange('day', '1896-01-01', '2104-12-31', 100_000)).toEqual(byDate('day', '1896-01-01', '2104-12-31'));
    expect(bucketRange('week', '1896-01-06', '2104-12-29', 100_000)).toEqual(
      byDate('week', '1896-01-06', '2104-12-29'),
    );
  });

  it('steps months across many years', () => {
    const months = bucketRange('month', '1999-11', '2101-02', 10_000);
    expect(months.slice(0, 4)).toEqual(['1999-11', '1999-12', '2000-01', '2000-02']);
    expect(months).toHaveLength(12 * 101 + 4);
    expect(months[months.length - 1]).toBe('2101-02');
  });
});
