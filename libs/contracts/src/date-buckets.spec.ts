import { dateBuckets, isValidDay, isoWeekMonday, monthOf } from './date-buckets.js';

describe('date buckets', () => {
  it('takes the Monday of the ISO week', () => {
    expect(isoWeekMonday('2019-10-07')).toBe('2019-10-07'); // a Monday
    expect(isoWeekMonday('2019-10-13')).toBe('2019-10-07'); // the Sunday after
    expect(isoWeekMonday('2019-10-06')).toBe('2019-09-30'); // a Sunday belongs to the week before
  });

  it('crosses month and year boundaries', () => {
    expect(isoWeekMonday('2020-01-01')).toBe('2019-12-30');
    expect(isoWeekMonday('2021-01-03')).toBe('2020-12-28');
    expect(isoWeekMonday('2020-03-01')).toBe('2020-02-24'); // leap year
  });

  it('computes all three buckets', () => {
    expect(dateBuckets('2019-04-04')).toEqual({ day: '2019-04-04', week: '2019-04-01', month: '2019-04' });
    expect(monthOf('2020-12-31')).toBe('2020-12');
  });

  it('accepts only real dates', () => {
    expect(isValidDay('2019-02-28')).toBe(true);
    expect(isValidDay('2020-02-29')).toBe(true);
    expect(isValidDay('2019-02-29')).toBe(false);
    expect(isValidDay('2019-02-30')).toBe(false);
    expect(isValidDay('2019-13-01')).toBe(false);
    expect(isValidDay('2019-1-01')).toBe(false);
    expect(isValidDay(20190101)).toBe(false);
    expect(() => dateBuckets('2019-02-30')).toThrow(RangeError);
  });
});
