import type { Schemas } from '../../../lib/api/client';

export type ClaimListItem = Schemas['ClaimSummaryDto'];
export type ClaimPage = Schemas['ClaimListDto'];
export type ClaimDetail = Schemas['ClaimDetailDto'];
export type ClaimGrading = Schemas['ClaimGradingDto'];
export type GradingReason = Schemas['GradingReasonDto'];
export type AttributionWhy = Schemas['AttributionWhyDto'];
/** Only what changed, with the version it is based on; the API refuses unknown fields. Setting a source also sets the camp. */
export type ClaimPatch = Schemas['UpdateClaimDto'];
