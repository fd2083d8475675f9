import type { CampId } from '@claimline/contracts';
import type { TimeseriesCoarserDto, TimeseriesSeriesDto, SeriesGrouping } from '../dto/timeseries.dto.js';
import type { CoarserPrecision } from './coarser-precision.js';
import type { CampShareDto } from '../dto/share.dto.js';
import type { FramingOutletDto } from '../dto/framing.dto.js';
import type { BucketCount, FilledSeries } from './fill-buckets.js';
import {
  campStyle,
  NO_NARRATIVE_STYLE,
  NO_SOURCE_STYLE,
  NONE_KEY,
  paletteColor,
  seriesRank,
  statusStyle,
  type CampBook,
  type SeriesStyle,
} from './series-style.js';

export type SeriesRow = {
  bucket: string;
  seriesKey: string | null;
  labelEn: string | null;
  labelAr: string | null;
  color: string | null;
  /** Set when the claims' date is coarser than the bucket: they are tallied apart (toCoarser), in no bucket. */
  coarser: CoarserPrecision | null;
  count: number;
};

/** The rows of claims placed in a bucket (toBucketCounts / toSeries take only these). */
export function bucketedRows(rows: readonly SeriesRow[]): SeriesRow[] {
  return rows.filter((row) => row.coarser === null);
}

/**
 * The rows too coarse for the bucket, per precision (week before month) and series, largest series
 * first. `claims(precision)` is the number of distinct claims: the series sum, except for narratives,
 * where one claim can be in several series and the caller counts them apart.
 */
export function toCoarser(
  groupBy: SeriesGrouping,
  rows: readonly SeriesRow[],
  camps: CampBook,
  claims: (precision: CoarserPrecision, seriesSum: number) => number,
): TimeseriesCoarserDto[] {
  const out: TimeseriesCoarserDto[] = [];
  for (const precision of ['week', 'month'] as const) {
    const perKey = new Map<string, { row: SeriesRow; count: number }>();
    for (const row of rows) {
      if (row.coarser !== precision) continue;
      const key = row.seriesKey ?? NONE_KEY;
      const found = perKey.get(key);
      if (found) found.count += row.count;
      else perKey.set(key, { row, count: row.count });
    }
    if (!perKey.size) continue;
    const series = [...perKey.entries()]
      .map(([key, { row, count }]) => ({ key, ...styleOf(groupBy, key, row, camps), count }))
      .sort((x, y) => y.count - x.count || byKey(x.key, y.key));
    const seriesSum = series.reduce((sum, s) => sum + s.count, 0);
    out.push({ precision, count: claims(precision, seriesSum), series });
  }
  return out;
}

export function toBucketCounts(rows: readonly SeriesRow[]): BucketCount[] {
  return rows.map((row) => ({ bucket: row.bucket, key: row.seriesKey ?? NONE_KEY, count: row.count }));
}

function styleOf(groupBy: SeriesGrouping, key: string, row: SeriesRow | undefined, camps: CampBook): SeriesStyle {
  if (groupBy === 'camp') return campStyle(key, camps);
  if (groupBy === 'status') return statusStyle(key);
  if (key === NONE_KEY) return groupBy === 'source' ? NO_SOURCE_STYLE : NO_NARRATIVE_STYLE;
  const label = row?.labelEn ?? key;
  return { label, labelAr: row?.labelAr ?? label, color: row?.color ?? paletteColor(Number(key)) };
}

/**
 * Names and colours the filled series. Camps appear whenever the filters allow them (a stable legend,
 * zeros included); other groupings list only what was counted. Camps and statuses keep their canonical
 * order; sources and narratives come largest first.
 */
