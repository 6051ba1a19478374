import { Logger, Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import { buildDataSourceOptions } from './data-source-options.js';
import { DatabaseHealthIndicator } from './database-health.indicator.js';
import { DatabaseMigrator } from './database-migrator.js';
import { DATABASE_MODULE_OPTIONS, type DatabaseModuleOptions } from './database-module-options.js';
import { watchForSecondConnections, type SecondConnectionError } from './one-connection-per-transaction.js';
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
    // Set by useFactory, which TypeORM calls before dataSourceFactory.
    let report: (error: SecondConnectionError) => void = logSecondConnection;
    return {
      module: DatabaseModule,
      global: true,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => {
            report = config.database.secondConnection === 'throw' ? throwSecondConnection : logSecondConnection;
            return {
              ...buildDataSourceOptions(config.database, options.schema, options.applicationName),
              // At boot, wait a little for a database that is still starting (docker compose),
              // then fail with the driver's error rather than hang.
              retryAttempts: 5,
              retryDelay: 2_000,
            };
          },
          // Every transaction of the process keeps to its one connection (see the watch).
          dataSourceFactory: (dataSourceOptions) => {
            const dataSource = new DataSource(dataSourceOptions!);
            watchForSecondConnections(dataSource, (error) => report(error));
            return dataSource.initialize();
          },
        }),
      ],
      providers: [{ provide: DATABASE_MODULE_OPTIONS, useValue: options }, DatabaseMigrator, DatabaseHealthIndicator, RuntimeRoleCheck, ReadReplicas],
      exports: [DatabaseMigrator, DatabaseHealthIndicator, ReadReplicas],
    };
  }
}

const secondConnections = new Logger('Database');

function logSecondConnection(error: SecondConnectionError): void {
  // The stack names the query's caller; it holds no data.
  secondConnections.error({ err: error }, 'a query inside a transaction took a second connection');
}

function throwSecondConnection(error: SecondConnectionError): never {
  throw error;
}
