import pg from 'pg';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions, runMigrationsWithLock } from '#platform';
import { testConfig, withDatabase } from '#platform/testing';
import { schema } from '#migrations';

/**
 * A migrated database of its own (`<run>_<name>`), for a test that needs the whole database to
 * itself (e.g. "the last administrator"). Dropped with the run's database at teardown.
 */
export async function freshDatabase(name: string): Promise<string> {
  const config = testConfig();
  const database = `${new URL(config.database.url).pathname.slice(1)}_${name}`;
  const admin = new pg.Client({ connectionString: withDatabase(config.database.url, 'postgres') });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${database}"`);
  } finally {
    await admin.end();
  }
  const url = withDatabase(config.database.url, database);
  const dataSource = new DataSource(buildDataSourceOptions({ ...config.database, url }, schema, 'yorisoi-test-fresh'));
  await dataSource.initialize();
  try {
    await runMigrationsWithLock(dataSource);
  } finally {
    await dataSource.destroy();
  }
  return url;
}
