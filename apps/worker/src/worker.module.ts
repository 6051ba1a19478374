import { Module, type DynamicModule } from '@nestjs/common';
import { AppConfig, ConfigModule, DatabaseModule, QueueModule, QueueWorkersModule, RedisModule } from '#platform';
import { schema } from '#migrations';
import { WorkerHeartbeatProcessor } from './maintenance/worker-heartbeat.processor.js';

/** The background process: BullMQ processors and scheduled sweeps. No HTTP. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot({ schema, applicationName: 'yorisoi-worker' }),
        RedisModule,
        QueueModule.forRoot({ role: 'consumer' }),
        QueueWorkersModule.forRoot({ processors: [WorkerHeartbeatProcessor] }),
      ],
    };
  }
}
