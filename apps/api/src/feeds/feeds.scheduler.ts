import {
  ConflictException,
  Inject,
  Injectable,
  NotFoundException,
  type OnApplicationBootstrap,
  type OnModuleInit,
} from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { JobHandlers } from '../jobs/job-handlers.js';
import { JobQueue } from '../jobs/job-queue.js';
import { FeedPoller, STALE_POLL_MS } from './feed-poller.service.js';
import { FeedsRepository } from './feeds.repository.js';

const TICK_MS = 30_000;
const FEEDS_PER_TICK = 20;

/**
 * Polls due feeds through the job queue: every 30 s a `feeds-due` job queues a `feed-poll` job per due feed (one
 * job id per feed, so a feed is never queued twice). In process that is a timer; on BullMQ a job scheduler, which
 * fires once per period however many processes run. Off with CLAIMLINE_FEEDS_SCHEDULER=off (the tests poll
 * explicitly); the poll jobs themselves are always handled.
 */
@Injectable()
export class FeedsScheduler implements OnModuleInit, OnApplicationBootstrap {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly feeds: FeedsRepository,
    private readonly poller: FeedPoller,
    private readonly jobs: JobQueue,
    private readonly handlers: JobHandlers,
  ) {}

  onModuleInit(): void {
    this.handlers.register('feeds-due', () => this.queueDue());
    this.handlers.register('feed-poll', ({ feedId }) => this.pollOne(feedId));
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.web.feedsScheduler) return;
    await this.jobs.schedule('feeds-due', { kind: 'feeds-due' }, TICK_MS);
  }

  private async queueDue(): Promise<void> {
    // A poll that died with its process (or worker) no longer holds its feed: it becomes due again.
    await this.feeds.releaseStale(new Date(Date.now() - STALE_POLL_MS));
    for (const feedId of await this.feeds.findDue(new Date(), FEEDS_PER_TICK)) {
      await this.jobs.enqueue({ kind: 'feed-poll', feedId });
    }
  }

  /** poll() records its own failures (and backoff) on the feed; a feed deleted or being polled elsewhere is no error. */
  private async pollOne(feedId: number): Promise<void> {
    try {
      await this.poller.poll(feedId);
    } catch (error) {
      if (error instanceof NotFoundException || error instanceof ConflictException) return;
      throw error;
    }
  }
}
