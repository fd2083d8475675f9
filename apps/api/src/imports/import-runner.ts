import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { hostname } from 'node:os';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate, type ValidationError } from 'class-validator';
import type { EntityManager } from 'typeorm';
import { PreviousBatchNotCommitted, type BatchResult, type OverlappedOutcome } from '../articles/article-batch.js';
import {
  ArticleIngestionService,
  DuplicateArticleException,
  type PreparedBatch,
} from '../articles/article-ingestion.service.js';
import { ArticleFieldsDto } from '../articles/dto/article-input.dto.js';
import type { AuthUser } from '../auth/auth-user.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { isDatabaseUnavailable } from '../database/database-unavailable.js';
import { retryWhileDatabaseUnavailable } from '../database/retry-while-unavailable.js';
import type { ImportJobEntity } from './import-job.entity.js';
import { readImportRows } from './import-rows.js';
import { checkpointOf, ImportsRepository, type ImportCheckpoint } from './imports.repository.js';
import { reasonOf } from './import-reasons.js';

export const MAX_RECORDED_FAILURES = 1000;
/**
 * Articles per commit; each still has its own savepoint, so one bad article never takes the others down. The
 * batch's rollup and framing upserts (~9 set-based statements) cost far less than linearly in its size (MariaDB,
 * 100k claims, load ~8: ~0.45 s per batch of 50, ~0.9 s per batch of 200). Not more: the lease is renewed with
 * each commit, so a batch must stay well within LEASE_MS even on a slow database.
 */
const BATCH_ROWS = 100;
/** Rows read (valid or not) per checkpoint at most: invalid rows are checkpointed even when no article is written. */
const CHECKPOINT_ROWS = 100;
/** A job whose holder stops renewing its lease for this long may be taken over by another process. */
const LEASE_MS = 30_000;
/** How long a job waits for a database that went away before it gives up and ends as failed. */
const DATABASE_PATIENCE_MS = 10 * 60_000;

export type ImportProgress = { total: number; done: number; failed: number; duplicates: number; bytesRead: number };
export type ImportSummary = ImportProgress & {
  id: string;
  status: 'done' | 'failed';
  failures: { line: number; reason: string }[];
  seconds: number;
};

/** The file could not be read past some point (e.g. an unclosed CSV quote): the rows before it still count. */
class UnreadableFileError extends Error {}

/**
 * Runs import jobs to their end. Progress is a checkpoint (last line, counters, failures) committed in the same
 * transaction as the articles it counts, so whatever stops a job midway — the database going away, the process
 * being killed — it resumes from exactly what is stored: nothing lost, nothing doubled, counters equal to the rows.
 * A job ends `done` or `failed` with a reason, its final state written once the database answers again, and its
 * file removed.
 */
@Injectable()
export class ImportRunner {
  private readonly logger = new Logger('Imports');
  /** Names this process in job leases. */
  readonly owner = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

