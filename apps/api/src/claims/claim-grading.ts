import type { CampId, ClaimLinkRelation, ClaimStatus } from '@claimline/contracts';
import type { ClaimLinkRow } from './claim-links.repository.js';

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
 * The status a claim should have after its links changed. `base` is its analyst status
 * (claims.analyst_status, never a derived one), so removing the last link reverts to it.
 */
export function deriveStatus(current: ClaimStatus, base: ClaimStatus, grading: Pick<Grading, 'derived'>): ClaimStatus {
  if (!DERIVABLE_STATUSES.includes(current)) return current;
  if (grading.derived) return grading.derived;
  if (DERIVED_STATUSES.includes(current)) return DERIVED_STATUSES.includes(base) ? 'unreviewed' : base;
  return current;
}

/** A claim's links as grading reads them. */
export function toGradingLinks(links: readonly ClaimLinkRow[]): GradingLink[] {
  return links.map((link) => ({
    linkId: link.id,
    relation: link.relation,
    otherClaimId: link.otherId,
    otherCamp: link.otherCamp,
    otherStatus: link.otherStatus,
  }));
}
