const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/g;
const LATIN = /[A-Za-z]/g;

/** True when most letters are Arabic: such text gets lang="ar" and so the bundled Arabic face. */
export function isArabicText(text: string | null | undefined): boolean {
  if (!text) return false;
  const arabic = text.match(ARABIC)?.length ?? 0;
  const latin = text.match(LATIN)?.length ?? 0;
  return arabic > 0 && arabic >= latin;
}

/** Props for an element showing text of unknown direction: `<p {...textProps(claim.text)}>`. */
export function textProps(text: string | null | undefined): { dir: 'auto'; lang?: 'ar' } {
  return isArabicText(text) ? { dir: 'auto', lang: 'ar' } : { dir: 'auto' };
}
