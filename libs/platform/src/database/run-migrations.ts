import type { DataSource } from 'typeorm';

/**
 * Name of the PostgreSQL advisory lock that serialises schema migrations (hashed to the lock's
 * integer key by `hashtext`). Every process that migrates takes this lock first.
 */
export const MIGRATION_LOCK_KEY = 'yorisoi:migrations';

export interface MigrationOutcome {
  /** Names of the migrations this process applied (empty when another instance did it first). */
  readonly applied: readonly string[];
}

/**
 * Applies pending migrations while holding a session-level advisory lock on a dedicated
 * connection. Instances started together on an empty database queue on the lock; the first
 * migrates, the others find nothing pending and carry on.
 */
export async function runMigrationsWithLock(dataSource: DataSource): Promise<MigrationOutcome> {
  const lockRunner = dataSource.createQueryRunner();
  await lockRunner.connect();
  try {
    await lockRunner.query('SELECT pg_advisory_lock(hashtext($1))', [MIGRATION_LOCK_KEY]);
    try {
      const applied = await dataSource.runMigrations({ transaction: 'all' });
      return { applied: applied.map((migration) => migration.name) };
    } finally {
      await lockRunner.query('SELECT pg_advisory_unlock(hashtext($1))', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await lockRunner.release();
  }
}
