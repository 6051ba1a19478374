import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import { runtimeRoleExcess } from './runtime-privileges.js';

/**
 * At start-up, warns when DATABASE_URL connects as a role that could rewrite history: a superuser
 * or a table owner can switch the audit trail's append-only trigger off. Such a set-up keeps
 * working (a deployer who has not split the roles yet), but says so in every log. Not in tests,
 * whose spare databases belong to their owner role on purpose.
 */
@Injectable()
export class RuntimeRoleCheck implements OnApplicationBootstrap {
  private readonly logger = new Logger('Database');

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.env === 'test') return;
    const message = await this.warning().catch((error: unknown) => {
      this.logger.warn({ err: error }, 'could not check the privileges of the DATABASE_URL role');
      return undefined;
    });
    if (message !== undefined) this.logger.warn(message);
  }

  private async warning(): Promise<string | undefined> {
    const excess = await runtimeRoleExcess(this.dataSource);
    const powers = [
      excess.superuser ? 'is a superuser' : undefined,
      excess.ownsTables ? 'owns the tables' : undefined,
      excess.createsTables ? 'may create tables' : undefined,
    ].filter((power) => power !== undefined);
    if (powers.length === 0) return undefined;
    return (
      `DATABASE_URL connects as "${excess.role}", which ${powers.join(' and ')}: it could alter the tables and ` +
      'switch off the append-only audit trail. Connect as a runtime role and set DATABASE_MIGRATION_URL to the ' +
      'owner role (see README, "Database roles").'
    );
  }
}
