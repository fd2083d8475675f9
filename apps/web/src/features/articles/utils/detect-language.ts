/** Arabic script blocks: Arabic, Supplement, Extended-A, Presentation Forms A and B. */
const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/g;
const LATIN = /[A-Za-z\u00C0-\u024F]/g;
/** Arabic-Indic digits and punctuation carry no language signal on their own. */
const NEUTRAL_ARABIC = /[\u060C\u061B\u061F\u0660-\u0669\u06F0-\u06F9\u0640]/g;

export type LanguageGuess = { language: 'ar' | 'en'; arabicRatio: number; letters: number };

/**
 * The share of Arabic letters among all letters decides: half or more → Arabic. English quotes inside an
 * Arabic article (or the reverse) do not flip it. No letters at all → English, the safe default.
 */
export function detectLanguage(text: string): LanguageGuess {
  const neutral = text.match(NEUTRAL_ARABIC)?.length ?? 0;
  const arabic = (text.match(ARABIC)?.length ?? 0) - neutral;
  const latin = text.match(LATIN)?.length ?? 0;
  const letters = arabic + latin;
  if (letters === 0) return { language: 'en', arabicRatio: 0, letters: 0 };
  const arabicRatio = arabic / letters;
  return { language: arabicRatio >= 0.5 ? 'ar' : 'en', arabicRatio, letters };
}
