import { CLAIM_STATUSES, type ClaimStatus } from '@claimline/contracts';

/**
 * Colours for series that have none of their own. Camps keep their Okabe–Ito colours from the
 * contracts; statuses get fixed ones (a status means the same colour on every chart); sources
 * take a palette colour from their id, so a source keeps its colour whatever the filters.
 */
export const SERIES_PALETTE = [
  '#4477AA',
  '#EE6677',
  '#228833',
  '#CCBB44',
  '#66CCEE',
  '#AA3377',
  '#BBBBBB',
  '#332288',
  '#117733',
  '#44AA99',
  '#999933',
  '#882255',
] as const;

const STATUS_STYLE: Record<ClaimStatus, { label: string; labelAr: string; color: string }> = {
  unreviewed: { label: 'Unreviewed', labelAr: 'لم تُراجع', color: '#BBBBBB' },
  'single-source': { label: 'Single source', labelAr: 'مصدر واحد', color: '#CCBB44' },
  corroborated: { label: 'Corroborated', labelAr: 'مؤيَّد', color: '#66CCEE' },
  contested: { label: 'Contested', labelAr: 'متنازع عليه', color: '#EE6677' },
  confirmed: { label: 'Confirmed', labelAr: 'مؤكَّد', color: '#228833' },
  discounted: { label: 'Discounted', labelAr: 'مستبعد', color: '#AA3377' },
  rejected: { label: 'Rejected', labelAr: 'مرفوض', color: '#332288' },
};

export type SeriesStyle = { label: string; labelAr: string; color: string };

/** Claims without a source or a narrative still count; they form their own series under this key. */
export const NONE_KEY = 'none';

/** A conflict's camps in display order, as the chart helpers need them (ConflictScope.camps). */
export type CampBook = readonly { id: string; nameEn: string; nameAr: string; color: string }[];

export function campStyle(campId: string, camps: CampBook): SeriesStyle {
  const camp = camps.find((c) => c.id === campId);
  return camp
    ? { label: camp.nameEn, labelAr: camp.nameAr, color: camp.color }
    : { label: campId, labelAr: campId, color: '#7F7F7F' };
}

export function statusStyle(status: string): SeriesStyle {
  return STATUS_STYLE[status as ClaimStatus] ?? { label: status, labelAr: status, color: '#7F7F7F' };
}

export function paletteColor(id: number): string {
  return SERIES_PALETTE[Math.abs(id) % SERIES_PALETTE.length];
}

export const NO_SOURCE_STYLE: SeriesStyle = { label: 'No source', labelAr: 'بلا مصدر', color: '#DDDDDD' };
export const NO_NARRATIVE_STYLE: SeriesStyle = { label: 'No narrative', labelAr: 'بلا سردية', color: '#DDDDDD' };

/** Series order: camps and statuses in their canonical order, everything else largest first. */
export function seriesRank(groupBy: string, key: string, camps: CampBook): number {
  if (groupBy === 'camp') return camps.findIndex((c) => c.id === key);
  if (groupBy === 'status') return (CLAIM_STATUSES as readonly string[]).indexOf(key);
  return 0;
}