export function toSeries(
  groupBy: SeriesGrouping,
  filled: FilledSeries,
  rows: readonly SeriesRow[],
  camps: CampBook,
  allowedCamps?: readonly CampId[],
): TimeseriesSeriesDto[] {
  const counts = new Map(filled.counts);
  if (groupBy === 'camp') {
    for (const camp of camps) {
      if ((!allowedCamps?.length || allowedCamps.includes(camp.id)) && !counts.has(camp.id)) {
        counts.set(camp.id, new Array<number>(filled.buckets.length).fill(0));
      }
    }
  }
  const firstRow = new Map<string, SeriesRow>();
  for (const row of rows) if (!firstRow.has(row.seriesKey ?? NONE_KEY)) firstRow.set(row.seriesKey ?? NONE_KEY, row);
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const canonical = groupBy === 'camp' || groupBy === 'status';
  return [...counts.entries()]
    .map(([key, values]) => ({
      key,
      ...styleOf(groupBy, key, firstRow.get(key), camps),
      counts: values,
      total: sum(values),
    }))
    .sort((x, y) =>
      canonical
        ? seriesRank(groupBy, x.key, camps) - seriesRank(groupBy, y.key, camps)
        : Number(x.key === NONE_KEY) - Number(y.key === NONE_KEY) || y.total - x.total || byKey(x.key, y.key),
    )
    .map(({ total: _total, ...series }) => series);
}

/** Numeric ids in number order (source 9 before 10), anything else alphabetically. */
function byKey(a: string, b: string): number {
  const [x, y] = [Number(a), Number(b)];
  return Number.isNaN(x) || Number.isNaN(y) ? a.localeCompare(b) : x - y;
}

export type ShareRow = {
  camp: CampId;
  narrativeId: number | null;
  nameEn: string | null;
  nameAr: string | null;
  color: string | null;
  count: number;
  isTotal: boolean;
};

/** Every camp of the conflict in its order; share is count / camp total, rounded to 4 decimals. */
export function toCampShares(rows: readonly ShareRow[], camps: CampBook): CampShareDto[] {
  return camps.map(({ id }) => {
    const own = rows.filter((row) => row.camp === id);
    const total = own.find((row) => row.isTotal)?.count ?? 0;
    const tagged = own.filter((row) => !row.isTotal && row.narrativeId !== null);
    return {
      camp: id,
      total,
      untagged: own.find((row) => !row.isTotal && row.narrativeId === null)?.count ?? 0,
      narratives: tagged
        .map((row) => ({
          narrativeId: row.narrativeId as number,
          name: row.nameEn ?? '',
          nameAr: row.nameAr ?? '',
          color: row.color ?? paletteColor(row.narrativeId as number),
          count: row.count,
          share: total ? Math.round((row.count / total) * 10000) / 10000 : 0,
        }))
        .sort((a, b) => b.count - a.count || a.narrativeId - b.narrativeId),
    };
  });
}

export type FramingRow = {
  outletId: number | null;
  outletName: string | null;
  camp: CampId;
  label: string;
  tone: string;
  narration: number;
  quote: number;
};

/** Groups the (already ordered) label rows under their outlet. */
export function toFramingOutlets(rows: readonly FramingRow[]): FramingOutletDto[] {
  const outlets = new Map<string, FramingOutletDto>();
  for (const row of rows) {
    const key = String(row.outletId);
    let outlet = outlets.get(key);
    if (!outlet)
      outlets.set(
        key,
        (outlet = { outletId: row.outletId, outletName: row.outletName ?? 'Unknown outlet', labels: [] }),
      );
    outlet.labels.push({
      camp: row.camp,
      label: row.label,
      tone: row.tone,
      narration: row.narration,
      quote: row.quote,
    });
  }
  return [...outlets.values()];
}

/** Puts the claim of the camp that comes first in the conflict's camp order on side `a`. */
export function orderPair<T extends { camp: string }>(a: T, b: T, camps: CampBook): [T, T] {
  const rank = (camp: string) => {
    const index = camps.findIndex((c) => c.id === camp);
    return index < 0 ? 99 : index;
  };
  return rank(a.camp) <= rank(b.camp) ? [a, b] : [b, a];
}
