import type { CampId, ClaimLinkRelation } from '@claimline/contracts';

export type Bucket = 'day' | 'week' | 'month';
export type GroupBy = 'camp' | 'source' | 'narrative' | 'status';

export const BUCKETS: readonly Bucket[] = ['day', 'week', 'month'];
export const GROUP_BYS: readonly GroupBy[] = ['camp', 'source', 'narrative', 'status'];

export type TimeseriesSeries = {
  key: string | number | null;
  label: string;
  labelAr?: string | null;
  color: string;
  counts: number[];
};

export type TimeseriesResponse = {
  bucket: Bucket;
  groupBy: GroupBy;
  /** Bucket starts: YYYY-MM-DD (day, the Monday of a week) or YYYY-MM / YYYY-MM-01 (month). */
  buckets: string[];
  series: TimeseriesSeries[];
  total: number;
};

export type ShareNarrative = {
  narrativeId: number;
  name: string;
  nameAr?: string | null;
  color: string;
  count: number;
  share?: number;
};

export type CampShare = { camp: CampId | string; total: number; narratives: ShareNarrative[]; untagged: number };
export type ShareResponse = { camps: CampShare[] };

/** The API calls the count `claims`; the brief said `count`: the fetcher reads either. */
export type TopSource = { sourceId: number; nameEn: string; nameAr: string; camp: CampId | string; claims: number };

export type PlaceRef = { id: number; nameAr: string; nameEn: string };

export type ClaimSummary = {
  id: number;
  text: string;
  camp: CampId | string;
  cue?: string;
  sourceMention: string;
  sourceName?: string | null;
  sourceNameAr?: string | null;
  eventDate: string;
  datePrecision?: string;
  articleId?: number;
  status?: string;
};

export type ContestedSide = ClaimSummary;

export type ContestedPair = {
  location: PlaceRef;
  a: ContestedSide;
  b: ContestedSide;
  dayGap: number;
  linked: boolean;
  linkId?: number | null;
  relation?: ClaimLinkRelation | null;
};

export type FramingLabel = {
  camp: CampId | string;
  label: string;
  tone: 'pejorative' | 'neutral' | 'legitimising' | string;
  narration: number;
  quote: number;
};

export type FramingOutlet = { outletId: number | null; outletName: string; labels: FramingLabel[] };
export type FramingResponse = { outlets: FramingOutlet[] };

export type NarrativeRef = { id: number; nameEn?: string; nameAr?: string; name?: string; color?: string };

export type BlindSpotPlace = { location: PlaceRef; camp: CampId | string; claims: number };
export type BlindSpotNarrative = { narrative: NarrativeRef; camp: CampId | string; claims: number };
export type BlindSpotsResponse = { places: BlindSpotPlace[]; narratives: BlindSpotNarrative[] };
