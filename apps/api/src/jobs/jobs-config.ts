/** Background jobs (apps/api/src/jobs): who runs them and how a dead worker is noticed. */
export type JobsConfig = {
  /**
   * CLAIMLINE_WORKERS: how many jobs of each lane (imports, feeds) this process runs at once; 0 runs none (an API process beside `npm run worker`
   * processes). Jobs are still enqueued, and their state is kept in the database, whatever this says.
   */
  workers: number;
  /**
   * CLAIMLINE_JOB_STALLED_MS: how long a BullMQ job's lock lives without renewal, and how often workers look for
   * jobs whose worker stopped renewing it (died): such a job goes back to the queue. The fault tests shorten it.
   */
  stalledMs: number;
};

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be an integer of at least ${min}`);
  return value;
}

export function loadJobsConfig(env: NodeJS.ProcessEnv): JobsConfig {
  return {
    workers: integer(env, 'CLAIMLINE_WORKERS', 1, 0),
    stalledMs: integer(env, 'CLAIMLINE_JOB_STALLED_MS', 30_000, 1_000),
  };
}
