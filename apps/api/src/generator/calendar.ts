// The generator's calendar: how much news each day carries, claims' event dates, timestamps.
import type { DateBuckets } from '@claimline/contracts';
import type { Random } from './prng.js';

/** Mostly the day before or of publication; some only "reported"; a few known to the week or month. */
export function eventDate(
  random: Random,
  published: string,
  b: DateBuckets,
): { precision: 'day' | 'week' | 'month' | 'reported'; eventDay: string } {
  const r = random.next();
  if (r < 0.8) {
    const back = random.next() < 0.6 ? 0 : random.next() < 0.75 ? 1 : 2;
    return { precision: 'day', eventDay: back ? addDays(published, -back) : published };
  }
  if (r < 0.92) return { precision: 'reported', eventDay: published };
  if (r < 0.97) return { precision: 'week', eventDay: b.week };
  return { precision: 'month', eventDay: `${b.month}-01` };
}

/** Relative news volume: the April 2019 offensive, the 2020 escalation, then the ceasefire lull. */
export function intensity(day: string): number {
  let base: number;
  if (day < '2019-06-01') base = 1.6;
  else if (day < '2020-01-01') base = 1.0;
  else if (day < '2020-06-06') base = 1.3;
  else if (day < '2020-09-01') base = 0.7;
  else if (day < '2020-10-23') base = 0.4;
  else if (day < '2021-01-01') base = 0.25;
  else base = 0.2;
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return base * (weekday === 5 ? 0.7 : 1);
}

export function dayRange(from: string, to: string): string[] {
  const days: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`), end = Date.parse(`${to}T00:00:00Z`); t <= end; t += 86_400_000) {
    days.push(new Date(t).toISOString().slice(0, 10));
  }
  if (!days.length) throw new Error(`Empty date range ${from} … ${to}`);
  return days;
}

function addDays(day: string, delta: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + delta * 86_400_000).toISOString().slice(0, 10);
}

/** 'YYYY-MM-DD HH:MM:SS.mmm', the form TypeORM writes for datetime columns on both dialects. */
export function timestamp(day: string, secondOfDay: number): string {
  const s = Math.max(0, Math.min(86_399, Math.floor(secondOfDay)));
  const hh = String(Math.floor(s / 3600)).padStart(2, '0');
  const mm = String(Math.floor((s % 3600) / 60)).padStart(2, '0');
  const ss = String(s % 60).padStart(2, '0');
  return `${day} ${hh}:${mm}:${ss}.000`;
}
