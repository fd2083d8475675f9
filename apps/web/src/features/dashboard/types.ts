import type { Schemas } from '../../lib/api/client';

export type Bucket = 'day' | 'week' | 'month';
export type GroupBy = 'camp' | 'source' | 'narrative' | 'status';

export const BUCKETS: readonly Bucket[] = ['day', 'week', 'month'];
export const GROUP_BYS: readonly GroupBy[] = ['camp', 'source', 'narrative', 'status'];

export type TimeseriesSeries = Schemas['TimeseriesSeriesDto'];
export type TimeseriesResponse = Schemas['TimeseriesDto'];

export type CampShare = Schemas['CampShareDto'];

export type TopSource = Schemas['TopSourceDto'];

export type PlaceRef = { id: number; nameAr: string; nameEn: string };

export type ClaimSummary = Schemas['AnalyticsClaimDto'];
export type ContestedSide = ClaimSummary;
export type ContestedPair = Schemas['ContestedPairDto'];

export type FramingOutlet = Schemas['FramingOutletDto'];

export type NarrativeRef = { id: number; nameEn?: string; nameAr?: string; name?: string; color?: string };

export type BlindSpotsResponse = Schemas['BlindspotsDto'];
