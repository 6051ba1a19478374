// Once per `npm test`: a fresh database `yorisoi_test_<random>` with the real migrations applied,
// and a Redis key prefix of the same name. Test workers inherit both through the environment.
// The development database is never touched.
//
// As in production, the database belongs to an owner role that migrates it, and the tests' api
// and worker connect as a runtime role that may not alter tables or change the audit trail
// (DATABASE_URL); DATABASE_MIGRATION_URL is the owner's, for the few tests that need its rights.
// The configured DATABASE_URL (by default the local superuser) only creates roles and databases.
//
// Jest loads global setup outside its ESM module system, so this file is plain JavaScript and
// uses the compiled code in dist/ (`npm test` builds first, through `pretest`).
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';

const dist = new URL('../../dist/', import.meta.url);

export default async function globalSetup() {
  if (!existsSync(new URL('libs/platform/src/index.js', dist))) {
    throw new Error('dist/ is missing: run the tests with `npm test` (it builds first)');
  }
  const { buildDataSourceOptions, loadConfig, runMigrationsWithLock } = await import(
    new URL('libs/platform/src/index.js', dist).href
  );
  const { createTestDatabase, TEST_DATABASE_PREFIX, TEST_ROLES, withDatabase } = await import(
    new URL('libs/platform/src/testing/index.js', dist).href
  );
  const { schema } = await import(new URL('migrations/index.js', dist).href);

  const base = loadConfig({ ...process.env, NODE_ENV: 'test' }, { envFile: false });
  const name = `${TEST_DATABASE_PREFIX}${randomBytes(5).toString('hex')}`;
  const adminUrl = withDatabase(base.database.url, 'postgres');
  const { runtimeUrl, migrationUrl } = await createTestDatabase(adminUrl, name);

  Object.assign(process.env, {
    NODE_ENV: 'test',
    DATABASE_URL: runtimeUrl,
    DATABASE_MIGRATION_URL: migrationUrl,
    YORISOI_TEST_ADMIN_URL: adminUrl,
    REDIS_PREFIX: name,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    MIGRATIONS_RUN: 'false',
    // A query inside a transaction that asks the pool for a second connection fails the test that
    // made it (one-connection-per-transaction.ts); deployed processes log it.
    DATABASE_SECOND_CONNECTION: 'throw',
    // Every test file talks from 127.0.0.1, many as one user: the request limits are tested on
    // their own (test/platform/rate-limit.e2e-spec.ts) with small values.
    RATE_LIMIT_PER_USER: '1000000',
    RATE_LIMIT_PER_ADDRESS: '1000000',
    // Refused reply links are counted per address over an hour: the tests of refusals use a
    // smaller value with an api of their own (test/referrals/attack-review.e2e-spec.ts).
    RATE_LIMIT_PARTNER_REFUSALS: '1000000',
    YORISOI_TEST_RUN: name,
    // Evidence files of this run, removed by the teardown.
    DOCUMENTS_DIR: mkdtempSync(join(tmpdir(), `${name}-documents-`)),
  });

  const dataSource = new DataSource(buildDataSourceOptions({ ...base.database, url: migrationUrl }, schema, 'yorisoi-test-setup'));
  await dataSource.initialize();
  try {
    await runMigrationsWithLock(dataSource, { runtimeRole: TEST_ROLES.runtime });
  } finally {
    await dataSource.destroy();
  }
}
