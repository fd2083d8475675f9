import { normalizeArabic } from '@claimline/extraction';

/**
 * Mentions that never name a source: a back-reference the extractor could not resolve («المصدر»، "the
 * source"), or an unnamed speaker («متحدث عسكري»، "a spokesman", "a senior official"). Registered as a
 * source they would pool every unrelated anonymous claim under one name and rank it in Top sources.
 * Words are stored normalized (normalizeArabic: taa marbuta → ه, hamza forms folded), without «ال».
 */
const HEADS = new Set([
  // Arabic: source(s), spokesman, official(s), the room/side/party/statement …
  'مصدر',
  'مصادر',
  'متحدث',
  'متحدثه',
  'متحدثون',
  'ناطق',
  'ناطقه',
  'مسؤول',
  'مسؤوله',
  'مسؤولون',
  'مسؤولين',
  'غرفه',
  'جانب',
  'جانبان',
  'جانبين',
  'طرف',
  'طرفان',
  'طرفين',
  'بيان',
  'صفحه',
  'مراسل',
  'شاهد',
  'شهود',
  // English
  'source',
  'sources',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'spokesmen',
  'official',
  'officials',
  'statement',
  'he',
  'she',
  'they',
  'it',
  'witness',
  'witnesses',
  'side',
  'sides',
]);

/** Words that only describe an unnamed speaker («مصدر عسكري مطلع»، "a senior military source"). */
const MODIFIERS = new Set([
  'عسكري',
  'عسكريه',
  'رسمي',
  'رسميه',
  'مطلع',
  'مطلعه',
  'امني',
  'امنيه',
  'ميداني',
  'ميدانيه',
  'حكومي',
  'حكوميه',
  'دبلوماسي',
  'دبلوماسيه',
  'طبي',
  'طبيه',
  'محلي',
  'محليه',
  'مقرب',
  'مقربه',
  'باسم',
  'اخر',
  'مجهول',
  'the',
  'a',
  'an',
  'this',
  'that',
  'another',
  'one',
  'senior',
  'military',
  'security',
  'government',
  'diplomatic',
  'local',
  'medical',
  'unnamed',
  'anonymous',
  'informed',
  'official',
  'said',
]);

/** «ال» and the clitics و/ف/ب/ل before it; English words are lower-cased by normalizeArabic. */
const stripArticle = (word: string): string => word.replace(/^[وفبل]?ال(?=\p{L}{2})/u, '');

export function isGenericMention(mention: string): boolean {
  const words = normalizeArabic(mention)
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map(stripArticle);
  if (!words.length) return true;
  return words.some((word) => HEADS.has(word)) && words.every((word) => HEADS.has(word) || MODIFIERS.has(word));
}
