/**
 * The precomputed date buckets stored on every claim (event_day, event_week, event_month), shared by
 * the API (which writes them) and the web app (which builds the same keys for chart axes).
 * Pure string/UTC arithmetic: no time zone can shift a day.
 */
export type DateBuckets = {
  /** YYYY-MM-DD. */
  day: string;
  /** YYYY-MM-DD of the Monday starting the ISO week. */
  week: string;
  /** YYYY-MM. */
  month: string;
};

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD (2019-02-30 is not one). */
export function isValidDay(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = DAY_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Monday of the ISO week containing `day` (weeks start on Monday). */
export function isoWeekMonday(day: string): string {
  const date = parseDay(day);
  const offset = (date.getUTCDay() + 6) % 7; // Monday → 0 … Sunday → 6
  date.setUTCDate(date.getUTCDate() - offset);
  return date.toISOString().slice(0, 10);
}

export function monthOf(day: string): string {
  parseDay(day);
  return day.slice(0, 7);
}

export function dateBuckets(day: string): DateBuckets {
  return { day: parseDay(day).toISOString().slice(0, 10), week: isoWeekMonday(day), month: day.slice(0, 7) };
}

function parseDay(day: string): Date {
  if (!isValidDay(day)) throw new RangeError(`Not a date as YYYY-MM-DD: ${JSON.stringify(day)}`);
  const [year, month, date] = day.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, date));
}
