import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import {
  BadRequestException,
  Inject,
  Injectable,
  Logger,
  NotFoundException,
  PayloadTooLargeException,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import busboy from 'busboy';
import type { Request } from 'express';
import type { AuthUser } from '../auth/auth-user.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { JobHandlers } from '../jobs/job-handlers.js';
import { JobQueue } from '../jobs/job-queue.js';
import { toImportJobDto, type ImportJobDto } from './dto/import-job.dto.js';
import type { ImportJobEntity } from './import-job.entity.js';
import { ImportRunner, type ImportProgress, type ImportSummary } from './import-runner.js';
import { detectFormat, type ImportFormat } from './import-rows.js';
import { ImportsRepository } from './imports.repository.js';

/** How often a process looks for jobs whose holder died (another process, or this one before a restart) or that no queue holds. */
const ORPHAN_SWEEP_MS = 15_000;
/** An upload file no job refers to is removed once it has been left alone this long. */
const STRAY_UPLOAD_AGE_MS = 15 * 60_000;

/**
 * Bulk import: one article per JSONL line or CSV row, each stored whole or not at all through the
 * same ingestion as POST /api/articles; a bad row is recorded (line, reason) and the rest go on.
 * The upload is an `import` job on the job queue (jobs/): in this process, or on BullMQ for `npm run worker`.
 */
@Injectable()
export class ImportsService implements OnModuleInit, OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Imports');
  private sweepTimer: NodeJS.Timeout | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly imports: ImportsRepository,
    private readonly runner: ImportRunner,
    private readonly jobs: JobQueue,
    private readonly handlers: JobHandlers,
  ) {}

  onModuleInit(): void {
    this.handlers.register('import', ({ importId }) => this.runQueued(importId));
  }

  /** Queues again the jobs a stopped process left behind, drops upload files no job needs, and keeps watching. */
  async onApplicationBootstrap(): Promise<void> {
    await mkdir(this.config.uploadDir, { recursive: true });
    await this.resumeOrphans();
    await this.removeStrayUploads();
    this.sweepTimer = setInterval(() => void this.resumeOrphans().catch(() => undefined), ORPHAN_SWEEP_MS);
    this.sweepTimer.unref();
  }

  onApplicationShutdown(): void {
    if (this.sweepTimer) clearInterval(this.sweepTimer);
  }

  async get(id: string, user: AuthUser | null): Promise<ImportJobDto> {
    const job = await this.imports.findById(id);
    // Another analyst's job is none of this one's business: the same 404 as an unknown id, so ids are not probed.
    if (!job || (user && user.role !== 'admin' && job.createdById !== user.id))
      throw new NotFoundException(`Import ${id} not found`);
    return toImportJobDto(job);
  }

  /** Waits for the imports queued in this process (tests); at once when jobs run on BullMQ. */
  idle(): Promise<void> {
    return this.jobs.idle();
  }

  /**
   * Streams the multipart field `file` into the upload directory (never into memory), answers with the job id once
   * the upload is complete, and processes the file in the background. The file stays until the job ends.
   */
  async upload(req: Request, user: AuthUser | null): Promise<{ id: string }> {
    const limit = this.config.uploadLimitBytes;
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit + 64 * 1024) throw new PayloadTooLargeException(`The upload exceeds the ${limit}-byte limit`);
    if (
      !String(req.headers['content-type'] ?? '')
        .toLowerCase()
        .startsWith('multipart/form-data')
    ) {
      throw new BadRequestException('Send the file as multipart/form-data in the field "file"');
    }
    const id = randomUUID();
    await mkdir(this.config.uploadDir, { recursive: true });
    const path = join(this.config.uploadDir, `${id}.upload`);
    try {
      const received = await this.receive(req, path, limit);
      await this.createJob(id, received.filename, received.format, path, user);
    } catch (error) {
      await rm(path, { force: true });
      throw error;
    }
    // The job is in the database already: if the queue cannot take it now, the next sweep (15 s) queues it.
    await this.jobs
      .enqueue({ kind: 'import', importId: id })
      .catch((error: unknown) => this.logger.warn(`Import ${id} waits for the next sweep: ${String(error)}`));
    return { id };
  }

  /** Imports a file synchronously (the CLI): the same job and processing, progress reported as it goes. */
  async runFile(
    path: string,
    user: AuthUser | null,
    onProgress?: (progress: ImportProgress) => void,
  ): Promise<ImportSummary> {
    const filename = basename(path);
    const format = detectFormat(filename);
    if (!format) throw new Error(`Unsupported file "${filename}": use .jsonl/.ndjson or .csv`);
    // The job works on its own copy, which it removes at the end: the user's file is never touched.
    const id = randomUUID();
    await mkdir(this.config.uploadDir, { recursive: true });
    const copy = join(this.config.uploadDir, `${id}.upload`);
    await pipeline(createReadStream(path), createWriteStream(copy));
    await this.createJob(id, filename, format, copy, user);
    const summary = await this.runner.run(id, onProgress);
    if (!summary) throw new Error(`Import ${id} was taken over by another process`);
    return summary;
  }

  /**
   * The `import` job: runs (or resumes from its checkpoint) the job the row describes, if it has not ended and no
   * live process holds it. A second delivery of the same job, or one for an ended job, does nothing. An error here
   * is retried by the queue with backoff.
   */
  private async runQueued(importId: string): Promise<void> {
    const job = await this.imports.findById(importId);
    if (!job || job.status !== 'running') return;
    const deadHolder = job.leaseOwner && this.runner.holderIsGone(job) ? job.leaseOwner : null;
    const summary = await this.runner.run(importId, undefined, deadHolder);
    if (!summary) this.logger.log(`Import ${importId} is held by ${job.leaseOwner}: left to it`);
  }

  /**
   * Queues again every unfinished job no live process holds (at start-up and every 15 s): one whose holder died goes
   * back to `queued` (its lease cleared, so the status says so, never a stale "running"), then onto the queue. The
   * queue drops a job already waiting or running, so every process may sweep.
   */
  async resumeOrphans(): Promise<void> {
    const now = new Date();
    for (const job of await this.imports.findRunning()) {
      if (!this.runner.holderIsGone(job, now)) continue;
      if (job.leaseOwner) {
        if (!(await this.imports.requeue(job.id, job.leaseOwner))) continue;
        this.logger.warn(
          `Import ${job.id} (${job.filename}) lost its worker after line ${job.resumeLine}: queued again`,
        );
      }
      await this.jobs.enqueue({ kind: 'import', importId: job.id });
    }
  }

  /**
   * Upload files whose job ended or never started (a crash between upload and job creation). Only files untouched
   * for a while: another process sharing the directory may be receiving one right now.
   */
  private async removeStrayUploads(): Promise<void> {
    const live = await this.imports.liveFilePaths();
    const before = Date.now() - STRAY_UPLOAD_AGE_MS;
    for (const name of await readdir(this.config.uploadDir)) {
      const path = join(this.config.uploadDir, name);
      if (!name.endsWith('.upload') || live.has(path)) continue;
      const { mtimeMs } = await stat(path).catch(() => ({ mtimeMs: Infinity }));
      if (mtimeMs < before) await rm(path, { force: true });
    }
  }

  private async createJob(
    id: string,
    filename: string,
    format: ImportFormat,
    filePath: string,
    user: AuthUser | null,
  ): Promise<void> {
    const now = new Date();
    const job: ImportJobEntity = {
      id,
      filename,
      status: 'running',
      total: 0,
      done: 0,
      failed: 0,
      duplicates: 0,
      failures: '[]',
      filePath,
      format,
      resumeLine: 0,
      leaseOwner: null,
      leaseExpiresAt: null,
      createdById: user?.id ?? null,
      createdByEmail: user?.email ?? null,
      createdAt: now,
      updatedAt: now,
    };
    await this.imports.insert(job);
  }

  private receive(
    req: Request,
    path: string,
    limit: number,
  ): Promise<{ path: string; filename: string; format: ImportFormat }> {
    return new Promise((resolve, reject) => {
      let parser: busboy.Busboy;
      try {
        parser = busboy({ headers: req.headers, limits: { fileSize: limit, files: 1, fields: 20 } });
      } catch (error) {
        reject(new BadRequestException(`Invalid multipart upload: ${(error as Error).message}`));
        return;
      }
      let writing: Promise<{ path: string; filename: string; format: ImportFormat }> | null = null;
      let failure: Error | null = null;
      const fail = (error: Error) => {
        failure ??= error;
      };
      parser.on('file', (field, stream, info) => {
        if (field !== 'file' || writing) {
          stream.resume();
          return;
        }
        const filename = basename(info.filename || 'upload').slice(0, 255);
        const format = detectFormat(filename, info.mimeType);
        if (!format) {
          fail(new BadRequestException(`Unsupported file "${filename}": upload .jsonl/.ndjson or .csv`));
          stream.resume();
          return;
        }
        stream.on('limit', () => fail(new PayloadTooLargeException(`The upload exceeds the ${limit}-byte limit`)));
        // pipeline() applies backpressure: a slow disk pauses the request stream.
        writing = pipeline(stream, createWriteStream(path)).then(() => ({ path, filename, format }));
        writing.catch(fail);
      });
      parser.on('error', (error: Error) => {
        fail(new BadRequestException(`Invalid multipart upload: ${error.message}`));
        req.unpipe(parser);
        req.resume();
        reject(failure ?? error);
      });
      parser.on('close', () => {
        if (!writing) {
          reject(failure ?? new BadRequestException('No file in the field "file"'));
          return;
        }
        writing.then(
          (result) => (failure ? reject(failure) : resolve(result)),
          (error: unknown) => reject(failure ?? (error instanceof Error ? error : new Error(String(error)))),
        );
      });
      req.on('aborted', () => fail(new BadRequestException('Upload aborted')));
      req.pipe(parser);
    });
  }
}
