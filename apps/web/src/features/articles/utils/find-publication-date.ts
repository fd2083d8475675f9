/**
 * A publication date written in an article's opening (a dateline: "TRIPOLI, 7 October 2019", «طرابلس، الاثنين 7
 * أكتوبر/تشرين الأول 2019», "2019-10-07"), proposed to the analyst — never filled in silently. A day and month without
 * a year is not a date anyone can confirm, so it proposes nothing.
 */
export type FoundDate = { date: string; text: string };

/** How far into the text a dateline can be. */
const OPENING_CHARS = 400;

const EN_MONTHS: Record<string, number> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

// Egyptian/Gulf and Levantine month names, both in use in Arabic news, often together («أكتوبر/تشرين الأول»).
const AR_MONTHS: Record<string, number> = {
  يناير: 1,
  فبراير: 2,
  مارس: 3,
  أبريل: 4,
  إبريل: 4,
  ابريل: 4,
  مايو: 5,
  يونيو: 6,
  يونيه: 6,
  يوليو: 7,
  يوليه: 7,
  أغسطس: 8,
  اغسطس: 8,
  سبتمبر: 9,
  أكتوبر: 10,
  اكتوبر: 10,
  نوفمبر: 11,
  ديسمبر: 12,
  'كانون الثاني': 1,
  شباط: 2,
  آذار: 3,
  نيسان: 4,
  أيار: 5,
  حزيران: 6,
  تموز: 7,
  آب: 8,
  أيلول: 9,
  'تشرين الأول': 10,
  'تشرين الثاني': 11,
  'كانون الأول': 12,
};

const AR_MONTH = Object.keys(AR_MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const EN_MONTH = Object.keys(EN_MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

type Pattern = { regex: RegExp; parts: (match: RegExpExecArray) => [year: number, month: number, day: number] };

const PATTERNS: Pattern[] = [
  { regex: /\b(\d{4})-(\d{2})-(\d{2})\b/, parts: (m) => [Number(m[1]), Number(m[2]), Number(m[3])] },
  {
    regex: new RegExp(`(\\d{1,2})\\s+(${AR_MONTH})(?:\\s*/\\s*(?:${AR_MONTH}))?\\s+(\\d{4})`),
    parts: (m) => [Number(m[3]), AR_MONTHS[m[2]], Number(m[1])],
  },
  {
    regex: new RegExp(`\\b(\\d{1,2})\\s+(${EN_MONTH})\\.?,?\\s+(\\d{4})\\b`, 'i'),
    parts: (m) => [Number(m[3]), EN_MONTHS[m[2].toLowerCase()], Number(m[1])],
  },
  {
    regex: new RegExp(`\\b(${EN_MONTH})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'i'),
    parts: (m) => [Number(m[3]), EN_MONTHS[m[1].toLowerCase()], Number(m[2])],
  },
];

export function findPublicationDate(body: string): FoundDate | null {
  const opening = toLatinDigits(body.slice(0, OPENING_CHARS));
  let best: (FoundDate & { at: number }) | null = null;
  for (const { regex, parts } of PATTERNS) {
    const match = regex.exec(opening);
    if (!match) continue;
    const date = isoDate(...parts(match));
    if (date && (!best || match.index < best.at)) best = { date, text: match[0], at: match.index };
  }
  return best ? { date: best.date, text: best.text } : null;
}

function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1990 || year > 2100 || !month) return null;
  const value = new Date(Date.UTC(year, month - 1, day));
  // Rejects 31 September and the like, which Date would roll over.
  if (value.getUTCMonth() !== month - 1 || value.getUTCDate() !== day) return null;
  return value.toISOString().slice(0, 10);
}

function toLatinDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (digit) => String((digit.charCodeAt(0) & 0xf) % 10));
}
