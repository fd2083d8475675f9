import { formatPlural, type Lang } from '../../../lib/i18n';
import { dashboardMessages, dashboardPlurals } from '../messages';
import type { TimeseriesResponse } from '../types';

export type CoarserPrecision = TimeseriesResponse['coarser'][number]['precision'];

/** One line under the chart: how many claims this bucket size leaves out, and why. */
export type CoarserNoteLine = { precision: CoarserPrecision; count: number; text: string };

const PLURAL: Record<CoarserPrecision, keyof typeof dashboardPlurals> = {
  week: 'coarserWeek',
  month: 'coarserMonth',
};

/**
 * The note under the time series: the claims known only to their week or month, which the API keeps out
 * of finer buckets rather than put them on the first day or week of their period (TimeseriesDto.coarser).
 * Nothing for month charts, which hold every claim, nor when no claim is left out.
 */
export function coarserNoteLines(
  response: Pick<TimeseriesResponse, 'bucket' | 'coarser'> | undefined,
  lang: Lang,
): CoarserNoteLine[] {
  if (!response || response.bucket === 'month') return [];
  const chart = dashboardMessages[response.bucket === 'day' ? 'chartDaily' : 'chartWeekly'][lang];
  return (response.coarser ?? [])
    .filter((tally) => tally.count > 0)
    .map((tally): CoarserNoteLine => ({
      precision: tally.precision,
      count: tally.count,
      text: formatPlural(lang, dashboardPlurals[PLURAL[tally.precision]], tally.count, { chart }),
    }));
}
