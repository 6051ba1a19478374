import type { DataSource } from 'typeorm';
import { grantRuntimePrivileges } from './runtime-privileges.js';

/**
 * Name of the PostgreSQL advisory lock that serialises schema migrations (hashed to the lock's
 * integer key by `hashtext`). Every process that migrates takes this lock first.
 */
export const MIGRATION_LOCK_KEY = 'yorisoi:migrations';

export interface MigrationOutcome {
  /** Names of the migrations this process applied (empty when another instance did it first). */
  readonly applied: readonly string[];
}

export interface MigrationOptions {
  /**
   * The role the api and the worker connect as (DATABASE_URL's), when `dataSource` connects as
   * the owner (DATABASE_MIGRATION_URL's): granted its privileges once the migrations are in.
   */
  readonly runtimeRole?: string;
}

/**
 * Applies pending migrations while holding a session-level advisory lock on a dedicated
 * connection. Instances started together on an empty database queue on the lock; the first
 * migrates, the others find nothing pending and carry on. The grants are made under the same
 * lock: PostgreSQL refuses two GRANTs on one object at the same moment.
 */
export async function runMigrationsWithLock(dataSource: DataSource, options: MigrationOptions = {}): Promise<MigrationOutcome> {
  const lockRunner = dataSource.createQueryRunner();
  await lockRunner.connect();
  try {
    await lockRunner.query('SELECT pg_advisory_lock(hashtext($1))', [MIGRATION_LOCK_KEY]);
    try {
      const applied = await dataSource.runMigrations({ transaction: 'all' });
      if (options.runtimeRole !== undefined) {
        await lockRunner.startTransaction();
        try {
          await grantRuntimePrivileges(lockRunner, options.runtimeRole);
          await lockRunner.commitTransaction();
        } catch (error) {
          await lockRunner.rollbackTransaction();
          throw error;
        }
      }
      return { applied: applied.map((migration) => migration.name) };
    } finally {
      await lockRunner.query('SELECT pg_advisory_unlock(hashtext($1))', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await lockRunner.release();
  }
}
