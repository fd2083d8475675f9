import { isValidDay } from '@claimline/contracts';
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
  if (params.get('view') === 'contested') result.view = 'contested';
  return result;
}

export function compareParamsToSearchParams(params: CompareParams): URLSearchParams {
  const result = new URLSearchParams();
  if (params.location) result.set('location', params.location);
  if (params.from) result.set('from', params.from);
  if (params.to) result.set('to', params.to);
  if (params.view === 'contested') result.set('view', 'contested');
  return result;
}

export type CampColumns = {
  /** Camps with claims here, in the API's camp order, each camp's claims oldest first. */
  shown: CompareCamp[];
  /** Camps with none: named in one line instead of an empty column each. */
  empty: CompareCamp['camp'][];
};

/**
 * The columns worth a column: five equal columns with three empty ones hid the two that mattered.
 * The API lists the conflict's camps in their order, so that order is kept as it comes.
 */
export function toCampColumns(camps: readonly CompareCamp[] | undefined): CampColumns {
  const shown: CompareCamp[] = [];
  const empty: CompareCamp['camp'][] = [];
  for (const column of camps ?? []) {
    if (!column.claims.length) empty.push(column.camp);
    else
      shown.push({
        camp: column.camp,
        claims: [...column.claims].sort((a, b) => a.eventDate.localeCompare(b.eventDate) || a.id - b.id),
      });
  }
  return { shown, empty };
}
