import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions, loadConfig, runMigrationsWithLock } from '#platform';
import { TEST_DATABASE_PREFIX, withDatabase } from '#platform/testing';
import { schema } from '#migrations';

/**
 * Once per `npm test`: a fresh database `yorisoi_test_<random>` with the real migrations applied,
 * and a Redis key prefix of the same name. Test workers inherit both through the environment.
 * The development database is never touched.
 */
export default async function globalSetup(): Promise<void> {
  const base = loadConfig(process.env, { envFile: false });
  const name = `${TEST_DATABASE_PREFIX}${randomBytes(5).toString('hex')}`;
  const url = withDatabase(base.database.url, name);

  const admin = new pg.Client({ connectionString: withDatabase(base.database.url, 'postgres') });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }

  Object.assign(process.env, {
    NODE_ENV: 'test',
    DATABASE_URL: url,
    REDIS_PREFIX: name,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    MIGRATIONS_RUN: 'false',
    YORISOI_TEST_RUN: name,
  });

  const dataSource = new DataSource(buildDataSourceOptions({ ...base.database, url }, schema, 'yorisoi-test-setup'));
  await dataSource.initialize();
  try {
    await runMigrationsWithLock(dataSource);
  } finally {
    await dataSource.destroy();
  }
}
