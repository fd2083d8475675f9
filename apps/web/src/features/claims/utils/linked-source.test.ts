import { describe, expect, it } from 'vitest';
import { linkedSourceLabel } from './linked-source';

const resolved = { sourceMention: 'الغرفة', source: { nameEn: 'Operations Room', nameAr: 'غرفة العمليات' } };

describe('linkedSourceLabel', () => {
  it('names the resolved source in the UI language, not the raw mention', () => {
    expect(linkedSourceLabel(resolved, 'en')).toBe('Operations Room');
    expect(linkedSourceLabel(resolved, 'ar')).toBe('غرفة العمليات');
  });

  it('falls back to the Arabic name when the English one is empty', () => {
    const arabicOnly = { ...resolved, source: { nameEn: '', nameAr: 'غرفة العمليات' } };
    expect(linkedSourceLabel(arabicOnly, 'en')).toBe('غرفة العمليات');
  });

  it('shows the mention only when the claim has no resolved source', () => {
    expect(linkedSourceLabel({ sourceMention: 'الغرفة', source: null }, 'en')).toBe('الغرفة');
    expect(linkedSourceLabel({ sourceMention: 'الغرفة', source: null }, 'ar')).toBe('الغرفة');
  });
});
