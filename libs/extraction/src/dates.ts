import { AR_MONTHS, EN_MONTHS, type DatePrecision, type ExtractedDate } from '@claimline/contracts';

/** A date expression in the normalized text, resolved against the publication date. */
export type DateMatch = { start: number; end: number; date: string; precision: Exclude<DatePrecision, 'reported'> };

const AR_WEEKDAYS: Record<string, number> = {
  الاحد: 0,
  الاثنين: 1,
  الثلاثاء: 2,
  الاربعاء: 3,
  الخميس: 4,
  الجمعه: 5,
  السبت: 6,
};
const EN_WEEKDAYS: Record<string, number> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};
const PERIOD_DAY: Record<string, number> = {
  مطلع: 1,
  بدايه: 1,
  اوائل: 1,
  منتصف: 15,
  اواسط: 15,
  اواخر: 25,
  نهايه: 25,
  early: 1,
  mid: 15,
  late: 25,
};

const alt = (words: string[]): string =>
  words
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/ /g, '\\s+'))
    .join('|');
const AR_MONTH = `(?:${alt(Object.keys(AR_MONTHS))})(?:\\s*/\\s*(?:${alt(Object.keys(AR_MONTHS))}))?`;
const EN_MONTH = `(?:${alt(Object.keys(EN_MONTHS))})\\.?`;
const AR_WEEKDAY = alt(Object.keys(AR_WEEKDAYS));
const EN_WEEKDAY = alt(Object.keys(EN_WEEKDAYS));
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

/** One combined regex, compiled once; each alternative is a named group. */
const DATE_PATTERN = new RegExp(
  [
    `(?<dayMonth>(?<d1>\\d{1,2})\\s+(?:من\\s+)?(?<m1>${AR_MONTH})(?:\\s+(?<y1>\\d{4}))?(?:\\s+(?:الماضي|المنصرم))?)`,
    `(?<partMonth>(?<p2>مطلع|بدايه|اوائل|منتصف|اواسط|اواخر|نهايه)\\s+(?:شهر\\s+)?(?<m2>${AR_MONTH})(?:\\s+(?<y2>\\d{4}))?(?:\\s+(?:الماضي|المنصرم))?)`,
    `(?<month>(?:شهر\\s+)?(?<m3>${AR_MONTH})\\s+(?:الماضي|المنصرم|(?<y3>\\d{4})))`,
    `(?<lastWeek>الاسبوع\\s+(?:الماضي|المنصرم|الفائت))`,
    `(?<lastMonth>الشهر\\s+(?:الماضي|المنصرم|الفائت))`,
    `(?<yesterday>(?<before>اول\\s+)?امس(?:\\s+(?:${AR_WEEKDAY}))?)`,
    `(?<today>اليوم(?:\\s+(?:${AR_WEEKDAY}))?)(?!\\s+(?:التالي|السابق))`,
    `(?<weekday>(?:(?:صباح|مساء|فجر|ليله|ظهر|عصر|يوم)\\s+)?(?<w1>${AR_WEEKDAY}))`,
    `(?<enDayMonth>(?<d4>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<m4>${EN_MONTH})(?:,?\\s+(?<y4>\\d{4}))?)`,
    `(?<enMonthDay>(?<m5>${EN_MONTH})\\s+(?<d5>\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(?<y5>\\d{4}))?)`,
    `(?<enPartMonth>(?<p6>early|mid|late)[-\\s]+(?<m6>${EN_MONTH})(?:\\s+(?<y6>\\d{4}))?)`,
    `(?<enLastWeek>last\\s+week)`,
    `(?<enLastMonth>last\\s+month)`,
    `(?<enYesterday>yesterday|last\\s+night)`,
    `(?<enToday>today|this\\s+morning|tonight)`,
    `(?<enWeekday>(?:on\\s+|last\\s+)?(?<w7>${EN_WEEKDAY}))`,
  ]
    .map((p) => `${B}${p}${E}`)
    .join('|'),
  'gu',
);

type Ymd = { y: number; m: number; d: number };

function parseYmd(iso: string): Ymd {
  const [y, m, d] = iso.split('-').map(Number);
  return { y, m, d };
}
function toUtc({ y, m, d }: Ymd): number {
  return Date.UTC(y, m - 1, d);
}
function fromUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
const DAY_MS = 86_400_000;

function monthNumber(text: string, table: Record<string, number>): number {
  const first = text.split('/')[0].trim().replace(/\s+/g, ' ').replace(/\.$/, '');
  return table[first] ?? 0;
}

