import type { Schemas } from '../../lib/api/client';

export type ComparePlace = Schemas['LocationSummaryDto'];
export type CompareClaim = Schemas['AnalyticsClaimDto'];
export type CompareCamp = Schemas['CompareCampDto'];
export type CompareResponse = Schemas['CompareDto'];

/** The page's URL state: the place id as written in `?location=`, and the day bounds. */
export type CompareParams = { location?: string; from?: string; to?: string };