  constructor(
    private readonly imports: ImportsRepository,
    private readonly ingestion: ArticleIngestionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Runs the job if this process can take it; null when another live process holds it. */
  async run(
    jobId: string,
    onProgress?: (progress: ImportProgress) => void,
    deadHolder: string | null = null,
  ): Promise<ImportSummary | null> {
    const started = Date.now();
    const claimed = await retryWhileDatabaseUnavailable(() =>
      this.imports.claim(jobId, this.owner, new Date(), this.leaseUntil(), deadHolder),
    );
    if (!claimed) return null;
    let job = await this.load(jobId);
    let checkpoint = checkpointOf(job);
    let status: 'done' | 'failed' = 'done';
    const giveUpAt = Date.now() + DATABASE_PATIENCE_MS;
    for (;;) {
      try {
        if (!job.filePath || !job.format) throw new UnreadableFileError('the uploaded file is gone');
        checkpoint = await this.processFrom(job, checkpoint, onProgress);
        break;
      } catch (error) {
        if (isDatabaseUnavailable(error) && Date.now() < giveUpAt) {
          // What counts is what was committed: start again from the stored checkpoint once the database answers.
          this.logger.warn(`Import ${jobId} waits for the database: ${reasonOf(error)}`);
          job = await this.load(jobId);
          checkpoint = checkpointOf(job);
          continue;
        }
        status = 'failed';
        // The committed checkpoint is the truth: rows read after it were never stored.
        checkpoint = checkpointOf(await this.load(jobId));
        const reason =
          error instanceof UnreadableFileError
            ? `file could not be read further: ${error.message}`
            : `import stopped: ${reasonOf(error)}`;
        checkpoint = { ...checkpoint, failures: [...checkpoint.failures, { line: 0, reason }] };
        break;
      }
    }
    const final = checkpoint;
    await retryWhileDatabaseUnavailable(() => this.imports.finish(jobId, status, final), {
      deadlineMs: DATABASE_PATIENCE_MS,
    });
    if (job.filePath) await rm(job.filePath, { force: true });
    const summary = { ...progressOf(final), bytesRead: 0 };
    onProgress?.(summary);
    return { id: jobId, status, ...summary, failures: final.failures, seconds: (Date.now() - started) / 1000 };
  }

  /**
   * Whether a job's holder has certainly stopped, so its lease need not run out first: a process of this host
   * that no longer runs, or an earlier life of this very process (a restarted container keeps host and pid).
   */
  holderIsGone(job: ImportJobEntity, now = new Date()): boolean {
    if (!job.leaseOwner || !job.leaseExpiresAt || job.leaseExpiresAt < now) return true;
    if (job.leaseOwner === this.owner) return false;
    const [host, pid] = job.leaseOwner.split(':');
    if (host !== hostname()) return false;
    if (Number(pid) === process.pid) return true;
    try {
      process.kill(Number(pid), 0);
      return false;
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === 'ESRCH';
    }
  }

  private load(jobId: string): Promise<ImportJobEntity> {
    return retryWhileDatabaseUnavailable(
      async () => {
        const job = await this.imports.findById(jobId);
        if (!job) throw new Error(`Import ${jobId} vanished`);
        return job;
      },
      { deadlineMs: DATABASE_PATIENCE_MS },
    );
  }

  /**
   * Reads the file from the checkpoint on, one batch at a time. A batch is prepared (extraction, fingerprints:
   * CPU) while the previous one is still being written (database waits). On MariaDB the next batch starts writing
   * as soon as the previous one's articles are in (BatchOverlap), on SQLite once it is committed; either way each
   * commits after the one before: checkpoints stay in file order, each with the counters of everything before it.
   */
  private async processFrom(
    job: ImportJobEntity,
    from: ImportCheckpoint,
    onProgress?: (progress: ImportProgress) => void,
  ): Promise<ImportCheckpoint> {
    const user: AuthUser | null =
      job.createdById === null ? null : { id: job.createdById, email: job.createdByEmail ?? '', role: 'analyst' };
    let committed = from;
    // Rows read since the last batch was handed over: their outcome counts only once it is committed.
    let read = rowsRead(from.resumeLine);
    let batch: { line: number; input: ArticleFieldsDto }[] = [];
    let bytesRead = 0;
    // The last batch handed over, still being written; null once it and every batch before it have settled.
    let last = null as BatchInFlight | null;
    const overlap = this.ingestion.canOverlapBatches();

    const write = async (
      rows: readonly { line: number }[],
      sinceLast: RowsRead,
      prepared: PreparedBatch | null,
      before: BatchInFlight | null,
      link: BatchLink,
    ): Promise<boolean> => {
      const lease = { owner: this.owner, until: this.leaseUntil() };
      // Built when the batch is about to commit, after the one before did: `committed` is then that one's.
      const nextCheckpoint = (outcome: readonly BatchResult[]) => {
        const next = cloneCheckpoint(committed);
        next.total += sinceLast.total;
        next.resumeLine = sinceLast.resumeLine;
        for (const failure of sinceLast.failures) recordFailure(next, failure.line, failure.reason);
        countOutcomes(next, rows, outcome);
        return next;
      };
      if (!prepared) {
        // Only refused rows: checkpointed after the batch before (SQLite's has settled already).
        if (before && (await before.settled)) throw new PreviousBatchNotCommitted();
        const next = nextCheckpoint([]);
        await this.imports.saveCheckpoint(job.id, next, lease);
        committed = next;
        return true;
      }
      let saved: ImportCheckpoint | null = null;
      const options = {
        beforeCommit: async (manager: EntityManager, outcome: readonly BatchResult[]) => {
          const next = nextCheckpoint(outcome);
          await this.imports.saveCheckpoint(job.id, next, lease, manager);
          saved = next;
        },
      };
      let outcome: OverlappedOutcome;
      if (!overlap)
        outcome = {
          results: await this.ingestion.writePreparedBatch(prepared, user, options),
          committedAsAnnounced: true,
        };
      else {
        const previous = before ? before.committedAsAnnounced : Promise.resolve(true);
        try {
          outcome = await this.ingestion.writeOverlappedBatch(prepared, user, options, {
            previous,
            articlesWritten: link.articlesWritten,
          });
        } catch (error) {
          // The batch before did not commit what this one read of it. Failed: the import stops there and resumes
          // from its checkpoint. Committed otherwise (a deadlock retry) or not at all (its own commit failed, its
          // rows reported): this batch is written again, alone, now that nothing is in flight before it.
          if (!(error instanceof PreviousBatchNotCommitted) || (before && (await before.settled))) throw error;
          outcome = {
            results: await this.ingestion.writePreparedBatch(prepared, user, options),
            committedAsAnnounced: false,
          };
        }
      }
      const unavailable = outcome.results.find((result) => 'error' in result && isDatabaseUnavailable(result.error));
      if (unavailable && 'error' in unavailable) throw unavailable.error;
      if (!saved) {
        // Nothing reached the batch transaction (every row refused before writing, or its commit failed): count
        // and checkpoint alone, after the batch before.
        if (before && (await before.settled)) throw new PreviousBatchNotCommitted();
        saved = nextCheckpoint(outcome.results);
        await this.imports.saveCheckpoint(job.id, saved, lease);
      }
      committed = saved;
      onProgress?.({ ...progressOf(committed), bytesRead });
      return outcome.committedAsAnnounced;
    };
    const writeDone = async () => {
      const failure = last ? await last.settled : null;
      last = null;
      if (failure) throw failure;
    };
    const commit = async () => {
      const rows = batch;
      const sinceLast = read;
      batch = [];
      read = rowsRead(sinceLast.resumeLine);
      const prepared = rows.length ? await this.ingestion.prepareBatch(rows.map((item) => item.input)) : null;
      const before = last;
      if (before) {
        // SQLite: once the batch before has settled. MariaDB: once its articles are in and the one before it has
        // settled, so that at most two batches are in flight. A failure stops the import.
        await (overlap ? Promise.all([before.articlesIn, before.priorSettled]) : before.settled);
        if (before.failed()) await writeDone();
      }
      last = startBatch(before, (link) => write(rows, sinceLast, prepared, before, link));
    };

    try {
      for await (const row of readImportRows(
        job.filePath!,
        job.format!,
        this.config.maxArticleBytes,
        (bytes) => (bytesRead += bytes),
      )) {
        if (row.line <= from.resumeLine) continue;
        read.total++;
        read.resumeLine = row.line;
        if (row.error) read.failures.push({ line: row.line, reason: row.error });
        else {
          const validated = await validateRow(row.record ?? {});
          if (typeof validated === 'string') read.failures.push({ line: row.line, reason: validated });
          else batch.push({ line: row.line, input: validated });
        }
        if (batch.length >= BATCH_ROWS || read.total >= CHECKPOINT_ROWS) await commit();
      }
    } catch (error) {
      if (isDatabaseUnavailable(error)) {
        await last?.settled; // settled either way: the caller resumes from what is committed
        throw error;
      }
      // Keep the good rows read before the unreadable part, then report where reading stopped.
      await commit();
      await writeDone();
      throw new UnreadableFileError(reasonOf(error));
    }
    await commit();
    await writeDone();
    return committed;
  }

  private leaseUntil(): Date {
    return new Date(Date.now() + LEASE_MS);
  }
}

/** How a batch in flight tells the next one that its articles are in. */
type BatchLink = { articlesWritten: () => void };

/** A batch handed over to be written, as the next one waits on it. */
type BatchInFlight = {
  /** Resolves once its articles are in, or it settled: the next batch may start writing. */
  articlesIn: Promise<void>;
  /** Resolves true once it committed the articles it announced; false if it did not. */
  committedAsAnnounced: Promise<boolean>;
  /** The first error of this batch or any before it, null when every one committed; never rejects. */
  settled: Promise<Error | null>;
  /** Whether `settled` has resolved with an error. */
  failed: () => boolean;
  /** `settled` of the batch before it. */
  priorSettled: Promise<unknown>;
};

/** Runs `write` for a batch after `before`, wiring what the next batch waits on. */
function startBatch(before: BatchInFlight | null, write: (link: BatchLink) => Promise<boolean>): BatchInFlight {
  let articlesWritten!: () => void;
  const articlesIn = new Promise<void>((resolve) => (articlesWritten = resolve));
  const own = write({ articlesWritten }).then(
    (asAnnounced) => ({ asAnnounced, error: null }),
    (error: unknown) => ({
      asAnnounced: false,
      error: error instanceof Error ? error : new Error(`the import batch failed: ${String(error)}`),
    }),
  );
  void own.then(() => articlesWritten());
  // The earliest failure wins: a batch rolled back because the one before failed reports that one's error.
  const settled = before
    ? before.settled.then((earlier) => own.then(({ error }) => earlier ?? error))
    : own.then(({ error }) => error);
  let failed = false;
  void settled.then((error) => (failed = error !== null));
  return {
    articlesIn,
    committedAsAnnounced: own.then(({ asAnnounced }) => asAnnounced),
    settled,
    failed: () => failed,
    priorSettled: before?.settled ?? Promise.resolve(),
  };
}

/** What was read since the last batch was handed over: rows, the last line, and the rows refused while reading. */
type RowsRead = { total: number; resumeLine: number; failures: { line: number; reason: string }[] };

function rowsRead(resumeLine: number): RowsRead {
  return { total: 0, resumeLine, failures: [] };
}

function cloneCheckpoint(checkpoint: ImportCheckpoint): ImportCheckpoint {
  return { ...checkpoint, failures: [...checkpoint.failures] };
}

function progressOf(checkpoint: ImportCheckpoint): Omit<ImportProgress, 'bytesRead'> {
  const { total, done, failed, duplicates } = checkpoint;
  return { total, done, failed, duplicates };
}

function recordFailure(checkpoint: ImportCheckpoint, line: number, reason: string): void {
  checkpoint.failed++;
  if (checkpoint.failures.length < MAX_RECORDED_FAILURES)
    checkpoint.failures.push({ line, reason: reason.slice(0, 1000) });
}

function countOutcomes(
  checkpoint: ImportCheckpoint,
  batch: readonly { line: number }[],
  outcomes: readonly BatchResult[],
): void {
  outcomes.forEach((outcome, index) => {
    if (!('error' in outcome)) checkpoint.done++;
    else if (outcome.error instanceof DuplicateArticleException) checkpoint.duplicates++;
    else recordFailure(checkpoint, batch[index].line, reasonOf(outcome.error));
  });
}

async function validateRow(record: Record<string, unknown>): Promise<ArticleFieldsDto | string> {
  const input = plainToInstance(ArticleFieldsDto, record);
  const errors = await validate(input, { whitelist: true, forbidNonWhitelisted: true });
  return errors.length ? describeErrors(errors).join('; ') : input;
}

function describeErrors(errors: ValidationError[], prefix = ''): string[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    return [
      ...Object.values(error.constraints ?? {}).map((message) => `${field}: ${message}`),
      ...describeErrors(error.children ?? [], field),
    ];
  });
}
