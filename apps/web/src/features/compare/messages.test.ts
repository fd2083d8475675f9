import { describe, expect, it } from 'vitest';
import { formatPlural } from '../../lib/i18n';
import { comparePlurals } from './messages';

describe('compare column count', () => {
  it('takes the Arabic form the count needs (six forms)', () => {
    const forms = [0, 1, 2, 3, 11, 100].map((n) => formatPlural('ar', comparePlurals.claimsOf, n));
    expect(forms).toEqual(['لا ادعاءات', 'ادعاء واحد', 'ادعاءان', '3 ادعاءات', '11 ادعاءً', '100 ادعاء']);
  });

  it('is singular for one claim in English', () => {
    expect(formatPlural('en', comparePlurals.claimsOf, 1)).toBe('1 claim');
    expect(formatPlural('en', comparePlurals.claimsOf, 2)).toBe('2 claims');
  });
});
