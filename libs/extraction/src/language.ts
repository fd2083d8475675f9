/** 'ar' when Arabic letters outnumber Latin ones in the first 4,000 characters. */
export function detectLanguage(text: string): 'ar' | 'en' {
  let arabic = 0;
  let latin = 0;
  const n = Math.min(text.length, 4000);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x0600 && c <= 0x06ff) arabic++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
  }
  return arabic >= latin && arabic > 0 ? 'ar' : 'en';
}
