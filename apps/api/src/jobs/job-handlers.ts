import { Injectable } from '@nestjs/common';
import type { JobKind, JobOf, JobRequest } from './job-request.js';

type Handler<K extends JobKind> = (job: JobOf<K>) => Promise<void>;

/**
 * Who does each kind of job. Features register their handler at module init (imports, feeds), so the queue needs no
 * import of theirs and they need only the queue: no cycle between the queue and the work it carries.
 */
@Injectable()
export class JobHandlers {
  private readonly handlers = new Map<JobKind, Handler<JobKind>>();

  register<K extends JobKind>(kind: K, handler: Handler<K>): void {
    this.handlers.set(kind, handler as unknown as Handler<JobKind>);
  }

  async handle(job: JobRequest): Promise<void> {
    const handler = this.handlers.get(job.kind);
    if (!handler) throw new Error(`No handler for ${job.kind} jobs in this process`);
    await handler(job);
  }
}
