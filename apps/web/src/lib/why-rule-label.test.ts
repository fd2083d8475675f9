import { describe, expect, it } from 'vitest';
import { whyRuleLabel } from './why-rule-label';

describe('whyRuleLabel', () => {
  it('names a known rule in either language', () => {
    expect(whyRuleLabel('source.registry-alias', 'en')).toBe('Known name or alias');
    expect(whyRuleLabel('source.registry-alias', 'ar')).toBe('اسم أو لقب مسجَّل');
  });

  it('falls back to the id for a rule it does not know (and for inherited keys)', () => {
    expect(whyRuleLabel('camp.some-new-rule', 'ar')).toBe('camp.some-new-rule');
    expect(whyRuleLabel('toString', 'en')).toBe('toString');
  });
});
