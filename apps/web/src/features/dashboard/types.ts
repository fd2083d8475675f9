import type { CampId } from '@claimline/contracts';
import type { Schemas } from '../../lib/api/client';

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

export type TopSource = Schemas['TopSourceDto'];

export type PlaceRef = { id: number; nameAr: string; nameEn: string };

export type ClaimSummary = Schemas['AnalyticsClaimDto'];
export type ContestedSide = ClaimSummary;
export type ContestedPair = Schemas['ContestedPairDto'];

export type FramingLabel = Schemas['FramingLabelDto'];
export type FramingOutlet = Schemas['FramingOutletDto'];

export type NarrativeRef = { id: number; nameEn?: string; nameAr?: string; name?: string; color?: string };

export type BlindSpotPlace = Schemas['PlaceBlindspotDto'];
export type BlindSpotNarrative = Schemas['NarrativeBlindspotDto'];
export type BlindSpotsResponse = Schemas['BlindspotsDto'];
