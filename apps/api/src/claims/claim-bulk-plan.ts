import type { CampId, ClaimStatus } from '@claimline/contracts';
import type { ClaimFieldChanges } from '../claim-writes/claim-writes.repository.js';
import { DERIVED_STATUSES, type Grading } from './claim-grading.js';

/** What a bulk action reads of each claim before changing it. */
export type BulkClaimState = {
  id: number;
  status: ClaimStatus;
  analystStatus: ClaimStatus;
  sourceId: number | null;
  campId: CampId;
  narratives: number[];
};

export type BulkSet = {
  status?: ClaimStatus;
  addNarratives?: number[];
  removeNarratives?: number[];
  sourceId?: number;
};

/** The claim's values an undo puts back: only the ones the action changed. */
export type BulkBefore = Partial<
  Pick<BulkClaimState, 'status' | 'analystStatus' | 'sourceId' | 'campId' | 'narratives'>
>;

export type BulkPlan =
  | { kind: 'unchanged' }
  | { kind: 'skipped'; code: 'status-needs-links'; reason: string }
  | {
      kind: 'change';
      fields: ClaimFieldChanges;
      narratives?: number[];
      before: BulkBefore;
      /** The audit entry's before/after, in the single edit's vocabulary. */
      audit: { before: Record<string, unknown>; after: Record<string, unknown> };
    };

const sorted = (ids: readonly number[]) => [...ids].sort((x, y) => x - y);

/** Why a derived status cannot be set on this claim, or null when its links support it. */
export function unsupportedStatusReason(status: ClaimStatus, grading: Pick<Grading, 'contestedBy' | 'corroboratedBy'>) {
  if (status === 'contested' && !grading.contestedBy.length)
    return "contested only when a claim of another camp contradicts it: add a 'contradicts' link first";
  if (status === 'corroborated' && !grading.corroboratedBy.length)
    return "corroborated only when a claim of another camp corroborates it: add a 'corroborates' link first";
  return null;
}

/**
 * One claim's part of a bulk action, with the single edit's rules: a new source brings its camp, and
 * a derived status (corroborated, contested) needs the links that justify it — `grading` is the
 * claim's grading under its camp after the action, given only when the set asks for a derived status.
 * A claim refused for its status is left whole, not half-changed.
 */
export function planClaimChange(
  claim: BulkClaimState,
  set: BulkSet,
  source: { id: number; campId: CampId } | null,
  grading?: Pick<Grading, 'contestedBy' | 'corroboratedBy'>,
): BulkPlan {
  const fields: ClaimFieldChanges = {};
  const before: BulkBefore = {};
  const auditBefore: Record<string, unknown> = {};
  const auditAfter: Record<string, unknown> = {};

  if (source && source.id !== claim.sourceId) {
    fields.sourceId = source.id;
    before.sourceId = claim.sourceId;
    before.campId = claim.campId;
    if (source.campId !== claim.campId) {
      fields.campId = source.campId;
      auditBefore.camp = claim.campId;
      auditAfter.camp = source.campId;
    }
    auditBefore.sourceId = claim.sourceId;
    auditAfter.sourceId = source.id;
  }
  if (set.status && set.status !== claim.status) {
    if (DERIVED_STATUSES.includes(set.status)) {
      const reason = grading ? unsupportedStatusReason(set.status, grading) : 'no grading';
      if (reason) return { kind: 'skipped', code: 'status-needs-links', reason: `Status: ${reason}` };
    }
    fields.status = set.status;
    before.status = claim.status;
    before.analystStatus = claim.analystStatus;
    auditBefore.status = claim.status;
    auditAfter.status = set.status;
  }
  const add = set.addNarratives ?? [];
  const remove = new Set(set.removeNarratives ?? []);
  const next = sorted([...new Set([...claim.narratives, ...add])].filter((id) => !remove.has(id)));
  const current = sorted(claim.narratives);
  const narrativesChanged = next.join(',') !== current.join(',');
  if (narrativesChanged) {
    before.narratives = current;
    auditBefore.narratives = current;
    auditAfter.narratives = next;
  }
  if (!Object.keys(auditAfter).length) return { kind: 'unchanged' };
  return {
    kind: 'change',
    fields,
    narratives: narrativesChanged ? next : undefined,
    before,
    audit: { before: auditBefore, after: auditAfter },
  };
}

/**
 * How to put a claim back. A derived status is not written as such: the analyst status comes back
 * and the caller regrades the claim, so its status follows its links as they are now.
 */
export function planUndo(before: BulkBefore): {
  fields: ClaimFieldChanges;
  narratives?: number[];
  regrade: boolean;
  statusChosen: boolean;
} {
  const fields: ClaimFieldChanges = {};
  if (before.sourceId !== undefined) fields.sourceId = before.sourceId;
  if (before.campId !== undefined) fields.campId = before.campId;
  let regrade = false;
  if (before.status !== undefined) {
    const derived = DERIVED_STATUSES.includes(before.status);
    fields.status = derived ? (before.analystStatus ?? 'unreviewed') : before.status;
    regrade = derived;
  }
  return { fields, narratives: before.narratives, regrade, statusChosen: before.status !== undefined };
}

export type BulkCount = { key: string; claims: number };
export type BulkSummary = {
  statusFrom: BulkCount[];
  narrativesAdded: BulkCount[];
  narrativesRemoved: BulkCount[];
  sourceChanged: number;
  campChanged: number;
};

const counts = (keys: string[]): BulkCount[] => {
  const map = new Map<string, number>();
  for (const key of keys) map.set(key, (map.get(key) ?? 0) + 1);
  return [...map].map(([key, claims]) => ({ key, claims })).sort((a, b) => a.key.localeCompare(b.key));
};

/** What the action changed, counted in claims, from the changes it made. */
export function summarizeBulk(plans: readonly Extract<BulkPlan, { kind: 'change' }>[]): BulkSummary {
  const added: string[] = [];
  const removed: string[] = [];
  for (const plan of plans) {
    const was = new Set((plan.audit.before.narratives as number[] | undefined) ?? []);
    const now = new Set((plan.audit.after.narratives as number[] | undefined) ?? []);
    if (!plan.narratives) continue;
    for (const id of now) if (!was.has(id)) added.push(String(id));
    for (const id of was) if (!now.has(id)) removed.push(String(id));
  }
  return {
    statusFrom: counts(plans.flatMap((plan) => (plan.before.status ? [plan.before.status] : []))),
    narrativesAdded: counts(added),
    narrativesRemoved: counts(removed),
    sourceChanged: plans.filter((plan) => plan.fields.sourceId !== undefined).length,
    campChanged: plans.filter((plan) => plan.fields.campId !== undefined).length,
  };
}

/** The undo's audit entry: the values it replaces (the claim as the action left it) and the ones it restores. */
export function undoAudit(
  before: BulkBefore,
  current: BulkClaimState,
): { before: Record<string, unknown>; after: Record<string, unknown> } {
  const was: Record<string, unknown> = {};
  const now: Record<string, unknown> = {};
  if (before.sourceId !== undefined) {
    was.sourceId = current.sourceId;
    now.sourceId = before.sourceId;
  }
  if (before.campId !== undefined && before.campId !== current.campId) {
    was.camp = current.campId;
    now.camp = before.campId;
  }
  if (before.status !== undefined) {
    was.status = current.status;
    now.status = before.status;
  }
  if (before.narratives !== undefined) {
    was.narratives = sorted(current.narratives);
    now.narratives = before.narratives;
  }
  return { before: was, after: now };
}
