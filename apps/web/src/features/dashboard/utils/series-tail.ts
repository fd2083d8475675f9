import type { TimeseriesResponse, TimeseriesSeries } from '../types';

/** The API names claims without a source (or narrative) "none": no filter can list them. */
export const NONE_KEY = 'none';

/** How many series a source chart shows on their own; the rest are summed as "Other". */
export const TOP_SERIES = 8;
export const OTHER_KEY = 'other';

/**
 * Eight colours that stay apart from each other and from the greys of "Other" and "No source" (Paul Tol's
 * bright and muted schemes). The API colours a source by its id modulo twelve, so twenty sources shared colours.
 */
export const TOP_SERIES_COLORS = [
  '#4477AA',
  '#EE6677',
  '#228833',
  '#CCBB44',
  '#66CCEE',
  '#AA3377',
  '#332288',
  '#999933',
] as const;

export const OTHER_COLOR = '#777777';

/**
 * Sources come largest first: the first TOP_SERIES keep a distinct colour each, the rest become one "Other"
 * series (no claims link: it is not one filter value). "No source" stays apart, last. Other groupings are
 * returned as they are (camps and statuses have their own fixed colours, narratives the ones admins chose).
 */
export function groupSeriesTail(response: TimeseriesResponse, top = TOP_SERIES): TimeseriesResponse {
  if (response.groupBy !== 'source') return response;
  const named = response.series.filter((series) => series.key !== NONE_KEY && series.key !== '');
  const none = response.series.filter((series) => series.key === NONE_KEY || series.key === '');
  const kept = named
    .slice(0, top)
    .map((series, index) => ({ ...series, color: TOP_SERIES_COLORS[index % TOP_SERIES_COLORS.length] }));
  const tail = named.slice(top);
  const other: TimeseriesSeries[] = tail.length
    ? [
        {
          key: OTHER_KEY,
          label: 'Other',
          labelAr: 'أخرى',
          color: OTHER_COLOR,
          counts: response.buckets.map((_, index) =>
            tail.reduce((sum, series) => sum + Number(series.counts[index] ?? 0), 0),
          ),
        },
      ]
    : [];
  return { ...response, series: [...kept, ...other, ...none] };
}
