import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { runMigrationsWithLock, type MigrationOutcome } from './run-migrations.js';

@Injectable()
export class DatabaseMigrator {
  private readonly logger = new Logger(DatabaseMigrator.name);

  constructor(private readonly dataSource: DataSource) {}

  async migrate(): Promise<MigrationOutcome> {
    const outcome = await runMigrationsWithLock(this.dataSource);
    if (outcome.applied.length > 0) {
      this.logger.log({ migrations: outcome.applied }, `applied ${outcome.applied.length} migration(s)`);
    } else {
      this.logger.log('database schema is up to date');
    }
    return outcome;
  }
}
