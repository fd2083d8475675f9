import type { ClaimStatus } from '@claimline/contracts';
import type { ClaimSelection } from './selection';

type Count = { key: string; claims: number };
export type BulkSummaryInput = {
  statusFrom: Count[];
  narrativesAdded: Count[];
  narrativesRemoved: Count[];
  sourceChanged: number;
  campChanged: number;
};

/** One line of "what changed": a kind, the thing it names (a status or narrative id), and how many claims. */
export type BulkSummaryLine =
  | { kind: 'statusFrom'; status: ClaimStatus; claims: number }
  | { kind: 'narrativeAdded' | 'narrativeRemoved'; narrativeId: number; claims: number }
  | { kind: 'source' | 'camp'; claims: number };

/** The API's summary as lines in a stable order; kinds with no claims are left out. */
export function bulkSummaryLines(summary: BulkSummaryInput): BulkSummaryLine[] {
  return [
    ...summary.statusFrom.map((c) => ({ kind: 'statusFrom' as const, status: c.key as ClaimStatus, claims: c.claims })),
    ...summary.narrativesAdded.map((c) => ({
      kind: 'narrativeAdded' as const,
      narrativeId: Number(c.key),
      claims: c.claims,
    })),
    ...summary.narrativesRemoved.map((c) => ({
      kind: 'narrativeRemoved' as const,
      narrativeId: Number(c.key),
      claims: c.claims,
    })),
    ...(summary.sourceChanged ? [{ kind: 'source' as const, claims: summary.sourceChanged }] : []),
    ...(summary.campChanged ? [{ kind: 'camp' as const, claims: summary.campChanged }] : []),
  ];
}

/** Skipped claims grouped by reason, so 300 refusals for one reason read as one line. */
export function groupSkipped(skipped: readonly { id: number; reason: string }[]): { reason: string; ids: number[] }[] {
  const groups = new Map<string, number[]>();
  for (const { id, reason } of skipped) groups.set(reason, [...(groups.get(reason) ?? []), id]);
  return [...groups].map(([reason, ids]) => ({ reason, ids }));
}

export type BulkChoice = { status?: ClaimStatus; addNarrative?: number; removeNarrative?: number; sourceId?: number };

/** The request's `set` from the bar's choices; null while nothing is chosen (Apply stays disabled). */
export function bulkSetOf(choice: BulkChoice): {
  status?: ClaimStatus;
  addNarratives?: number[];
  removeNarratives?: number[];
  sourceId?: number;
} | null {
  const set = {
    ...(choice.status ? { status: choice.status } : {}),
    ...(choice.addNarrative ? { addNarratives: [choice.addNarrative] } : {}),
    ...(choice.removeNarrative && choice.removeNarrative !== choice.addNarrative
      ? { removeNarratives: [choice.removeNarrative] }
      : {}),
    ...(choice.sourceId ? { sourceId: choice.sourceId } : {}),
  };
  return Object.keys(set).length ? set : null;
}

/** Which claims the request is for: the ticked ids, or the filter with the total the analyst saw. */
export function bulkTarget<F extends object>(
  selection: ClaimSelection,
  filter: F,
  total: number,
): { ids: number[] } | { filter: F; expectedTotal: number } {
  return selection.allMatching ? { filter, expectedTotal: total } : { ids: [...selection.ids].sort((a, b) => a - b) };
}
