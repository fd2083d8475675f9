import type { Camp } from '../../../lib/camps';
import type { TimeseriesResponse } from '../types';

/**
 * By camp, every camp of the conflict gets a series (and a legend entry), in the conflict's order, even with
 * no claims: an absent camp is information too. Series the conflict does not list (none yet) follow.
 */
export function withConflictCamps(
  response: TimeseriesResponse,
  camps: readonly Pick<Camp, 'id' | 'nameEn' | 'nameAr' | 'color' | 'order'>[],
): TimeseriesResponse {
  if (response.groupBy !== 'camp') return response;
  const byKey = new Map(response.series.map((series) => [series.key, series]));
  const zeros = response.buckets.map(() => 0);
  const ordered = [...camps].sort((a, b) => a.order - b.order);
  const series = ordered.map(
    (camp) =>
      byKey.get(camp.id) ?? {
        key: camp.id,
        label: camp.nameEn,
        labelAr: camp.nameAr,
        color: camp.color,
        counts: zeros,
      },
  );
  const extra = response.series.filter((item) => !camps.some((camp) => camp.id === item.key));
  return { ...response, series: [...series, ...extra] };
}
