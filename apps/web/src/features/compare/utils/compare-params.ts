import { CAMP_IDS, isValidDay } from '@claimline/contracts';
import type { CompareCamp, CompareParams } from '../types';

/** `?location=12&from=2019-10-06&to=2019-10-07` (what the dashboard's contested list links to). */
export function searchParamsToCompareParams(params: URLSearchParams): CompareParams {
  const result: CompareParams = {};
  const location = params.get('location')?.split(',')[0]?.trim();
  if (location && /^\d+$/.test(location)) result.location = location;
  const from = params.get('from');
  const to = params.get('to');
  if (isValidDay(from)) result.from = from;
  if (isValidDay(to)) result.to = to;
  return result;
}

export function compareParamsToSearchParams(params: CompareParams): URLSearchParams {
  const result = new URLSearchParams();
  if (params.location) result.set('location', params.location);
  if (params.from) result.set('from', params.from);
  if (params.to) result.set('to', params.to);
  return result;
}

/** Always five columns in camp order, whatever the API leaves out. */
export function toCampColumns(camps: readonly CompareCamp[] | undefined): CompareCamp[] {
  const byCamp = new Map((camps ?? []).map((column) => [column.camp, column]));
  return CAMP_IDS.map((camp) => ({
    camp,
    claims: [...(byCamp.get(camp)?.claims ?? [])].sort((a, b) => a.eventDate.localeCompare(b.eventDate) || a.id - b.id),
  }));
}

/**
 * How to show an event date at its precision: a day as the day, a week as "week of", a month as
 * the month; `reported` means only the publication date was known.
 */
export function eventDateOptions(precision: string): Intl.DateTimeFormatOptions {
  if (precision === 'month') return { year: 'numeric', month: 'long', day: undefined };
  return { year: 'numeric', month: 'short', day: 'numeric' };
}
