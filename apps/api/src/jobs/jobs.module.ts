import { Injectable, Module, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { BullMqJobQueue } from './bullmq-job-queue.js';
import { InProcessJobQueue } from './in-process-job-queue.js';
import { JobHandlers } from './job-handlers.js';
import { JobQueue } from './job-queue.js';

/** Stops taking jobs before the database closes. */
@Injectable()
class JobQueueLifecycle implements OnModuleDestroy {
  constructor(private readonly queue: JobQueue) {}

  async onModuleDestroy(): Promise<void> {
    if (this.queue instanceof BullMqJobQueue) await this.queue.close();
    else if (this.queue instanceof InProcessJobQueue) this.queue.close();
  }
}

/**
 * Starts running jobs. Provided by the root module, whose bootstrap hook Nest calls after every other module's: a
 * job (an import resumed at start-up, one waiting on Redis) never runs before the start-up seeding it needs (the
 * conflicts' camps, sources and places).
 */
@Injectable()
export class StartJobsAfterBootstrap implements OnApplicationBootstrap {
  constructor(private readonly queue: JobQueue) {}

  onApplicationBootstrap(): Promise<void> {
    return this.queue.start();
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
