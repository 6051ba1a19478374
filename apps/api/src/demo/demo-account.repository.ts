import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Locale, Role } from '#accounts';

const SEED_LOCK = 'yorisoi:demo-seed';

export interface DemoAccountRow {
  readonly email: string;
  readonly displayName: string;
  readonly role: Role;
  readonly locale: Locale;
  readonly passwordHash: string;
  readonly passwordChangedAt: Date;
  readonly memberOf: readonly string[];
  readonly supervises: readonly string[];
}

/**
 * The demo's own writes to the accounts tables: accounts that exist active with a known password
 * and their team memberships. No service writes such an account (the accounts library only
 * invites, and the person sets their password through the link mailed to them), so the demo
 * writes these rows itself; everything else it seeds goes through the owning libraries' services.
 */
@Injectable()
export class DemoAccountRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Runs `work` under a session advisory lock, so that api instances starting together seed once. */
  async whileSeedLocked<T>(work: () => Promise<T>): Promise<T> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.query('SELECT pg_advisory_lock(hashtext($1))', [SEED_LOCK]);
      return await work();
    } finally {
      await runner.query('SELECT pg_advisory_unlock(hashtext($1))', [SEED_LOCK]).catch(() => undefined);
      await runner.release();
    }
  }

  async anyAccountExists(): Promise<boolean> {
    const [row] = await this.dataSource.query<[{ exists: boolean }]>('SELECT EXISTS (SELECT 1 FROM user_account) AS exists');
    return row.exists;
  }

  /** Inserts the account and its memberships; returns its id. */
  async insertActive(account: DemoAccountRow, manager: EntityManager): Promise<string> {
    const [{ id }] = await manager.query<[{ id: string }]>(
      `INSERT INTO user_account (email, display_name, role, locale, password_hash, password_changed_at, active, version)
       VALUES ($1, $2, $3, $4, $5, $6, true, 1) RETURNING id`,
      [account.email, account.displayName, account.role, account.locale, account.passwordHash, account.passwordChangedAt],
    );
    for (const teamId of account.memberOf) await manager.query(`INSERT INTO team_membership (team_id, user_id, kind) VALUES ($1, $2, 'member')`, [teamId, id]);
    for (const teamId of account.supervises) await manager.query(`INSERT INTO team_membership (team_id, user_id, kind) VALUES ($1, $2, 'supervisor')`, [teamId, id]);
    return id;
  }
}
