import { Injectable, Module, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { BullMqJobQueue } from './bullmq-job-queue.js';
import { InProcessJobQueue } from './in-process-job-queue.js';
import { JobHandlers } from './job-handlers.js';
import { JobQueue } from './job-queue.js';

/** Starts consuming after every feature registered its handler (module init), and stops before the database closes. */
@Injectable()
class JobQueueLifecycle implements OnApplicationBootstrap, OnModuleDestroy {
  constructor(private readonly queue: JobQueue) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.queue instanceof BullMqJobQueue) await this.queue.start();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.queue instanceof BullMqJobQueue) await this.queue.close();
    else if (this.queue instanceof InProcessJobQueue) this.queue.close();
  }
}

/**
 * Background jobs: imports, feed polls and the feed scheduler's tick. In process unless REDIS_URL is set, then on
 * BullMQ, shared by every process of the deployment; CLAIMLINE_WORKERS says how many this process runs at once.
 * Imported by the features whose work it carries (imports, feeds); Nest makes it one instance for the whole app.
 */
@Module({
  providers: [
    JobHandlers,
    {
      provide: JobQueue,
      inject: [JobHandlers, APP_CONFIG],
      useFactory: (handlers: JobHandlers, config: AppConfig): JobQueue =>
        config.redisUrl
          ? new BullMqJobQueue(handlers, {
              redisUrl: config.redisUrl,
              prefix: `${config.redisPrefix}bull`,
              concurrency: config.jobs.workers,
              stalledMs: config.jobs.stalledMs,
            })
          : new InProcessJobQueue(handlers, config.jobs.workers),
    },
    JobQueueLifecycle,
  ],
  exports: [JobHandlers, JobQueue],
})
export class JobsModule {}
