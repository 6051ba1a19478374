import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/app-config.js';
import { buildDataSourceOptions } from './data-source-options.js';
import { DatabaseHealthIndicator } from './database-health.indicator.js';
import { DatabaseMigrator } from './database-migrator.js';
import { DATABASE_MODULE_OPTIONS, type DatabaseModuleOptions } from './database-module-options.js';
import { ReadReplicas } from './read-replicas.js';
import { RuntimeRoleCheck } from './runtime-role-check.js';

export type { DatabaseModuleOptions } from './database-module-options.js';

/**
 * The PostgreSQL connection pool of a process, built from `AppConfig`, and in the api the pools of
 * its read replicas (ReadReplicas), which only the repositories' routed reads use.
 */
@Module({})
export class DatabaseModule {
  static forRoot(options: DatabaseModuleOptions): DynamicModule {
    return {
      module: DatabaseModule,
      global: true,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => ({
            ...buildDataSourceOptions(config.database, options.schema, options.applicationName),
            // At boot, wait a little for a database that is still starting (docker compose),
            // then fail with the driver's error rather than hang.
            retryAttempts: 5,
            retryDelay: 2_000,
          }),
        }),
      ],
      providers: [{ provide: DATABASE_MODULE_OPTIONS, useValue: options }, DatabaseMigrator, DatabaseHealthIndicator, RuntimeRoleCheck, ReadReplicas],
      exports: [DatabaseMigrator, DatabaseHealthIndicator, ReadReplicas],
    };
  }
}
