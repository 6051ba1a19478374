// Once per `npm test`: a fresh database `yorisoi_test_<random>` with the real migrations applied,
// and a Redis key prefix of the same name. Test workers inherit both through the environment.
// The development database is never touched.
//
// Jest loads global setup outside its ESM module system, so this file is plain JavaScript and
// uses the compiled code in dist/ (`npm test` builds first, through `pretest`).
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import pg from 'pg';
import { DataSource } from 'typeorm';

const dist = new URL('../../dist/', import.meta.url);

export default async function globalSetup() {
  if (!existsSync(new URL('libs/platform/src/index.js', dist))) {
    throw new Error('dist/ is missing: run the tests with `npm test` (it builds first)');
  }
  const { buildDataSourceOptions, loadConfig, runMigrationsWithLock } = await import(
    new URL('libs/platform/src/index.js', dist).href
  );
  const { TEST_DATABASE_PREFIX, withDatabase } = await import(new URL('libs/platform/src/testing/index.js', dist).href);
  const { schema } = await import(new URL('migrations/index.js', dist).href);

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
