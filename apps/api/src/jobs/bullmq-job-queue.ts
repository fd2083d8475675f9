import { Logger } from '@nestjs/common';
import { Queue, Worker, type Job } from 'bullmq';
import { type JobHandlers } from './job-handlers.js';
import { JobQueue, type JobListener } from './job-queue.js';
import {
  jobIdOf,
  JOB_ATTEMPTS,
  JOB_BACKOFF_MS,
  JOB_LANES,
  laneOf,
  type JobLane,
  type JobRequest,
} from './job-request.js';

/** Opens one lane's queue of a deployment for a look or a clean-up (tests, operators' scripts), and closes it. */
export async function withJobsQueue<T>(
  redisUrl: string,
  prefix: string,
  lane: JobLane,
  work: (queue: Queue) => Promise<T>,
): Promise<T> {
  const queue = new Queue(lane, { connection: { url: redisUrl }, prefix });
  try {
    return await work(queue);
  } finally {
    await queue.close();
  }
}

export type BullMqOptions = {
  redisUrl: string;
  /** BullMQ's key prefix: CLAIMLINE_REDIS_PREFIX + "bull", so deployments sharing a Redis keep their queues apart. */
  prefix: string;
  /** Jobs this process runs at once in each lane; 0 only enqueues. */
  concurrency: number;
  /** Lock lifetime and stalled-check period (CLAIMLINE_JOB_STALLED_MS). */
  stalledMs: number;
};

/**
 * Jobs on Redis through BullMQ, one queue per lane (imports, feeds). Job ids are the work's own id, and a job is removed once it ends, so the same work
 * is never queued twice while it waits or runs and can be queued again afterwards. A worker that dies stops renewing
 * its job's lock; after `stalledMs` another worker's stalled check puts the job back in the queue, and its handler
 * resumes from the database row's checkpoint.
 */
export class BullMqJobQueue extends JobQueue {
  private readonly logger = new Logger('Jobs');
  private readonly queues: Map<JobLane, Queue>;
  private readonly workers: Worker[] = [];
  private readonly listeners = new Set<JobListener>();

  constructor(
    private readonly handlers: JobHandlers,
    private readonly options: BullMqOptions,
  ) {
    super();
    this.queues = new Map(
      JOB_LANES.map((lane) => {
        const queue = new Queue(lane, {
          connection: { url: options.redisUrl },
          prefix: options.prefix,
          defaultJobOptions: {
            attempts: JOB_ATTEMPTS,
            backoff: { type: 'exponential', delay: JOB_BACKOFF_MS },
            removeOnComplete: true,
            removeOnFail: true,
          },
        });
        queue.on('error', (error: Error) => this.logger.warn(`${lane} queue: ${error.message}`));
        return [lane, queue];
      }),
    );
  }

  get runsJobs(): boolean {
    return this.options.concurrency > 0;
  }

  /** Starts consuming every lane (when this process runs jobs) once every handler is registered. */
  async start(): Promise<void> {
    await Promise.all([...this.queues.values()].map((queue) => queue.waitUntilReady()));
    if (!this.runsJobs) return;
    for (const lane of JOB_LANES) this.workers.push(this.startWorker(lane));
    await Promise.all(this.workers.map((worker) => worker.waitUntilReady()));
  }

  private startWorker(lane: JobLane): Worker<JobRequest> {
    const worker = new Worker<JobRequest>(lane, (job: Job<JobRequest>) => this.handlers.handle(job.data), {
      connection: { url: this.options.redisUrl },
      prefix: this.options.prefix,
      concurrency: this.options.concurrency,
      lockDuration: this.options.stalledMs,
      stalledInterval: this.options.stalledMs,
      // A job whose worker died is put back this many times; its attempts (handler errors) are counted apart.
      maxStalledCount: JOB_ATTEMPTS,
    });
    worker.on('error', (error: Error) => this.logger.warn(`${lane} worker: ${error.message}`));
    worker.on('stalled', (id: string) => this.logger.warn(`Job ${id} lost its worker: queued again`));
    worker.on('completed', (job: Job<JobRequest>) => this.emit(job, true));
    worker.on('failed', (job: Job<JobRequest> | undefined, error: Error) => {
      if (!job) return;
      const final = job.attemptsMade >= (job.opts.attempts ?? 1);
      this.logger.warn(
        `Job ${job.id} failed (attempt ${job.attemptsMade}${final ? ', gave up' : ''}): ${error.message}`,
      );
      if (final) this.emit(job, false, error.message);
    });
    return worker;
  }

  async enqueue(job: JobRequest): Promise<void> {
    await this.queues.get(laneOf(job))!.add(job.kind, job, { jobId: jobIdOf(job) });
  }

  async schedule(name: string, job: JobRequest, everyMs: number): Promise<void> {
    // One scheduler per name in Redis: however many processes upsert it, one job is created per period.
    await this.queues
      .get(laneOf(job))!
      .upsertJobScheduler(
        name,
        { every: everyMs },
        { name: job.kind, data: job, opts: { attempts: 1, removeOnComplete: true, removeOnFail: true } },
      );
  }

  idle(): Promise<void> {
    return Promise.resolve();
  }

  onJobEnd(listener: JobListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Stops taking jobs without waiting for the running ones: an import may run for minutes, and what it committed is
   * checkpointed; its job, no longer renewed, is taken up again by another worker.
   */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.close(true).catch(() => undefined)));
    await Promise.all([...this.queues.values()].map((queue) => queue.close().catch(() => undefined)));
  }

  private emit(job: Job<JobRequest>, ok: boolean, error?: string): void {
    for (const listener of this.listeners) listener({ id: job.id ?? '', job: job.data, ok, error });
  }
}
