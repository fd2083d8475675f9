import { describe, expect, it } from 'vitest';
import { formatPlural } from '../../lib/i18n';
import { claimsPlurals } from './messages';

describe('claims page count', () => {
  it('takes the Arabic form the count needs (six forms)', () => {
    const forms = [0, 1, 2, 3, 11, 100].map((n) => formatPlural('ar', claimsPlurals.count, n));
    expect(forms).toEqual(['لا ادعاءات', 'ادعاء واحد', 'ادعاءان', '3 ادعاءات', '11 ادعاءً', '100 ادعاء']);
  });

  it('says "1 claim", not "1 claims", in English', () => {
    expect(formatPlural('en', claimsPlurals.count, 1)).toBe('1 claim');
    expect(formatPlural('en', claimsPlurals.count, 0)).toBe('0 claims');
    expect(formatPlural('en', claimsPlurals.count, 1200)).toBe('1,200 claims');
  });

  it('says "more than" for a total the API stopped counting at, in both languages', () => {
    expect(formatPlural('en', claimsPlurals.moreThan, 10_000)).toBe('More than 10,000 claims');
    expect(formatPlural('ar', claimsPlurals.moreThan, 10_000)).toMatch(/^أكثر من .+ ادعاء$/);
  });
});
