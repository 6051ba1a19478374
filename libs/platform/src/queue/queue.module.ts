import { BullModule } from '@nestjs/bullmq';
import { Module, type DynamicModule } from '@nestjs/common';
import { AppConfig } from '../config/app-config.js';
import { ALL_QUEUES } from './queue-registry.js';
import { redisOptionsFromUrl } from './redis-connection.js';

export interface QueueModuleOptions {
  /**
   * Producers (the api) fail fast while Redis is down instead of queueing commands in memory;
   * the reconciling sweeps re-enqueue from PostgreSQL. Consumers (the worker) wait for Redis.
   */
  readonly role: 'producer' | 'consumer';
}

/** The BullMQ connection and every registered queue, injectable with `@InjectQueue(QueueName.X)`. */
@Module({})
export class QueueModule {
  static forRoot(options: QueueModuleOptions): DynamicModule {
    const bull = BullModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        connection: {
          ...redisOptionsFromUrl(config.redis.url),
          enableOfflineQueue: options.role === 'consumer',
        },
        prefix: bullPrefix(config.redis.prefix),
      }),
    });
    const queues = BullModule.registerQueue(...ALL_QUEUES.map((name) => ({ name })));
    return {
      module: QueueModule,
      global: true,
      imports: [bull, queues],
      exports: [queues],
    };
  }
}

export function bullPrefix(redisPrefix: string): string {
  return `${redisPrefix}:bull`;
}
