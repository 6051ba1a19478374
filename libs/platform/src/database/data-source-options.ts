import type { DataSourceOptions } from 'typeorm';
import type { PostgresDataSourceOptions } from 'typeorm/driver/postgres/PostgresDataSourceOptions.js';
import type { AppConfig } from '../config/app-config.js';
import { AfterCommitSubscriber } from './after-commit.js';
import { SnakeNamingStrategy } from './snake-naming.strategy.js';

/** The tables the application maps and the migrations that create them (see migrations/schema.ts). */
export interface DatabaseSchema {
  // TypeORM takes entity and migration classes as plain constructors.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  readonly entities: readonly Function[];
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  readonly migrations: readonly Function[];
}

export const MIGRATIONS_TABLE = 'schema_migrations';

/**
 * One definition of the connection for the api, the worker, the TypeORM CLI and the tests.
 * The schema only ever changes through migrations: `synchronize` is off everywhere.
 * `database.replicaUrls` is not used here (see ReadReplicas).
 */
export function buildDataSourceOptions(
  database: AppConfig['database'],
  schema: DatabaseSchema,
  applicationName = 'yorisoi',
): DataSourceOptions {
  const ssl: PostgresDataSourceOptions['ssl'] =
    database.ssl === 'disable' ? false : { rejectUnauthorized: database.ssl === 'verify-full' };
  const base = {
    type: 'postgres' as const,
    entities: [...schema.entities],
    migrations: [...schema.migrations],
    subscribers: [AfterCommitSubscriber],
    migrationsTableName: MIGRATIONS_TABLE,
    migrationsTransactionMode: 'all' as const,
    synchronize: false,
    migrationsRun: false,
    namingStrategy: new SnakeNamingStrategy(),
    // gen_random_uuid() is built into PostgreSQL 13+: no extension to install.
    uuidExtension: 'pgcrypto' as const,
    installExtensions: false,
    applicationName,
    ssl,
    poolSize: database.poolSize,
    extra: {
      // Fail fast when the server is unreachable instead of queueing requests for minutes.
      connectionTimeoutMillis: 5_000,
      idleTimeoutMillis: 30_000,
      statement_timeout: database.statementTimeoutMs,
    },
    logging: false,
  };
  // Always the primary: replicas are read only through ReadReplicas, for the reads that ask for
  // it (TypeORM's `replication` option would send every find() to a replica, including the
  // reads that must see the caller's own write).
  return { ...base, url: database.url };
}
