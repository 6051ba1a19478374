import { loadConfig } from '../config/load-config.js';
import type { AppConfig } from '../config/app-config.js';

export const TEST_DATABASE_PREFIX = 'yorisoi_test_';

/**
 * The configuration of the current test run: the per-run database and Redis prefix that the
 * global setup created (never the development database), with overrides for a given test.
 */
export function testConfig(overrides: Readonly<Record<string, string>> = {}): AppConfig {
  const config = loadConfig({ ...process.env, ...overrides }, { envFile: false });
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
