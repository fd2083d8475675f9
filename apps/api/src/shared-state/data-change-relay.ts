import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { bumpDataVersion, isDataDomain, onLocalDataChange, type DataDomain } from '../rollups/data-version.js';
import { SESSION_MEMO_TTL_MS } from '../auth/sessions.repository.js';
import { AnnouncementReceipts, RECEIPT_WAIT_MS, type ReceiptOutcome } from './announcement-receipts.js';
import { REDIS, type RedisRef } from './redis.provider.js';

function dataChangedChannel(config: AppConfig): string {
  return `${config.redisPrefix}data-changed`;
}

/** Where a process confirms it applied an announcement that asked for it (announcement-receipts.ts). */
function receiptsChannel(config: AppConfig): string {
  return `${config.redisPrefix}data-change-receipts`;
}

/** "<sender> <domain,domain…>[ <receipt id>]": a peer that names no domain (an older release) changed them all. */
function announcement(sender: string, domains: readonly DataDomain[], receiptId?: string): string {
  return receiptId ? `${sender} ${domains.join(',')} ${receiptId}` : `${sender} ${domains.join(',')}`;
}

function warnOfMissingReceipts(outcome: ReceiptOutcome, warn: (message: string) => void): void {
  if (outcome.received >= outcome.expected) return;
  warn(
    `${outcome.expected - outcome.received} of ${outcome.expected} processes did not confirm a change of sessions ` +
      `within ${RECEIPT_WAIT_MS} ms; they apply it within ${SESSION_MEMO_TTL_MS / 1000} s`,
  );
}

/**
 * For a command-line process, which runs no relay: tells the processes sharing Redis that it changed `domains`
 * (the user command line: sessions) and resolves once each has applied it (or RECEIPT_WAIT_MS passed). Without
 * REDIS_URL there is no one to tell; a failure is the caller's to report.
 */
export async function announceDataChange(config: AppConfig, domains: readonly DataDomain[]): Promise<void> {
  if (!config.redisUrl) return;
  const { Redis } = await import('ioredis');
  const options = { lazyConnect: true, maxRetriesPerRequest: 1, enableOfflineQueue: false } as const;
  const redis = new Redis(config.redisUrl, options);
  const listener = new Redis(config.redisUrl, options);
  redis.on('error', () => undefined);
  listener.on('error', () => undefined);
  const receipts = new AnnouncementReceipts();
  listener.on('message', (_channel: string, id: string) => receipts.receipt(id));
  try {
    await Promise.all([redis.connect(), listener.connect()]);
    await listener.subscribe(receiptsChannel(config));
    const outcome = await receipts.publishAndAwait((id) =>
      redis.publish(dataChangedChannel(config), announcement(randomUUID(), domains, id)),
    );
    warnOfMissingReceipts(outcome, (message) => console.warn(`Warning: ${message}.`));
  } finally {
    redis.disconnect();
    listener.disconnect();
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
  private readonly receipts = new AnnouncementReceipts();

  constructor(
    @Inject(REDIS) private readonly redis: RedisRef,
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private get channel(): string {
    return dataChangedChannel(this.config);
  }

  private get receiptsChannel(): string {
    return receiptsChannel(this.config);
  }

  async onApplicationBootstrap(): Promise<void> {
    const redis = this.redis;
    if (!redis) return;
    // Its own connection (a subscribed connection can do nothing else), allowed to queue SUBSCRIBE until it is up.
    this.subscriber = redis.duplicate({ enableOfflineQueue: true });
    this.subscriber.on('error', (error: Error) => this.logger.warn(`Redis subscriber: ${error.message}`));
    this.subscriber.on('message', (channel: string, message: string) => {
      if (channel === this.receiptsChannel) this.receipts.receipt(message);
      else this.hear(redis, message);
    });
    await this.subscriber.subscribe(this.channel, this.receiptsChannel);
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
   * Tells the other processes at once, not with the next burst, and resolves when each process Redis passed it to
   * has applied it: a logout or a change of user answers only then, so the client's next request, to any of them,
   * sees it. A failure or a missing receipt is logged: the change is in the database, and peers read sessions
   * again within SESSION_MEMO_TTL_MS. Without Redis there is no one to tell.
   */
  async announceNow(domains: readonly DataDomain[]): Promise<void> {
    const redis = this.redis;
    if (!redis) return;
    try {
      // This process's own subscriber is one of the receivers, and confirms by hearing it (hear()).
      const outcome = await this.receipts.publishAndAwait((id) =>
        redis.publish(this.channel, announcement(this.self, domains, id)),
      );
      warnOfMissingReceipts(outcome, (message) => this.logger.warn(message));
    } catch (error) {
      this.logger.warn(`publish: ${(error as Error).message}`);
    }
  }

  /** A message on the data-changed channel: applied, then confirmed when its sender asked for a receipt. */
  private hear(redis: Redis, message: string): void {
    const [sender, list = '', receiptId] = message.split(' ');
    if (sender === this.self) {
      if (receiptId) this.receipts.receipt(receiptId);
      return;
    }
    const domains = list.split(',').filter(isDataDomain);
    bumpDataVersion(this.dataSource, { fromPeer: true, ...(domains.length ? { domains } : {}) });
    if (receiptId) {
      void redis
        .publish(this.receiptsChannel, receiptId)
        .catch((error: Error) => this.logger.warn(`receipt: ${error.message}`));
    }
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
    const message = announcement(this.self, [...this.pendingDomains]);
    this.pendingDomains.clear();
    await redis.publish(this.channel, message).catch((error: Error) => this.logger.warn(`publish: ${error.message}`));
  }
}
