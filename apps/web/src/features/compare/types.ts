import type { Schemas } from '../../lib/api/client';

export type ComparePlace = Schemas['LocationSummaryDto'];
export type CompareClaim = Schemas['AnalyticsClaimDto'];
export type CompareCamp = Schemas['CompareCampDto'];
export type CompareResponse = Schemas['CompareDto'];
export type ClaimArticle = Schemas['AnalyticsArticleDto'];
export type ContestedResponse = Schemas['ContestedDto'];
export type ContestedPair = Schemas['ContestedPairDto'];
export type ContestedEvidence = Schemas['ContestedEvidenceDto'];

/** Which tab of the page: the camps side by side, or the suggested contradictions. */
export type CompareView = 'columns' | 'contested';

/** The page's URL state: the place id as written in `?location=`, and the day bounds. */
export type CompareParams = { location?: string; from?: string; to?: string; view?: CompareView };
