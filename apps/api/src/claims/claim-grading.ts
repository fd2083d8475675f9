import type { CampId, ClaimLinkRelation, ClaimStatus } from '@claimline/contracts';

/** Statuses that follow from the claim's links. */
export const DERIVED_STATUSES: readonly ClaimStatus[] = ['corroborated', 'contested'];
/** Statuses the link derivation may replace; an analyst's confirmed/discounted/rejected is never overridden. */
export const DERIVABLE_STATUSES: readonly ClaimStatus[] = ['unreviewed', 'single-source', 'corroborated', 'contested'];

export type GradingLink = {
  linkId: number;
  relation: ClaimLinkRelation;
  otherClaimId: number;
  otherCamp: CampId;
  otherStatus: ClaimStatus;
};

export type Grading = {
  /** What the links alone justify: contested, corroborated or null (neither). */
  derived: 'contested' | 'corroborated' | null;
  /** Links to claims of other camps that contradict this one. */
  contestedBy: GradingLink[];
  /** Links to claims of other camps that corroborate this one. */
  corroboratedBy: GradingLink[];
  explanation: string;
};

/**
 * Airwars-style grading from links: a 'contradicts' link to a claim of another camp makes a claim
 * contested; otherwise a 'corroborates' link to another camp makes it corroborated. Links within one
 * camp are not independent, and rejected claims count for nothing.
 */
export function gradeFromLinks(camp: CampId, links: readonly GradingLink[]): Grading {
  const counts = links.filter((link) => link.otherCamp !== camp && link.otherStatus !== 'rejected');
  const contestedBy = counts.filter((link) => link.relation === 'contradicts');
  const corroboratedBy = counts.filter((link) => link.relation === 'corroborates');
  const list = (items: GradingLink[]) => items.map((link) => `#${link.otherClaimId} (${link.otherCamp})`).join(', ');
  if (contestedBy.length) {
    return {
      derived: 'contested',
      contestedBy,
      corroboratedBy,
      explanation: `Contradicted by claims of another camp: ${list(contestedBy)}.`,
    };
  }
  if (corroboratedBy.length) {
    return {
      derived: 'corroborated',
      contestedBy,
      corroboratedBy,
      explanation: `Corroborated by claims of another camp: ${list(corroboratedBy)}.`,
    };
  }
  return {
    derived: null,
    contestedBy,
    corroboratedBy,
    explanation: 'No link to a claim of another camp contradicts or corroborates this claim.',
  };
}

/**
 * The status a claim should have after its links changed. `base` is the status it had before any
 * derivation (so removing the last link reverts it).
 */
export function deriveStatus(current: ClaimStatus, base: ClaimStatus, grading: Pick<Grading, 'derived'>): ClaimStatus {
  if (!DERIVABLE_STATUSES.includes(current)) return current;
  if (grading.derived) return grading.derived;
  if (DERIVED_STATUSES.includes(current)) return DERIVED_STATUSES.includes(base) ? 'unreviewed' : base;
  return current;
}

type StatusSnapshot = { before?: unknown; after?: unknown };

/**
 * The last status a claim had that was not derived from links, read from its audit history
 * (oldest first). Claims without history start unreviewed.
 */
export function baseStatusFromHistory(history: readonly StatusSnapshot[]): ClaimStatus {
  let base: ClaimStatus = 'unreviewed';
  for (const event of history) {
    for (const snapshot of [event.before, event.after]) {
      const status = (snapshot as { status?: unknown } | null | undefined)?.status;
      if (typeof status === 'string' && !DERIVED_STATUSES.includes(status as ClaimStatus)) base = status as ClaimStatus;
    }
  }
  return base;
}
