import type { JobRequest } from './job-request.js';

/** A job this process ran to its end (tests and logs listen). */
export type JobListener = (event: { id: string; job: JobRequest; ok: boolean; error?: string }) => void;

/**
 * Carries work to whichever process runs jobs. In process by default; on BullMQ when REDIS_URL is set, where any
 * number of `npm run worker` processes (and API processes whose CLAIMLINE_WORKERS is not 0) share it.
 */
export abstract class JobQueue {
  /**
   * Starts running jobs in this process (when it runs any): called once the whole application has bootstrapped, so
   * no job runs before the start-up seeding it relies on. Jobs queued before wait.
   */
  abstract start(): Promise<void>;
  /** Queues the job unless the same work (same job id) is already waiting or running. */
  abstract enqueue(job: JobRequest): Promise<void>;
  /**
   * Makes `job` recur every `everyMs` across every process sharing the queue: only one of them fires it per period.
   * Idempotent: every process may ask.
   */
  abstract schedule(name: string, job: JobRequest, everyMs: number): Promise<void>;
  /** Whether this process runs jobs itself. */
  abstract get runsJobs(): boolean;
  /** Resolves once this process has no job waiting or running (in process); at once on BullMQ. */
  abstract idle(): Promise<void>;
  abstract onJobEnd(listener: JobListener): () => void;
  /** Stops taking jobs (before the database closes); running ones finish or are taken up again later. */
  abstract close(): Promise<void> | void;
}
