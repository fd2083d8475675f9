import { describe, expect, it } from 'vitest';
import { eventDateLabel } from './event-date-label';

describe('eventDateLabel', () => {
  it.each([
    ['2019-10-07', 'day', 'en', '7 October 2019'],
    ['2019-10-07', 'day', 'ar', '7 أكتوبر 2019'],
    ['2019-09-30', 'week', 'en', 'week of 30 Sept 2019'],
    ['2019-09-30', 'week', 'ar', 'أسبوع 30 سبتمبر 2019'],
    ['2019-07-01', 'month', 'en', 'July 2019'],
    ['2019-07-01', 'month', 'ar', 'يوليو 2019'],
    ['2019-07-15', 'month', 'en', 'mid-July 2019'],
    ['2019-07-15', 'month', 'ar', 'منتصف يوليو 2019'],
    ['2019-07-05', 'month', 'en', 'early July 2019'],
    ['2019-07-26', 'month', 'ar', 'أواخر يوليو 2019'],
    ['2019-10-07', 'reported', 'en', '7 October 2019 (reported)'],
    ['2019-10-07', 'reported', 'ar', '7 أكتوبر 2019 (تاريخ النشر)'],
  ] as const)('%s at %s precision in %s is «%s»', (date, precision, lang, label) => {
    expect(eventDateLabel(date, precision, lang)).toBe(label);
  });

  it('never shows a week or a month as an exact day', () => {
    expect(eventDateLabel('2019-07-01', 'month', 'en')).not.toMatch(/\b1\b/);
    expect(eventDateLabel('2019-09-30', 'week', 'en')).toMatch(/^week of/);
  });

  it('returns what it cannot read unchanged', () => {
    expect(eventDateLabel('2019-10', 'day', 'en')).toBe('2019-10');
  });
});
