import { CLAIM_STATUSES, LINK_DERIVED_STATUSES, type ClaimStatus } from '@claimline/contracts';

export type GradingSupport = { contestedBy: readonly unknown[]; corroboratedBy: readonly unknown[] } | null | undefined;

/**
 * The statuses an analyst may choose for a claim: every plain one, and a link-derived one (corroborated, contested)
 * only when the claim's links support it or it is the claim's status already — the API refuses the others.
 * `rejected` is left to the Delete action in lists (`withRejected` false).
 */
export function statusChoices(
  current: ClaimStatus,
  grading: GradingSupport,
  { withRejected = true }: { withRejected?: boolean } = {},
): ClaimStatus[] {
  return CLAIM_STATUSES.filter((status) => {
    if (status === current) return true;
    if (status === 'rejected') return withRejected;
    if (!LINK_DERIVED_STATUSES.includes(status)) return true;
    if (status === 'contested') return (grading?.contestedBy.length ?? 0) > 0;
    return (grading?.corroboratedBy.length ?? 0) > 0;
  });
}

/**
 * A fresh copy of the claim's values with the ones the analyst is editing kept: what a form shows when the page
 * itself changed the claim (a link regraded it), so saving afterwards neither conflicts nor reverts that change.
 */
export function keepTouched<T extends object>(fresh: T, current: T, touched: ReadonlySet<keyof T>): T {
  const merged = { ...fresh };
  for (const key of touched) merged[key] = current[key];
  return merged;
}
