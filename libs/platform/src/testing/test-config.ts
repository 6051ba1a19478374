import pg from 'pg';
import { loadConfig } from '../config/load-config.js';
import type { AppConfig } from '../config/app-config.js';
import { ensureLoginRole, withCredentials, type DatabaseRoleNames } from '../database/database-roles.js';
import { quoteIdentifier } from '../database/runtime-privileges.js';

export const TEST_DATABASE_PREFIX = 'yorisoi_test_';

/**
 * The roles of every test database: the tests run the api and the worker as `runtime`, as
 * production does, and migrate as `owner`. Shared by concurrent runs, never dropped.
 */
export const TEST_ROLES: DatabaseRoleNames = { owner: 'yorisoi_test_owner', runtime: 'yorisoi_test_app' };

/** Where the global setup put the connection that creates databases (see global-setup.js). */
const ADMIN_URL_VARIABLE = 'YORISOI_TEST_ADMIN_URL';

/**
 * The configuration of the current test run: the per-run database and Redis prefix that the
 * global setup created (never the development database), with overrides for a given test.
 * A test that points DATABASE_URL at another database has no migration URL unless it gives one:
 * the run's owner URL names the run's database.
 */
export function testConfig(overrides: Readonly<Record<string, string>> = {}): AppConfig {
  const otherDatabase = overrides.DATABASE_URL !== undefined && overrides.DATABASE_MIGRATION_URL === undefined;
  const config = loadConfig({ ...process.env, ...overrides, ...(otherDatabase ? { DATABASE_MIGRATION_URL: '' } : {}) }, { envFile: false });
  const database = new URL(config.database.url).pathname.slice(1);
  if (!database.startsWith(TEST_DATABASE_PREFIX) || !config.redis.prefix.startsWith(TEST_DATABASE_PREFIX)) {
    throw new Error(
      `tests must run against a ${TEST_DATABASE_PREFIX}* database and Redis prefix made by test/support/global-setup.ts`,
    );
  }
  return config;
}

/** `postgres://…/any` → the same server with another database name. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** The connection (as a role with CREATEDB and CREATEROLE) that makes and drops test databases. */
export function testAdminUrl(): string {
  const url = process.env[ADMIN_URL_VARIABLE];
  if (url === undefined) throw new Error(`${ADMIN_URL_VARIABLE} is unset: integration tests must run through \`npm test\``);
  return url;
}

export interface TestDatabaseUrls {
  /** As the runtime role: DATABASE_URL of the api and the worker. */
  readonly runtimeUrl: string;
  /** As the owner: DATABASE_MIGRATION_URL, and for the few tests that need an owner's rights. */
  readonly migrationUrl: string;
}

/**
 * An empty database `name` owned by the test owner role, through `adminUrl` (the configured
 * DATABASE_URL, by default the local superuser). Both roles are made when missing, with the
 * admin's password, if any, so they authenticate wherever the admin does.
 */
export async function createTestDatabase(adminUrl: string, name: string): Promise<TestDatabaseUrls> {
  const password = new URL(adminUrl).password === '' ? undefined : decodeURIComponent(new URL(adminUrl).password);
  const admin = new pg.Client({ connectionString: withDatabase(adminUrl, 'postgres') });
  await admin.connect();
  try {
    for (const role of [TEST_ROLES.owner, TEST_ROLES.runtime]) await ensureLoginRole(admin, role, { password });
    await admin.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${quoteIdentifier(name)} OWNER ${quoteIdentifier(TEST_ROLES.owner)}`);
  } finally {
    await admin.end();
  }
  const url = withDatabase(adminUrl, name);
  return {
    runtimeUrl: withCredentials(url, TEST_ROLES.runtime, password),
    migrationUrl: withCredentials(url, TEST_ROLES.owner, password),
  };
}
