import { describe, expect, it } from 'vitest';
import { isArabicText, textProps } from './script';

describe('isArabicText', () => {
  it('tells Arabic from English text', () => {
    expect(isArabicText('قال المتحدث إن القوات تقدمت')).toBe(true);
    expect(isArabicText('The spokesman said')).toBe(false);
    expect(isArabicText('')).toBe(false);
    expect(textProps('مطار طرابلس')).toEqual({ dir: 'auto', lang: 'ar' });
    expect(textProps('Tripoli airport')).toEqual({ dir: 'auto' });
  });
});
