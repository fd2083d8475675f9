import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import {
  BadRequestException,
  HttpException,
  Inject,
  Injectable,
  Logger,
  NotFoundException,
  PayloadTooLargeException,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import busboy from 'busboy';
import { plainToInstance } from 'class-transformer';
import { validate, type ValidationError } from 'class-validator';
import type { Request } from 'express';
import { ArticleIngestionService, DuplicateArticleException } from '../articles/article-ingestion.service.js';
import { ArticleFieldsDto } from '../articles/dto/article-input.dto.js';
import type { AuthUser } from '../auth/auth-user.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { toImportJobDto, type ImportJobDto } from './dto/import-job.dto.js';
import type { ImportJobEntity } from './import-job.entity.js';
import { detectFormat, readImportRows, type ImportFormat } from './import-rows.js';
import { ImportsRepository } from './imports.repository.js';

export const MAX_RECORDED_FAILURES = 1000;
const FLUSH_ROWS = 100;
const FLUSH_MS = 500;
/** Articles per commit; each still has its own savepoint, so one bad article never takes the others down. */
const BATCH_ROWS = 50;

export type ImportProgress = { total: number; done: number; failed: number; duplicates: number; bytesRead: number };
export type ImportSummary = ImportProgress & {
  id: string;
  status: 'done' | 'failed';
  failures: { line: number; reason: string }[];
  seconds: number;
};

function describe(errors: ValidationError[], prefix = ''): string[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    return [
      ...Object.values(error.constraints ?? {}).map((message) => `${field}: ${message}`),
      ...describe(error.children ?? [], field),
    ];
  });
}

function reasonOf(error: unknown): string {
  if (error instanceof HttpException) {
    const payload = error.getResponse() as { message?: unknown; errors?: { field: string; messages: string[] }[] };
    if (Array.isArray(payload?.errors))
      return payload.errors.map((e) => `${e.field}: ${e.messages.join(', ')}`).join('; ');
    return typeof payload?.message === 'string' ? payload.message : error.message;
  }
  return error instanceof Error ? error.message : String(error);
}

/**
 * Bulk import: one article per JSONL line or CSV row, each stored whole or not at all through the
 * same ingestion as POST /api/articles; a bad row is recorded (line, reason) and the rest go on.
 */
