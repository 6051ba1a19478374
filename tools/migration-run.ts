import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions, loadConfig, runMigrationsWithLock, type AppConfig } from '#platform';
import { schema } from '#migrations';

/**
 * `npm run migration:run`: applies pending migrations as the owner (DATABASE_MIGRATION_URL), under
 * the same lock as the api, then grants DATABASE_URL's role what the api and the worker need: the
 * deployment step for installations that start the api with MIGRATIONS_RUN=false. Without
 * DATABASE_MIGRATION_URL it migrates as DATABASE_URL's role and grants nothing.
 */
async function main(): Promise<void> {
  const { database } = loadConfig(process.env, { usesAuthSecret: false });
  const runtimeRole = database.migrationUrl === undefined ? undefined : await currentRole(database);
  const url = database.migrationUrl ?? database.url;
  const dataSource = new DataSource(buildDataSourceOptions({ ...database, url, replicaUrls: [], poolSize: 2 }, schema, 'yorisoi-cli'));
  await dataSource.initialize();
  try {
    const { applied } = await runMigrationsWithLock(dataSource, { runtimeRole });
    console.log(applied.length === 0 ? 'database schema is up to date' : `applied ${applied.length} migration(s): ${applied.join(', ')}`);
    if (runtimeRole !== undefined) console.log(`granted the runtime role "${runtimeRole}" its privileges`);
  } finally {
    await dataSource.destroy();
  }
}

/** DATABASE_URL's role as the server sees it (the URL may leave the user to PGUSER or the OS). */
async function currentRole(database: AppConfig['database']): Promise<string> {
  const runtime = new DataSource(buildDataSourceOptions({ ...database, replicaUrls: [], poolSize: 1 }, schema, 'yorisoi-cli'));
  await runtime.initialize();
  try {
    const [row] = await runtime.query<{ name: string }[]>('SELECT current_user AS name');
    if (row === undefined) throw new Error('PostgreSQL did not name the DATABASE_URL role');
    return row.name;
  } finally {
    await runtime.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
