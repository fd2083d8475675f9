import { describe, expect, it } from 'vitest';
import { formatPlural, pluralCategory, type PluralMessage } from './i18n';

const claims: PluralMessage = {
  en: { one: '{n} claim', other: '{n} claims' },
  ar: {
    zero: 'لا ادعاءات',
    one: 'ادعاء واحد',
    two: 'ادعاءان',
    few: '{n} ادعاءات',
    many: '{n} ادعاءً',
    other: '{n} ادعاء',
  },
};

describe('plural rules', () => {
  it('picks the six Arabic categories', () => {
    expect([0, 1, 2, 3, 11, 100].map((n) => pluralCategory('ar', n))).toEqual([
      'zero',
      'one',
      'two',
      'few',
      'many',
      'other',
    ]);
  });

  it('writes Arabic counts with the form each count takes (ar-LY writes Western digits)', () => {
    expect(formatPlural('ar', claims, 0)).toBe('لا ادعاءات');
    expect(formatPlural('ar', claims, 1)).toBe('ادعاء واحد');
    expect(formatPlural('ar', claims, 2)).toBe('ادعاءان');
    expect(formatPlural('ar', claims, 3)).toBe('3 ادعاءات');
    expect(formatPlural('ar', claims, 11)).toBe('11 ادعاءً');
    expect(formatPlural('ar', claims, 100)).toBe('100 ادعاء');
  });

  it('writes English singular and plural', () => {
    expect(formatPlural('en', claims, 1)).toBe('1 claim');
    expect(formatPlural('en', claims, 2)).toBe('2 claims');
    expect(formatPlural('en', claims, 1200)).toBe('1,200 claims');
  });

  it('falls back to other and fills extra values', () => {
    const pairs: PluralMessage = { en: { other: 'Show all {n} {what}' }, ar: { other: 'اعرض {what} ({n})' } };
    expect(formatPlural('en', pairs, 1, { what: 'pairs' })).toBe('Show all 1 pairs');
    expect(formatPlural('ar', pairs, 5, { what: 'الأزواج' })).toBe('اعرض الأزواج (5)');
  });
});
