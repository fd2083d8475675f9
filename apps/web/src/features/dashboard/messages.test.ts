import { describe, expect, it } from 'vitest';
import { formatPlural } from '../../lib/i18n';
import { dashboardPlurals } from './messages';

describe('contested card plurals', () => {
  it('says how many days apart in the Arabic form the count needs', () => {
    const forms = [0, 1, 2, 3, 11, 100].map((n) => formatPlural('ar', dashboardPlurals.daysApart, n));
    expect(forms).toEqual([
      'في اليوم نفسه',
      'بفارق يوم واحد',
      'بفارق يومين',
      'بفارق 3 أيام',
      'بفارق 11 يومًا',
      'بفارق 100 يوم',
    ]);
    expect(formatPlural('en', dashboardPlurals.daysApart, 1)).toBe('1 day apart');
    expect(formatPlural('en', dashboardPlurals.daysApart, 3)).toBe('3 days apart');
  });

  it('offers to show all pairs in the Arabic form the count needs', () => {
    const forms = [0, 1, 2, 3, 11, 100].map((n) => formatPlural('ar', dashboardPlurals.showAllPairs, n));
    expect(forms).toEqual([
      'لا أزواج',
      'اعرض الزوج',
      'اعرض الزوجين',
      'اعرض الأزواج الـ3 كلها',
      'اعرض الـ11 زوجًا كلها',
      'اعرض الـ100 زوج كلها',
    ]);
    expect(formatPlural('en', dashboardPlurals.showAllPairs, 12)).toBe('Show all 12 pairs');
  });
});
