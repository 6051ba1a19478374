import pg from 'pg';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions, runMigrationsWithLock } from '#platform';
import { createTestDatabase, TEST_ROLES, testAdminUrl, testConfig, type TestDatabaseUrls } from '#platform/testing';
import { schema } from '#migrations';

/**
 * An empty database of its own (`<run>_<name>`), owned by the test owner role, with the URLs of
 * both roles: for a test that starts processes which migrate it themselves. Dropped with the
 * run's database at teardown.
 */
export async function emptyDatabase(name: string): Promise<TestDatabaseUrls> {
  const run = new URL(testConfig().database.url).pathname.slice(1);
  return createTestDatabase(testAdminUrl(), `${run}_${name}`);
}

/**
 * A migrated database of its own (`<run>_<name>`), for a test that needs the whole database to
 * itself (e.g. "the last administrator"). Returns the runtime role's URL, the api's DATABASE_URL.
 * Dropped with the run's database at teardown.
 */
export async function freshDatabase(name: string): Promise<string> {
  const { runtimeUrl, migrationUrl } = await emptyDatabase(name);
  const config = testConfig();
  const dataSource = new DataSource(buildDataSourceOptions({ ...config.database, url: migrationUrl }, schema, 'yorisoi-test-fresh'));
  await dataSource.initialize();
  try {
    await runMigrationsWithLock(dataSource, { runtimeRole: TEST_ROLES.runtime });
  } finally {
    await dataSource.destroy();
  }
  return runtimeUrl;
}

/**
 * Runs one statement on the run's database as the owner role, for the rare test that needs an
 * owner's rights (ANALYZE, or proving the append-only trigger holds even for the owner). The api
 * and the worker never have them.
 */
export async function queryAsOwner<T extends pg.QueryResultRow = pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const url = testConfig().database.migrationUrl;
  if (url === undefined) throw new Error('DATABASE_MIGRATION_URL is unset: integration tests must run through `npm test`');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}
