import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import { buildDataSourceOptions } from './data-source-options.js';
import { DATABASE_MODULE_OPTIONS, type DatabaseModuleOptions } from './database-module-options.js';
import { runMigrationsWithLock, type MigrationOutcome } from './run-migrations.js';

@Injectable()
export class DatabaseMigrator {
  private readonly logger = new Logger(DatabaseMigrator.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    @Inject(DATABASE_MODULE_OPTIONS) private readonly options: DatabaseModuleOptions,
  ) {}

  /**
   * Applies pending migrations as the owner (DATABASE_MIGRATION_URL) on a connection of its own,
   * then grants this process's role (DATABASE_URL's) its privileges. Without a migration URL,
   * migrates through the process's own pool as before roles were split.
   */
  async migrate(): Promise<MigrationOutcome> {
    const outcome = await this.migrateAsOwner();
    if (outcome.applied.length > 0) {
      this.logger.log({ migrations: outcome.applied }, `applied ${outcome.applied.length} migration(s)`);
    } else {
      this.logger.log('database schema is up to date');
    }
    return outcome;
  }

  private async migrateAsOwner(): Promise<MigrationOutcome> {
    const url = this.config.database.migrationUrl;
    if (url === undefined) return runMigrationsWithLock(this.dataSource);
    const [runtime] = await this.dataSource.query<{ name: string }[]>('SELECT current_user AS name');
    const owner = new DataSource(
      buildDataSourceOptions(
        { ...this.config.database, url, replicaUrls: [], poolSize: 2 },
        this.options.schema,
        `${this.options.applicationName}-migrations`,
      ),
    );
    await owner.initialize();
    try {
      return await runMigrationsWithLock(owner, { runtimeRole: runtime?.name });
    } finally {
      await owner.destroy();
    }
  }
}
