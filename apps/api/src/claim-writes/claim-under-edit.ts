import type { CampId, ClaimStatus, ClaimType, DatePrecision } from '@claimline/contracts';
import type { LockedClaims } from '../rollups/rollups.repository.js';

/** The claim columns an analyst's edit compares, besides those the rollups count. */
export const EDIT_COLUMNS = [
  'version',
  'note',
  'claim_type',
  'event_date',
  'analyst_status',
  'nullable_source_id',
] as const;
type EditColumn = (typeof EDIT_COLUMNS)[number];

/**
 * One claim locked for an analyst's edit (ClaimWriter.openForEdit), in the edit's transaction: what the edit
 * compares with the form, and, read with its tags, the rollups' baseline for the change.
 */
export interface ClaimUnderEdit {
  readonly id: number;
  readonly conflictId: string;
  readonly sourceId: number | null;
  readonly campId: CampId;
  readonly status: ClaimStatus;
  readonly analystStatus: ClaimStatus;
  readonly claimType: ClaimType | null;
  readonly eventDate: string;
  readonly datePrecision: DatePrecision;
  readonly note: string | null;
  readonly version: number;
  /** Its narratives' and places' ids; null when opened without its tags. */
  readonly narratives: readonly number[] | null;
  readonly locations: readonly number[] | null;
  readonly locked: LockedClaims<EditColumn>;
}

/** The one claim of a locked read, as an edit reads it; null when it does not exist. */
export function toClaimUnderEdit(locked: LockedClaims<EditColumn>): ClaimUnderEdit | null {
  const [claim] = locked.claims;
  if (!claim) return null;
  return {
    id: claim.id,
    conflictId: claim.conflict_id,
    sourceId: claim.nullable_source_id === null ? null : Number(claim.nullable_source_id),
    campId: claim.camp_id,
    status: claim.status as ClaimStatus,
    analystStatus: claim.analyst_status as ClaimStatus,
    claimType: claim.claim_type as ClaimType | null,
    eventDate: String(claim.event_date),
    datePrecision: claim.date_precision as DatePrecision,
    note: claim.note as string | null,
    version: Number(claim.version),
    narratives: locked.withTags ? claim.narratives : null,
    locations: locked.withTags ? claim.places : null,
    locked,
  };
}
