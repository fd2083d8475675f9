import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { bumpDataVersion, onLocalDataChange } from '../rollups/data-version.js';
import { REDIS, type RedisRef } from './redis.provider.js';

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

  constructor(
    @Inject(REDIS) private readonly redis: RedisRef,
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private get channel(): string {
    return `${this.config.redisPrefix}data-changed`;
  }

  async onApplicationBootstrap(): Promise<void> {
    const redis = this.redis;
    if (!redis) return;
    // Its own connection (a subscribed connection can do nothing else), allowed to queue SUBSCRIBE until it is up.
    this.subscriber = redis.duplicate({ enableOfflineQueue: true });
    this.subscriber.on('error', (error: Error) => this.logger.warn(`Redis subscriber: ${error.message}`));
    this.subscriber.on('message', (_channel: string, sender: string) => {
      if (sender !== this.self) bumpDataVersion(this.dataSource, { fromPeer: true });
    });
    await this.subscriber.subscribe(this.channel);
    this.stopListening = onLocalDataChange(this.dataSource, () => this.announceSoon(redis));
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopListening?.();
    if (this.pending) clearTimeout(this.pending);
    await this.subscriber?.quit().catch(() => undefined);
    await this.redis?.quit().catch(() => undefined);
  }

  private announceSoon(redis: Redis): void {
    if (this.pending) return;
    this.pending = setTimeout(() => {
      this.pending = null;
      redis.publish(this.channel, this.self).catch((error: Error) => this.logger.warn(`publish: ${error.message}`));
    }, ANNOUNCE_EVERY_MS);
    this.pending.unref();
  }
}
