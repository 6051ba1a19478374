import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { PasswordHasher } from '#accounts';
import { Clock } from '#platform';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_TEAMS } from './demo-accounts.js';

const SEED_LOCK = 'yorisoi:demo-seed';

/**
 * Seeds the demo organisation into an empty database (no accounts at all), once, even when
 * several api instances start together. Never runs unless DEMO_SEED=true.
 */
@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger(DemoSeeder.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly clock: Clock,
  ) {}

  async seedIfEmpty(): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [SEED_LOCK]);
      const [{ count }] = await manager.query<[{ count: string }]>('SELECT count(*) FROM user_account');
      if (Number(count) > 0) return false;
      await this.seed(manager);
      this.logger.log({ accounts: DEMO_ACCOUNTS.length, teams: DEMO_TEAMS.length }, 'seeded the demo organisation');
      return true;
    });
  }

  private async seed(manager: EntityManager): Promise<void> {
    const now = this.clock.now();
    const teamIds = new Map<string, string>();
    for (const name of DEMO_TEAMS) {
      const [{ id }] = await manager.query<[{ id: string }]>('INSERT INTO team (name) VALUES ($1) RETURNING id', [name]);
      teamIds.set(name, id);
    }
    const passwordHash = await this.hasher.hash(DEMO_PASSWORD);
    for (const account of DEMO_ACCOUNTS) {
      const [{ id }] = await manager.query<[{ id: string }]>(
        `INSERT INTO user_account (email, display_name, role, locale, password_hash, password_changed_at, active, version)
         VALUES ($1, $2, $3, $4, $5, $6, true, 1) RETURNING id`,
        [account.email, account.displayName, account.role, account.locale, passwordHash, now],
      );
      const memberships = [
        ...account.member.map((team) => [teamIds.get(team), 'member']),
        ...account.supervises.map((team) => [teamIds.get(team), 'supervisor']),
      ];
      for (const [teamId, kind] of memberships) {
        await manager.query('INSERT INTO team_membership (team_id, user_id, kind) VALUES ($1, $2, $3)', [teamId, id, kind]);
      }
    }
  }
}
