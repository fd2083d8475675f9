/**
 * What a job asks for. The database stays the source of truth (import_jobs, feeds): a job carries only the id of
 * the row to work on, so running it twice, late or after a crash does what the row says is left, and no more.
 */
export type JobRequest =
  | { kind: 'import'; importId: string }
  | { kind: 'feed-poll'; feedId: number }
  /** Finds the feeds that are due and enqueues a poll of each (the feed scheduler's tick). */
  | { kind: 'feeds-due' };

export type JobKind = JobRequest['kind'];
export type JobOf<K extends JobKind> = Extract<JobRequest, { kind: K }>;

/**
 * Jobs of one lane wait only for each other: an import that runs for an hour never holds up the feed polls. Each lane
 * is a BullMQ queue of its own, and CLAIMLINE_WORKERS counts per lane.
 */
export const JOB_LANES = ['imports', 'feeds'] as const;
export type JobLane = (typeof JOB_LANES)[number];

export function laneOf(job: JobRequest): JobLane {
  return job.kind === 'import' ? 'imports' : 'feeds';
}

/**
 * One id per piece of work, so the same work is never queued twice while it waits or runs: a second enqueue of an
 * import or of a feed's poll is a no-op. (BullMQ refuses ':' in custom ids.)
 */
export function jobIdOf(job: JobRequest): string {
  switch (job.kind) {
    case 'import':
      return `import-${job.importId}`;
    case 'feed-poll':
      return `feed-poll-${job.feedId}`;
    case 'feeds-due':
      return 'feeds-due';
  }
}

/** Attempts of one job before it is given up (the database row then says what happened) and the first retry's delay. */
export const JOB_ATTEMPTS = 5;
export const JOB_BACKOFF_MS = 2_000;

/** Exponential backoff: 2 s, 4 s, 8 s … before attempt n+1. */
export function retryDelayMs(attemptsMade: number): number {
  return JOB_BACKOFF_MS * 2 ** Math.max(0, attemptsMade - 1);
}
