import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { CLOCK, type Clock } from '../config/clock.js';
import { DataChangeRelay } from './data-change-relay.js';
import { InMemoryLoginRateLimiter, LoginRateLimiter, RedisLoginRateLimiter } from './login-rate-limiter.js';
import { REDIS, redisProvider, type RedisRef } from './redis.provider.js';

/**
 * State several API and worker processes must share to act as one: sign-in rate limits and "data changed"
 * notices for the analytics cache and the remembered sessions. In process when REDIS_URL is unset; on Redis when
 * it is set. (Logouts themselves are in the database: auth/session-revocations.ts.)
 */
@Global()
@Module({
  providers: [
    redisProvider,
    {
      provide: LoginRateLimiter,
      inject: [REDIS, CLOCK, APP_CONFIG],
      useFactory: (redis: RedisRef, clock: Clock, config: AppConfig): LoginRateLimiter =>
        redis
          ? new RedisLoginRateLimiter(redis, clock, `${config.redisPrefix}login-failures:`)
          : new InMemoryLoginRateLimiter(clock),
    },
    DataChangeRelay,
  ],
  exports: [REDIS, LoginRateLimiter, DataChangeRelay],
})
export class SharedStateModule {}
