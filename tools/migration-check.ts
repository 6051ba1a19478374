import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions, loadConfig, runMigrationsWithLock } from '#platform';
import { withDatabase } from '#platform/testing';
import { schema } from '#migrations';
import { diffSchema } from './schema-diff.js';

/**
 * CI's drift check: applies every migration to a new, empty database, then asks TypeORM what it
 * would generate. Anything at all means an entity changed without a migration (or the reverse).
 * Also checks that every migration can be reverted.
 */
async function main(): Promise<void> {
  const base = loadConfig(process.env, { envFile: false, usesAuthSecret: false });
  const name = `yorisoi_drift_${randomBytes(4).toString('hex')}`;
  // A role that may create databases: the owner's when the roles are split, else DATABASE_URL's.
  const server = base.database.migrationUrl ?? base.database.url;
  const admin = new pg.Client({ connectionString: withDatabase(server, 'postgres') });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  let failed = false;
  try {
    const url = withDatabase(server, name);
    const dataSource = new DataSource(buildDataSourceOptions({ ...base.database, url }, schema, 'yorisoi-drift-check'));
    await dataSource.initialize();
    try {
      const { applied } = await runMigrationsWithLock(dataSource);
      const diff = await diffSchema(dataSource);
      if (diff.up.length > 0) {
        failed = true;
        console.error('Entities and migrations disagree. A new migration would run:');
        for (const query of diff.up) console.error(`  ${query}`);
        console.error('Run `npm run migration:generate -- <name>` and commit the migration.');
      } else {
        console.log(`Entities and migrations agree (${applied.length} migrations applied to an empty database).`);
      }
      for (let i = 0; i < applied.length; i++) await dataSource.undoLastMigration({ transaction: 'each' });
      const left = await dataSource.query<{ count: string }[]>(
        `SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'schema_migrations'`,
      );
      if (Number(left[0]?.count) !== 0) {
        failed = true;
        console.error(`Reverting every migration left ${left[0]?.count} table(s) behind: check the down() methods.`);
      } else {
        console.log('Every migration reverts cleanly.');
      }
    } finally {
      await dataSource.destroy();
    }
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
  if (failed) process.exit(1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