@Injectable()
export class ImportsService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Imports');
  private readonly running = new Set<Promise<unknown>>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly imports: ImportsRepository,
    private readonly ingestion: ArticleIngestionService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const interrupted = await this.imports.failRunning('interrupted: the server stopped during the import');
    if (interrupted) this.logger.warn(`${interrupted} interrupted import(s) marked failed`);
  }

  async get(id: string): Promise<ImportJobDto> {
    const job = await this.imports.findById(id);
    if (!job) throw new NotFoundException(`Import ${id} not found`);
    return toImportJobDto(job);
  }

  /** Waits for background imports (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.running.size) await Promise.allSettled([...this.running]);
  }

  /**
   * Streams the multipart field `file` to a temporary file (never into memory), answers with the
   * job id once the upload is complete, and processes the file in the background.
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
    const dir = await mkdtemp(join(tmpdir(), 'claimline-import-'));
    try {
      const received = await this.receive(req, join(dir, 'upload'), limit);
      const id = await this.start(received.path, received.filename, received.format, user, () =>
        rm(dir, { recursive: true, force: true }),
      );
      return { id };
    } catch (error) {
      await rm(dir, { recursive: true, force: true });
      throw error;
    }
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
        reject(failure);
      });
      parser.on('close', () => {
        if (!writing) {
          reject(failure ?? new BadRequestException('No file in the field "file"'));
          return;
        }
        writing.then(
          (result) => (failure ? reject(failure) : resolve(result)),
          () => reject(failure),
        );
      });
      req.on('aborted', () => fail(new BadRequestException('Upload aborted')));
      req.pipe(parser);
    });
  }

  /** Creates the job row and processes in the background; `cleanup` runs when the job ends. */
  async start(
    path: string,
    filename: string,
    format: ImportFormat,
    user: AuthUser | null,
    cleanup?: () => Promise<void>,
  ): Promise<string> {
    const job = await this.createJob(filename, user);
    const work = this.process(job, path, format, user)
      .catch((error) => this.logger.error(`Import ${job.id} crashed: ${reasonOf(error)}`))
      .finally(() => cleanup?.());
    this.running.add(work);
    void work.finally(() => this.running.delete(work));
    return job.id;
  }

  /** Imports a file synchronously (the CLI): same processing, progress reported as it goes. */
  async runFile(
    path: string,
    user: AuthUser | null,
    onProgress?: (progress: ImportProgress) => void,
  ): Promise<ImportSummary> {
    const filename = basename(path);
    const format = detectFormat(filename);
    if (!format) throw new Error(`Unsupported file "${filename}": use .jsonl/.ndjson or .csv`);
    const job = await this.createJob(filename, user);
    return this.process(job, path, format, user, onProgress);
  }

  private async createJob(filename: string, user: AuthUser | null): Promise<ImportJobEntity> {
    const now = new Date();
    const job: ImportJobEntity = {
      id: randomUUID(),
      filename,
      status: 'running',
      total: 0,
      done: 0,
      failed: 0,
      duplicates: 0,
      failures: '[]',
      createdById: user?.id ?? null,
      createdAt: now,
      updatedAt: now,
    };
    await this.imports.insert(job);
    return job;
  }

  private async process(
    job: ImportJobEntity,
    path: string,
    format: ImportFormat,
    user: AuthUser | null,
    onProgress?: (progress: ImportProgress) => void,
  ): Promise<ImportSummary> {
    const started = Date.now();
    const state = { total: 0, done: 0, failed: 0, duplicates: 0, bytesRead: 0 };
    const failures: { line: number; reason: string }[] = [];
    const fail = (line: number, reason: string) => {
      state.failed++;
      if (failures.length < MAX_RECORDED_FAILURES) failures.push({ line, reason: reason.slice(0, 1000) });
    };
    let lastFlush = Date.now();
    let sinceFlush = 0;
    const flush = async (status: ImportJobEntity['status']) => {
      lastFlush = Date.now();
      sinceFlush = 0;
      await this.imports.update(job.id, {
        status,
        total: state.total,
        done: state.done,
        failed: state.failed,
        duplicates: state.duplicates,
        failures: JSON.stringify(failures),
      });
    };
    let status: 'done' | 'failed' = 'done';
    try {
      let batch: { line: number; input: ArticleFieldsDto }[] = [];
      const runBatch = async () => {
        const results = await this.ingestion.ingestBatch(
          batch.map((item) => item.input),
          user,
        );
        results.forEach((result, index) => {
          if (!('error' in result)) state.done++;
          else if (result.error instanceof DuplicateArticleException) state.duplicates++;
          else fail(batch[index].line, reasonOf(result.error));
        });
        batch = [];
        onProgress?.(state);
        if (sinceFlush >= FLUSH_ROWS || Date.now() - lastFlush >= FLUSH_MS) await flush('running');
      };
      for await (const row of readImportRows(path, format, (bytes) => (state.bytesRead += bytes))) {
        state.total++;
        sinceFlush++;
        if (row.error) fail(row.line, row.error);
        else {
          const validated = await this.validateRow(row.record ?? {});
          if (typeof validated === 'string') fail(row.line, validated);
          else batch.push({ line: row.line, input: validated });
        }
        if (batch.length >= BATCH_ROWS) await runBatch();
      }
      if (batch.length) await runBatch();
    } catch (error) {
      // The file itself is unreadable past this point (e.g. an unclosed CSV quote).
      status = 'failed';
      if (failures.length < MAX_RECORDED_FAILURES)
        failures.push({ line: 0, reason: `file could not be read further: ${reasonOf(error)}` });
    }
    await flush(status);
    onProgress?.(state);
    return { id: job.id, status, ...state, failures, seconds: (Date.now() - started) / 1000 };
  }

  private async validateRow(record: Record<string, unknown>): Promise<ArticleFieldsDto | string> {
    const input = plainToInstance(ArticleFieldsDto, record);
    const errors = await validate(input, { whitelist: true, forbidNonWhitelisted: true });
    return errors.length ? describe(errors).join('; ') : input;
  }
}
