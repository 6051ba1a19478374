import { Module, type DynamicModule } from '@nestjs/common';
import { AppConfig, ConfigModule, DatabaseModule, QueueModule, RedisModule } from '#platform';
import { schema } from '#migrations';
import { HealthController } from './health/health.controller.js';

/** The HTTP process: controllers and the services they call. No queue consumers here. */
@Module({})
export class ApiModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot({ schema, applicationName: 'yorisoi-api' }),
        RedisModule,
        QueueModule.forRoot({ role: 'producer' }),
      ],
      controllers: [HealthController],
    };
  }
}
