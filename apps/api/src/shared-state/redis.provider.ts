import { Logger, type Provider } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';

/** The Redis connection shared state goes through, or null when REDIS_URL is unset (everything in-process). */
export const REDIS = Symbol('REDIS');
export type RedisRef = Redis | null;

export const redisProvider: Provider = {
  provide: REDIS,
  inject: [APP_CONFIG],
  useFactory: async (config: AppConfig): Promise<RedisRef> => {
    if (!config.redisUrl) return null;
    const logger = new Logger('Redis');
    // Loaded only when Redis is used: a single-process deployment never needs ioredis in memory (~2 MB of heap).
    const { Redis } = await import('ioredis');
    const redis = new Redis(config.redisUrl, {
      // A command while Redis is away fails at once (a 503 to the client) instead of queueing without bound.
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      lazyConnect: true,
    });
    redis.on('error', (error: Error) => logger.warn(`Redis: ${error.message}`));
    // Connected before the app serves anything: a REDIS_URL that does not answer stops the start with its reason.
    await redis.connect().catch((error: Error) => {
      throw new Error(`REDIS_URL is set but Redis does not answer: ${error.message}`);
    });
    return redis;
  },
};
