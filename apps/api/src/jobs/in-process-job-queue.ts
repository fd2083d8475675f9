import { Logger } from '@nestjs/common';
import { type JobHandlers } from './job-handlers.js';
import { JobQueue, type JobListener } from './job-queue.js';
import {
  jobIdOf,
  JOB_ATTEMPTS,
  JOB_LANES,
  laneOf,
  retryDelayMs,
  type JobLane,
  type JobRequest,
} from './job-request.js';

type Entry = { id: string; job: JobRequest; attemptsMade: number };

/**
 * Jobs in this process's memory, run `concurrency` at a time in each lane, with retries and backoff. Nothing is lost with the
 * process: every job's state is in the database, and the start-up/periodic sweeps (imports, feeds) queue again
 * whatever a stopped process left. With concurrency 0 nothing runs here: the rows wait for a process that runs jobs.
 */
export class InProcessJobQueue extends JobQueue {
  private readonly logger = new Logger('Jobs');
  /** Waiting, running or waiting to retry: an id here is never queued a second time. */
  private readonly entries = new Map<string, Entry>();
  private readonly waiting = new Map<JobLane, Entry[]>(JOB_LANES.map((lane) => [lane, []]));
  private readonly active = new Map<JobLane, number>(JOB_LANES.map((lane) => [lane, 0]));
  private readonly running = new Set<string>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly listeners = new Set<JobListener>();
  private idleWaiters: (() => void)[] = [];
  private closed = false;
  private started = false;

  constructor(
    private readonly handlers: JobHandlers,
    private readonly concurrency: number,
  ) {
    super();
  }

  get runsJobs(): boolean {
    return this.concurrency > 0;
  }

  start(): Promise<void> {
    this.started = true;
    this.pump();
    return Promise.resolve();
  }

  enqueue(job: JobRequest): Promise<void> {
    const id = jobIdOf(job);
    if (!this.runsJobs || this.closed || this.entries.has(id)) return Promise.resolve();
    const entry = { id, job, attemptsMade: 0 };
    this.entries.set(id, entry);
    this.waiting.get(laneOf(job))!.push(entry);
    this.pump();
    return Promise.resolve();
  }

  schedule(_name: string, job: JobRequest, everyMs: number): Promise<void> {
    if (!this.runsJobs || this.closed) return Promise.resolve();
    const timer = setInterval(() => void this.enqueue(job), everyMs);
    timer.unref();
    this.timers.add(timer);
    void this.enqueue(job);
    return Promise.resolve();
  }

  idle(): Promise<void> {
    if (!this.entries.size) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  onJobEnd(listener: JobListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Stops timers, retries and waiting jobs (their rows keep them for the next process); jobs already running finish
   * on their own, checkpointing as they go.
   */
  close(): void {
    this.closed = true;
    for (const timer of this.timers) clearInterval(timer);
    this.timers.clear();
    for (const waiting of this.waiting.values()) waiting.length = 0;
    for (const id of [...this.entries.keys()]) if (!this.running.has(id)) this.entries.delete(id);
    this.resolveIdleWaiters();
  }

  private pump(): void {
    if (!this.started) return;
    for (const lane of JOB_LANES) {
      const waiting = this.waiting.get(lane)!;
      while (this.active.get(lane)! < this.concurrency && waiting.length && !this.closed) {
        const entry = waiting.shift()!;
        this.active.set(lane, this.active.get(lane)! + 1);
        this.running.add(entry.id);
        void this.run(entry).finally(() => {
          this.running.delete(entry.id);
          this.active.set(lane, this.active.get(lane)! - 1);
          this.pump();
        });
      }
    }
  }

  private async run(entry: Entry): Promise<void> {
    entry.attemptsMade++;
    try {
      await this.handlers.handle(entry.job);
      this.end(entry, true);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      if (entry.attemptsMade < JOB_ATTEMPTS && !this.closed) {
        const delay = retryDelayMs(entry.attemptsMade);
        this.logger.warn(`Job ${entry.id} failed (attempt ${entry.attemptsMade}), retrying in ${delay} ms: ${reason}`);
        const timer = setTimeout(() => {
          this.timers.delete(timer);
          this.waiting.get(laneOf(entry.job))!.push(entry);
          this.pump();
        }, delay);
        timer.unref();
        this.timers.add(timer);
        return;
      }
      this.logger.error(`Job ${entry.id} gave up after ${entry.attemptsMade} attempts: ${reason}`);
      this.end(entry, false, reason);
    }
  }

  private end(entry: Entry, ok: boolean, error?: string): void {
    this.entries.delete(entry.id);
    for (const listener of this.listeners) listener({ id: entry.id, job: entry.job, ok, error });
    this.resolveIdleWaiters();
  }

  private resolveIdleWaiters(): void {
    if (this.entries.size) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }
}
