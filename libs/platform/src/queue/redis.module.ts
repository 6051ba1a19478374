import { Global, Inject, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import { AppConfig } from '../config/app-config.js';
import type { DependencyCheck } from '../health/dependency-check.js';
import { withTimeout } from '../health/with-timeout.js';
import { REDIS_CLIENT } from './redis-client.token.js';
import { redisOptionsFromUrl } from './redis-connection.js';
import { WorkerHeartbeat } from './worker-heartbeat.js';
import { FixedWindowCounter } from './fixed-window-counter.js';


/**
 * Closes the shared client at shutdown and answers readiness. Commands fail at once while Redis
 * is down (no offline queue): callers such as the login throttle must see the outage, not hang.
 */
@Injectable()
export class RedisHealthIndicator implements DependencyCheck, OnApplicationShutdown {
  readonly name = 'redis';

  constructor(@Inject(REDIS_CLIENT) private readonly redis: Redis) {}

  async check(timeoutMs: number): Promise<void> {
    await withTimeout(this.redis.ping(), timeoutMs, 'redis did not answer in time');
  }

  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

@Global()
@Module({
  providers: [
    {
      provide: REDIS_CLIENT,
      inject: [AppConfig],
      useFactory: (config: AppConfig) =>
        new Redis({
          ...redisOptionsFromUrl(config.redis.url),
          keyPrefix: `${config.redis.prefix}:`,
          enableOfflineQueue: false,
          maxRetriesPerRequest: 1,
        }),
    },
    RedisHealthIndicator,
    WorkerHeartbeat,
    FixedWindowCounter,
  ],
  exports: [REDIS_CLIENT, RedisHealthIndicator, WorkerHeartbeat, FixedWindowCounter],
})
export class RedisModule {}
