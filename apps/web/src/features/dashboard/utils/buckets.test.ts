import { describe, expect, it } from 'vitest';
import { bucketEnd, bucketRange, bucketStart } from './buckets';

describe('bucketEnd', () => {
  it('ends a day on itself', () => {
    expect(bucketEnd('day', '2019-10-07')).toBe('2019-10-07');
  });

  it('ends an ISO week on the Sunday, across months and years', () => {
    expect(bucketEnd('week', '2019-10-07')).toBe('2019-10-13');
    expect(bucketEnd('week', '2019-09-30')).toBe('2019-10-06');
    expect(bucketEnd('week', '2019-12-30')).toBe('2020-01-05');
  });

  it('ends a month on its last day, leap years included', () => {
    expect(bucketEnd('month', '2019-10')).toBe('2019-10-31');
    expect(bucketEnd('month', '2019-10-01')).toBe('2019-10-31');
    expect(bucketEnd('month', '2020-02')).toBe('2020-02-29');
    expect(bucketEnd('month', '2019-02')).toBe('2019-02-28');
    expect(bucketEnd('month', '2019-12')).toBe('2019-12-31');
    expect(bucketEnd('month', '2019-04')).toBe('2019-04-30');
  });

  it('rejects what is not a bucket', () => {
    expect(() => bucketEnd('day', '2019-02-30')).toThrow(RangeError);
    expect(() => bucketEnd('week', 'soon')).toThrow(RangeError);
  });
});

describe('bucketStart', () => {
  it('normalises months to their first day', () => {
    expect(bucketStart('month', '2019-10')).toBe('2019-10-01');
    expect(bucketStart('month', '2019-10-15')).toBe('2019-10-01');
    expect(bucketStart('week', '2019-10-07')).toBe('2019-10-07');
  });
});

describe('bucketRange', () => {
  it('is the whole bucket without date filters', () => {
    expect(bucketRange('week', '2019-10-07')).toEqual({ from: '2019-10-07', to: '2019-10-13' });
  });

  it('is narrowed to the active date filters', () => {
    expect(bucketRange('week', '2019-09-30', { from: '2019-10-02' })).toEqual({ from: '2019-10-02', to: '2019-10-06' });
    expect(bucketRange('month', '2019-10', { from: '2019-09-01', to: '2019-10-20' })).toEqual({
      from: '2019-10-01',
      to: '2019-10-20',
    });
  });
});
