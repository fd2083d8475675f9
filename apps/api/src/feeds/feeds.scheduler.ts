import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { FeedPoller, STALE_POLL_MS } from './feed-poller.service.js';
import { FeedsRepository } from './feeds.repository.js';

const TICK_MS = 30_000;
const FEEDS_PER_TICK = 5;

/**
 * Polls due feeds in this process, one at a time, every 30 s. Off with CLAIMLINE_FEEDS_SCHEDULER=off
 * (the tests poll explicitly). A tick still running when the next is due is not doubled up.
 */
@Injectable()
export class FeedsScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Feeds');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly feeds: FeedsRepository,
    private readonly poller: FeedPoller,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.web.feedsScheduler) return;
    // A poll that died with its process no longer holds its feed.
    await this.feeds.releaseStale(new Date(Date.now() - STALE_POLL_MS));
    this.timer = setInterval(() => this.tick(), TICK_MS);
    this.timer.unref();
    this.tick();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  private tick(): void {
    if (this.running || !this.timer) return;
    this.running = this.pollDue()
      .catch((error: unknown) => this.logger.error(`feed scheduler: ${String(error)}`))
      .finally(() => {
        this.running = null;
      });
  }

  private async pollDue(): Promise<void> {
    for (const id of await this.feeds.findDue(new Date(), FEEDS_PER_TICK)) {
      if (!this.timer) return;
      // poll() records its own failures on the feed; what reaches here is a feed taken by another poller.
      await this.poller.poll(id).catch(() => undefined);
    }
  }
}
