import { normalizeArabic, normalizeForMatching, normalizeWithOffsets, toOriginalRange } from './normalize.js';

describe('normalizeArabic', () => {
  it('unifies alif, ya and ta marbuta', () => {
    expect(normalizeArabic('أإآٱ ى ة')).toBe('اااا ي ه');
  });
  it('removes tashkeel, dagger alif, tatweel and invisible marks', () => {
    expect(normalizeArabic('نفّذ مُقاتِلاتٌ رحمٰن لـ\u200fغرفة\u061c')).toBe('نفذ مقاتلات رحمن لغرفه');
  });
  it('maps Arabic-Indic and Persian digits, lowercases Latin and collapses whitespace', () => {
    expect(normalizeArabic('  ٢٦ ۳ GNA\t\n  Forces ')).toBe('26 3 gna forces');
  });
});

describe('normalizeForMatching offsets', () => {
  it('keeps paragraph breaks and maps every character back into the original', () => {
    const original = 'قال   المتحدثُ\n\nإنّ';
    const norm = normalizeWithOffsets(original);
    expect(norm.text).toBe('قال المتحدث\nان');
    const at = norm.text.indexOf('ان');
    const [start, end] = toOriginalRange(norm, at, at + 2);
    expect(original.slice(start, end)).toBe('إنّ'.slice(0, 2));
    expect(normalizeForMatching(original)).toBe(norm.text);
  });
});
