/** The language of an export's header row (and the timeseries' series names); values stay as stored. */
export type ExportLang = 'en' | 'ar';
export const EXPORT_LANGS: readonly ExportLang[] = ['en', 'ar'];

/**
 * Arabic headers of every export column. The English headers are the column keys themselves (what
 * scripts read), so an Arabic file is for people: Excel users reading the Arabic interface.
 */
const ARABIC: Record<string, string> = {
  id: 'المعرّف',
  event_date: 'تاريخ الحدث',
  date_precision: 'دقة التاريخ',
  camp: 'المعسكر',
  source: 'المصدر (بالإنجليزية)',
  source_ar: 'المصدر',
  source_mention: 'المصدر كما ورد',
  cue: 'فعل الإسناد',
  channel: 'القناة',
  text: 'النص',
  status: 'الحالة',
  narratives: 'الروايات',
  places: 'الأماكن (بالإنجليزية)',
  places_ar: 'الأماكن',
  article_id: 'معرّف المقال',
  article_title: 'عنوان المقال',
  outlet: 'الوسيلة الإعلامية',
  url: 'الرابط',
  published_at: 'تاريخ النشر',
  published_estimated: 'تاريخ النشر تقديري',
  links: 'الروابط',
  last_editor: 'آخر محرّر',
  updated_at: 'آخر تعديل',
  title: 'العنوان',
  language: 'اللغة',
  claims: 'الادعاءات',
  created_at: 'تاريخ الإضافة',
  bucket: 'الفترة',
};

export function headerCells(columns: readonly string[], lang: ExportLang): string[] {
  return lang === 'ar' ? columns.map((column) => ARABIC[column] ?? column) : [...columns];
}

/** `lang` when given, else the first language of an Accept-Language header that is Arabic or English. */
export function exportLang(lang: ExportLang | undefined, acceptLanguage: string | undefined): ExportLang {
  if (lang) return lang;
  for (const part of (acceptLanguage ?? '').split(',')) {
    const tag = part.trim().slice(0, 2).toLowerCase();
    if (tag === 'ar' || tag === 'en') return tag;
  }
  return 'en';
}
