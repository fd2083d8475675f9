import { AR_MONTHS, EN_MONTHS } from '@claimline/contracts';

/**
 * A publication date written in an article's opening (a dateline: "TRIPOLI, 7 October 2019", «طرابلس، الاثنين 7
 * أكتوبر/تشرين الأول 2019», "2019-10-07"), proposed to the analyst — never filled in silently. A day and month without
 * a year is not a date anyone can confirm, so it proposes nothing.
 */
export type FoundDate = { date: string; text: string };

/** How far into the text a dateline can be. */
const OPENING_CHARS = 400;

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
  const original = body.slice(0, OPENING_CHARS);
  // Folded character for character, so a match's offsets are the original's.
  const opening = foldAlef(toLatinDigits(original));
  let best: (FoundDate & { at: number }) | null = null;
  for (const { regex, parts } of PATTERNS) {
    const match = regex.exec(opening);
    if (!match) continue;
    const date = isoDate(...parts(match));
    if (date && (!best || match.index < best.at))
      best = { date, text: original.slice(match.index, match.index + match[0].length), at: match.index };
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

function foldAlef(text: string): string {
  return text.replace(/[أإآ]/g, 'ا');
}

function toLatinDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (digit) => String((digit.charCodeAt(0) & 0xf) % 10));
}
