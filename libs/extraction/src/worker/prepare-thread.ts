import { Worker } from 'node:worker_threads';
import type { ExtractorConfig } from '../extractor.js';
import {
  KEPT_EXTRACTORS,
  type PrepareReply,
  type PrepareRequest,
  type PreparedText,
  type TextToPrepare,
} from './prepare-protocol.js';

/**
 * The thread's heap. Unbounded (and with the API's 32 MB semi-spaces) it grew by ~200 MB over a 1,000-article import,
 * which the process kept after the thread ended. Its live data is the extractor and one batch: ~18 MB.
 */
const YOUNG_GENERATION_MB = 16;
const OLD_GENERATION_MB = 64;

type Pending = { resolve(prepared: PreparedText[]): void; reject(error: Error): void; configured: number | null };

/**
 * Extraction and fingerprints of many texts on a worker thread (prepare-worker.js): a bulk import prepares its next
 * batch there while the main thread writes the one before, so the two use both cores instead of taking turns on
 * one. Started on first use and stopped after `idleMs` without work, so an API that imports nothing holds no second
 * heap. A thread that fails or exits rejects what it had in hand; the next call starts another.
 */
export class PrepareThread {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  /** The extractors the running thread has built, in the order it drops them. */
  private readonly built = new Set<number>();
  private readonly ids = new WeakMap<object, number>();
  private nextExtractor = 1;
  private nextRequest = 1;
  private idleTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly workerFile: string,
    private readonly idleMs = 10_000,
  ) {}

  /**
   * Prepares `texts` with the extractor `key` stands for (one object per extractor: the same key, the same
   * extractor); `config` builds it the first time this thread sees it.
   */
  prepare(key: object, config: () => ExtractorConfig, texts: TextToPrepare[]): Promise<PreparedText[]> {
    const worker = this.running();
    let extractor = this.ids.get(key);
    if (extractor === undefined) this.ids.set(key, (extractor = this.nextExtractor++));
    const request: PrepareRequest = { id: this.nextRequest++, extractor, texts };
    if (!this.built.has(extractor)) {
      request.config = config();
      this.built.add(extractor);
      while (this.built.size > KEPT_EXTRACTORS) this.built.delete(this.built.values().next().value as number);
    }
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    return new Promise<PreparedText[]>((resolve, reject) => {
      this.pending.set(request.id, { resolve, reject, configured: request.config ? extractor : null });
      worker.postMessage(request);
    });
  }

  /** Stops the thread; what it had in hand is rejected. */
  async close(): Promise<void> {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    const worker = this.worker;
    this.forget(new Error('the prepare thread was stopped'));
    await worker?.terminate();
  }

  private running(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.workerFile, {
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB, maxOldGenerationSizeMb: OLD_GENERATION_MB },
    });
    worker.on('message', (reply: PrepareReply) => this.settle(reply));
    worker.on('error', (error: Error) => {
      if (this.worker === worker) this.forget(error);
    });
    worker.on('exit', (code) => {
      if (this.worker === worker) this.forget(new Error(`the prepare thread exited with code ${code}`));
    });
    this.worker = worker;
    return worker;
  }

  private settle(reply: PrepareReply): void {
    const pending = this.pending.get(reply.id);
    if (!pending) return;
    this.pending.delete(reply.id);
    if ('failure' in reply) {
      // The extractor may not have been built: its config goes with the next request that names it.
      if (pending.configured !== null) this.built.delete(pending.configured);
      pending.reject(new Error(reply.failure));
    } else pending.resolve(reply.prepared);
    if (!this.pending.size && this.worker) {
      this.idleTimer = setTimeout(() => void this.close(), this.idleMs);
      this.idleTimer.unref();
    }
  }

  /** Drops the thread: its pending requests fail, and it has built nothing the next one has. */
  private forget(error: Error): void {
    const worker = this.worker;
    this.worker = null;
    this.built.clear();
    for (const pending of this.pending.values()) pending.reject(error);
    this.pending.clear();
    void worker?.terminate();
  }
}
