import type { ClaimStatus } from '@claimline/contracts';
import { DERIVED_STATUSES } from '../../apps/api/src/claims/claim-grading';

/**
 * The analyst status ClaimWriter would have stored with a claim seeded at `status`: the status itself,
 * unless it is one only links justify (then the analyst never chose anything: unreviewed).
 */
export function analystStatusOf(status: ClaimStatus): ClaimStatus {
  return DERIVED_STATUSES.includes(status) ? 'unreviewed' : status;
}
