import type { EntityManager } from 'typeorm';

/** One article's outcome in a batch: stored, or the reason it was not (a duplicate, invalid input, a failed write). */
export type BatchResult = { id: number; claimCount: number; attachedTo?: number | null } | { error: unknown };

export type BatchOptions = {
  /**
   * Runs in the batch transaction once every article is written, before the commit: a caller records its own
   * progress (an import's checkpoint) so that it can never disagree with what the batch stored.
   */
  beforeCommit?: (manager: EntityManager, results: readonly BatchResult[]) => Promise<void>;
};

/**
 * An import batch written while the batch before it finishes (MariaDB; `canOverlapBatches`). It starts once that
 * batch's articles and claims are in and reads them uncommitted (READ UNCOMMITTED), so its duplicate,
 * near-duplicate, story and outlet lookups answer as if that batch had committed; it writes its own derived data
 * (search terms, rollups) and commits only after that batch has. The two transactions then use both cores: one
 * writes articles and claims while the other writes the search index and rollups. If the batch before does not
 * commit what this one read of it, this one rolls back (PreviousBatchNotCommitted) and is written again alone.
 */
export type BatchOverlap = {
  /** Resolves true once the batch before committed the articles it announced; false if it did not. */
  previous: Promise<boolean>;
  /** Called once, when this batch's own rows are in (not yet its derived data): the next batch may start. */
  articlesWritten: () => void;
};

/** What an overlapped batch tells the next one: its results, and whether it committed the articles it announced. */
export type OverlappedOutcome = { results: BatchResult[]; committedAsAnnounced: boolean };

/** The batch before an overlapped one did not commit what that one read of it: it was rolled back, to be written again. */
export class PreviousBatchNotCommitted extends Error {
  constructor() {
    super('the import batch before this one did not commit: this one is written again');
  }
}