/** The most recent year in which month/day falls on or before publication. */
function yearFor(pub: Ymd, month: number, day: number, explicitYear: string | undefined): number {
  if (explicitYear) return Number(explicitYear);
  return month < pub.m || (month === pub.m && day <= pub.d) ? pub.y : pub.y - 1;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function resolve(groups: Record<string, string | undefined>, pub: Ymd): Pick<DateMatch, 'date' | 'precision'> | null {
  const pubMs = toUtc(pub);
  const pubDow = new Date(pubMs).getUTCDay();
  const weekday = (target: number): string => fromUtc(pubMs - ((pubDow - target + 7) % 7) * DAY_MS);
  if (groups.dayMonth || groups.enDayMonth || groups.enMonthDay) {
    const month = groups.m1
      ? monthNumber(groups.m1, AR_MONTHS)
      : monthNumber((groups.m4 ?? groups.m5 ?? '').toLowerCase(), EN_MONTHS);
    const day = Number(groups.d1 ?? groups.d4 ?? groups.d5);
    if (!month || day < 1 || day > 31) return null;
    const year = yearFor(pub, month, day, groups.y1 ?? groups.y4 ?? groups.y5);
    return { date: `${year}-${pad(month)}-${pad(day)}`, precision: 'day' };
  }
  if (groups.partMonth || groups.month || groups.enPartMonth) {
    const month =
      groups.m2 || groups.m3
        ? monthNumber((groups.m2 ?? groups.m3) as string, AR_MONTHS)
        : monthNumber(groups.m6 ?? '', EN_MONTHS);
    if (!month) return null;
    const part = PERIOD_DAY[groups.p2 ?? groups.p6 ?? ''] ?? 1;
    const year = yearFor(
      pub,
      month,
      Math.min(part, pub.m === month ? pub.d : part),
      groups.y2 ?? groups.y3 ?? groups.y6,
    );
    return { date: `${year}-${pad(month)}-01`, precision: 'month' };
  }
  if (groups.lastWeek || groups.enLastWeek) {
    const monday = pubMs - ((pubDow + 6) % 7) * DAY_MS - 7 * DAY_MS;
    return { date: fromUtc(monday), precision: 'week' };
  }
  if (groups.lastMonth || groups.enLastMonth) {
    const y = pub.m === 1 ? pub.y - 1 : pub.y;
    const m = pub.m === 1 ? 12 : pub.m - 1;
    return { date: `${y}-${pad(m)}-01`, precision: 'month' };
  }
  if (groups.yesterday || groups.enYesterday)
    return { date: fromUtc(pubMs - (groups.before ? 2 : 1) * DAY_MS), precision: 'day' };
  if (groups.today || groups.enToday) return { date: fromUtc(pubMs), precision: 'day' };
  if (groups.weekday) return { date: weekday(AR_WEEKDAYS[groups.w1 ?? ''] ?? pubDow), precision: 'day' };
  if (groups.enWeekday)
    return { date: weekday(EN_WEEKDAYS[(groups.w7 ?? '').toLowerCase()] ?? pubDow), precision: 'day' };
  return null;
}

/** All date expressions in a normalized text. «سوق السبت» is a market, not a Saturday. */
export function findDates(text: string, publishedAt: string): DateMatch[] {
  const pub = parseYmd(publishedAt);
  const found: DateMatch[] = [];
  DATE_PATTERN.lastIndex = 0;
  for (let m = DATE_PATTERN.exec(text); m; m = DATE_PATTERN.exec(text)) {
    const groups = m.groups ?? {};
    if (groups.weekday && /سوق\s*$/.test(text.slice(Math.max(0, m.index - 5), m.index))) continue;
    const resolved = resolve(groups, pub);
    if (resolved) found.push({ start: m.index, end: m.index + m[0].length, ...resolved });
  }
  return found;
}

/**
 * Event date of a claim: the first date inside its clause, else the nearest one before it in the
 * sentence, else the nearest earlier one in the paragraph, else the publication date ('reported').
 */
export function pickEventDate(
  dates: DateMatch[],
  clause: [number, number],
  sentenceStart: number,
  paragraphStart: number,
  publishedAt: string,
): ExtractedDate {
  let before: DateMatch | null = null;
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (dates[mid].start < paragraphStart) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < dates.length; k++) {
    const d = dates[k];
    if (d.start >= clause[1]) break;
    if (d.start >= clause[0]) return { date: d.date, precision: d.precision };
    if (d.start >= paragraphStart) before = d;
  }
  if (before && before.start >= Math.min(sentenceStart, paragraphStart))
    return { date: before.date, precision: before.precision };
  return { date: publishedAt, precision: 'reported' };
}
