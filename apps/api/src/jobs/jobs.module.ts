import { Injectable, Module, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { InProcessJobQueue } from './in-process-job-queue.js';
import { JobHandlers } from './job-handlers.js';
import { JobQueue } from './job-queue.js';

/** Stops taking jobs before the database closes. */
@Injectable()
class JobQueueLifecycle implements OnModuleDestroy {
  constructor(private readonly queue: JobQueue) {}

  async onModuleDestroy(): Promise<void> {
    await this.queue.close();
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
      useFactory: async (handlers: JobHandlers, config: AppConfig): Promise<JobQueue> => {
        if (!config.redisUrl) return new InProcessJobQueue(handlers, config.jobs.workers);
        // BullMQ (with ioredis, ~7 MB of heap) is loaded only by the deployments that use it.
        const { BullMqJobQueue } = await import('./bullmq-job-queue.js');
        return new BullMqJobQueue(handlers, {
          redisUrl: config.redisUrl,
          prefix: `${config.redisPrefix}bull`,
          concurrency: config.jobs.workers,
          stalledMs: config.jobs.stalledMs,
        });
      },
    },
    JobQueueLifecycle,
  ],
  exports: [JobHandlers, JobQueue],
})
export class JobsModule {}
