import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/app-config.js';
import { buildDataSourceOptions, type DatabaseSchema } from './data-source-options.js';
import { DatabaseHealthIndicator } from './database-health.indicator.js';
import { DatabaseMigrator } from './database-migrator.js';

export interface DatabaseModuleOptions {
  readonly schema: DatabaseSchema;
  /** `application_name` in pg_stat_activity: tells the api's connections from the worker's. */
  readonly applicationName: string;
}

/** The one PostgreSQL connection pool of a process, built from `AppConfig`. */
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
      providers: [DatabaseMigrator, DatabaseHealthIndicator],
      exports: [DatabaseMigrator, DatabaseHealthIndicator],
    };
  }
}
