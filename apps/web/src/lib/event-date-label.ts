import type { Lang } from './i18n';

export type DatePrecision = 'day' | 'week' | 'month' | 'reported';

/** Latin digits in both languages, as the rest of the interface writes dates. */
const LOCALE: Record<Lang, string> = { en: 'en-GB', ar: 'ar-u-nu-latn' };

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}:${JSON.stringify(options)}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(LOCALE[lang], { ...options, timeZone: 'UTC' });
    formatters.set(key, found);
  }
  return found;
}

const DAY: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };
const DAY_SHORT: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };
const MONTH: Intl.DateTimeFormatOptions = { month: 'long', year: 'numeric' };

/** Part of a month a month-precision date points at: the extractor stores the 1st for a whole month. */
function monthPart(day: number): 'whole' | 'early' | 'mid' | 'late' {
  if (day === 1) return 'whole';
  if (day <= 10) return 'early';
  return day <= 20 ? 'mid' : 'late';
}

const PARTS: Record<Lang, Record<'early' | 'mid' | 'late', string>> = {
  en: { early: 'early {month}', mid: 'mid-{month}', late: 'late {month}' },
  ar: { early: 'أوائل {month}', mid: 'منتصف {month}', late: 'أواخر {month}' },
};
const WEEK: Record<Lang, string> = { en: 'week of {date}', ar: 'أسبوع {date}' };
const REPORTED: Record<Lang, string> = { en: '{date} (reported)', ar: '{date} (تاريخ النشر)' };

/**
 * A claim's event date as precise as it is known, never more: a week or a month is never shown as an
 * exact day ('week of 30 Sep 2019', 'mid-July 2019', «منتصف يوليو 2019»), and a date that is only the
 * article's publication date says so. Anything that is not YYYY-MM-DD is returned unchanged.
 */
export function eventDateLabel(date: string, precision: DatePrecision, lang: Lang): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  const at = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(at.getTime())) return date;
  if (precision === 'week') return WEEK[lang].replace('{date}', formatter(lang, DAY_SHORT).format(at));
  if (precision === 'month') {
    const month = formatter(lang, MONTH).format(at);
    const part = monthPart(at.getUTCDate());
    return part === 'whole' ? month : PARTS[lang][part].replace('{month}', month);
  }
  const day = formatter(lang, DAY).format(at);
  return precision === 'reported' ? REPORTED[lang].replace('{date}', day) : day;
}

/** The claim filter value that leaves out claims dated only by their article's publication. */
export const KNOWN_EVENT_DATES: readonly DatePrecision[] = ['day', 'week', 'month'];
