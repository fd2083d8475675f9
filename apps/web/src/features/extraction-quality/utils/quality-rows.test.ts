import { describe, expect, it } from 'vitest';
import { formatNumberIn } from '../../../lib/i18n';
import { formatRatio, sortRules } from './quality-rows';

const en = (n: number, options?: Intl.NumberFormatOptions) => formatNumberIn('en', n, options);
const ar = (n: number, options?: Intl.NumberFormatOptions) => formatNumberIn('ar', n, options);

describe('formatRatio', () => {
  it('shows the percentage with its counts, in the page language', () => {
    expect(formatRatio({ agreed: 37, total: 40, value: 0.925 }, en)).toBe('92.5% (37/40)');
    expect(formatRatio({ agreed: 1, total: 2, value: 0.5 }, ar)).toMatch(/50|٥٠/);
  });

  it('shows a dash when nothing was counted', () => {
    expect(formatRatio({ agreed: 0, total: 0, value: null }, en)).toBe('—');
  });
});

describe('sortRules', () => {
  it('puts the most-used rules first, ties by id', () => {
    const rules = [
      { rule: 'camp.registry', reviewed: 3 },
      { rule: 'cue.verb-first', reviewed: 9 },
      { rule: 'camp.government-context', reviewed: 3 },
    ];
    expect(sortRules(rules).map((r) => r.rule)).toEqual(['cue.verb-first', 'camp.government-context', 'camp.registry']);
  });
});
