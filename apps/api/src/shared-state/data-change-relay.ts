import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { bumpDataVersion, isDataDomain, onLocalDataChange, type DataDomain } from '../rollups/data-version.js';
import { REDIS, type RedisRef } from './redis.provider.js';

function dataChangedChannel(config: AppConfig): string {
  return `${config.redisPrefix}data-changed`;
}

/**
 * For a command-line process, which runs no relay: tells the processes sharing Redis that it changed `domains`
 * (the user command line: sessions). Without REDIS_URL there is no one to tell; a failure is the caller's to report.
 */
export async function announceDataChange(config: AppConfig, domains: readonly DataDomain[]): Promise<void> {
  if (!config.redisUrl) return;
  const { Redis } = await import('ioredis');
  const redis = new Redis(config.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1, enableOfflineQueue: false });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    await redis.publish(dataChangedChannel(config), `${randomUUID()} ${domains.join(',')}`);
  } finally {
    redis.disconnect();
  }
}

/** Bursts of commits (an import batch) are announced once per this many milliseconds at most. */
const ANNOUNCE_EVERY_MS = 50;

/**
 * Tells the other Claimline processes sharing this database that data changed, and hears them: each process's
 * analytics cache then drops what a write anywhere made stale, at once instead of after its TTL. Only with Redis.
 */
@Injectable()
export class DataChangeRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('DataChangeRelay');
  private readonly self = randomUUID();
  private subscriber: Redis | null = null;
  private stopListening: (() => void) | null = null;
  private pending: NodeJS.Timeout | null = null;
  /** The domains changed since the last announcement (one message per burst names them all). */
  private readonly pendingDomains = new Set<DataDomain>();

  constructor(
    @Inject(REDIS) private readonly redis: RedisRef,
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private get channel(): string {
    return dataChangedChannel(this.config);
  }

  async onApplicationBootstrap(): Promise<void> {
    const redis = this.redis;
    if (!redis) return;
    // Its own connection (a subscribed connection can do nothing else), allowed to queue SUBSCRIBE until it is up.
    this.subscriber = redis.duplicate({ enableOfflineQueue: true });
    this.subscriber.on('error', (error: Error) => this.logger.warn(`Redis subscriber: ${error.message}`));
    // A message is "<sender> <domain,domain…>"; a peer that names no domain (an older release) changed them all.
    this.subscriber.on('message', (_channel: string, message: string) => {
      const [sender, list = ''] = message.split(' ');
      if (sender === this.self) return;
      const domains = list.split(',').filter(isDataDomain);
      bumpDataVersion(this.dataSource, { fromPeer: true, ...(domains.length ? { domains } : {}) });
    });
    await this.subscriber.subscribe(this.channel);
    // Announcements sent while the subscriber was away are lost: after it reconnects (ioredis subscribes again),
    // everything this process remembers is treated as stale, sessions included.
    this.subscriber.on('ready', () => bumpDataVersion(this.dataSource, { fromPeer: true }));
    this.stopListening = onLocalDataChange(this.dataSource, (domains) => {
      for (const domain of domains) this.pendingDomains.add(domain);
      this.announceSoon(redis);
    });
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopListening?.();
    if (this.pending) {
      // A write of the last moments (a logout, an import's last batch) is still announced before the process goes.
      clearTimeout(this.pending);
      this.pending = null;
      if (this.redis) await this.publish(this.redis);
    }
    await this.subscriber?.quit().catch(() => undefined);
    await this.redis?.quit().catch(() => undefined);
  }

  /**
   * Tells the other processes at once, not with the next burst, and resolves when Redis has passed it on to them:
   * a logout or a change of user answers only after every process sharing Redis has been sent it, so the client's
   * next request, to any of them, arrives after it. A failure is logged: the change is in the database, and peers
   * read sessions again within SESSION_MEMO_TTL_MS. Without Redis there is no one to tell.
   */
  async announceNow(domains: readonly DataDomain[]): Promise<void> {
    if (!this.redis) return;
    await this.redis
      .publish(this.channel, `${this.self} ${domains.join(',')}`)
      .catch((error: Error) => this.logger.warn(`publish: ${error.message}`));
  }

  private announceSoon(redis: Redis): void {
    if (this.pending) return;
    this.pending = setTimeout(() => {
      this.pending = null;
      void this.publish(redis);
    }, ANNOUNCE_EVERY_MS);
    this.pending.unref();
  }

  private async publish(redis: Redis): Promise<void> {
    const message = `${this.self} ${[...this.pendingDomains].join(',')}`;
    this.pendingDomains.clear();
    await redis.publish(this.channel, message).catch((error: Error) => this.logger.warn(`publish: ${error.message}`));
  }
}
