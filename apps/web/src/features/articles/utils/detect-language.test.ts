import { describe, expect, it } from 'vitest';
import { detectLanguage } from './detect-language';

describe('detectLanguage', () => {
  it('detects Arabic text', () => {
    expect(detectLanguage('أعلن المتحدث باسم الجيش الوطني الليبي السيطرة على مطار طرابلس').language).toBe('ar');
  });

  it('detects English text', () => {
    expect(detectLanguage('The UN envoy said the talks in Geneva would resume next week.').language).toBe('en');
  });

  it('keeps Arabic when it quotes some English names', () => {
    const guess = detectLanguage('قالت بعثة الأمم المتحدة UNSMIL في بيان إن الهدنة صامدة في طرابلس');
    expect(guess.language).toBe('ar');
    expect(guess.arabicRatio).toBeGreaterThan(0.5);
  });

  it('keeps English when it quotes an Arabic phrase', () => {
    expect(
      detectLanguage('The spokesman used the phrase "الكرامة" when describing the operation near Tripoli airport.')
        .language,
    ).toBe('en');
  });

  it('ignores digits and punctuation and defaults to English without letters', () => {
    expect(detectLanguage('١٢٣، ٤٥٦؟ 2019-04-05')).toEqual({ language: 'en', arabicRatio: 0, letters: 0 });
    expect(detectLanguage('').language).toBe('en');
  });
});
