import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { RecoveryCodeEntity } from '../entities/recovery-code.entity.js';
import { TeamMembershipEntity } from '../entities/team-membership.entity.js';
import { PrincipalChanges } from '../sessions/principal-changes.js';
import { UserEntity } from '../entities/user.entity.js';
import type { MembershipKind, Role } from '../roles.js';

export interface UserListFilter {
  readonly role?: Role;
  readonly teamId?: string;
  readonly active?: boolean;
  readonly search?: string;
}

export interface Membership {
  readonly teamId: string;
  readonly teamName: string;
  readonly kind: MembershipKind;
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

@Injectable()
export class UserRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly principalChanges: PrincipalChanges,
  ) {}

  private repo(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(UserEntity);
  }

  findById(id: string, manager?: EntityManager): Promise<UserEntity | null> {
    return this.repo(manager).findOneBy({ id });
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.repo().findOneBy({ email: normaliseEmail(email) });
  }

  /** Locks the row for the rest of the transaction (read-modify-write of an account). */
  findByIdForUpdate(id: string, manager: EntityManager): Promise<UserEntity | null> {
    return manager.getRepository(UserEntity).createQueryBuilder('u').setLock('pessimistic_write').where('u.id = :id', { id }).getOne();
  }

  async markSignedIn(id: string, at: Date): Promise<void> {
    // A plain UPDATE: signing in is not an edit of the account, so the version stays.
    await this.dataSource.query('UPDATE user_account SET last_sign_in_at = $2 WHERE id = $1', [id, at]);
  }

  /**
   * Serialises changes to roles and activation for the rest of the transaction, so two
   * administrators demoting each other at once cannot both see "another admin is left".
   * Taken before any row lock, so these transactions never deadlock on each other.
   */
  async lockRoster(manager: EntityManager): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('yorisoi:accounts-roster'))`);
  }

  async countActiveAdmins(manager: EntityManager): Promise<number> {
    const [{ count }] = await manager.query<[{ count: number }]>(`SELECT count(*)::int AS count FROM user_account WHERE role = 'admin' AND active`);
    return count;
  }

  list(filter: UserListFilter): Promise<UserEntity[]> {
    const query = this.repo().createQueryBuilder('u').orderBy('u.display_name', 'ASC').addOrderBy('u.id', 'ASC');
    if (filter.role) query.andWhere('u.role = :role', { role: filter.role });
    if (filter.active !== undefined) query.andWhere('u.active = :active', { active: filter.active });
    if (filter.teamId) {
      query.andWhere('EXISTS (SELECT 1 FROM team_membership m WHERE m.user_id = u.id AND m.team_id = :teamId)', {
        teamId: filter.teamId,
      });
    }
    if (filter.search) {
      query.andWhere('(u.display_name ILIKE :search OR u.email ILIKE :search)', {
        search: `%${filter.search.replace(/[%_\\]/g, (c) => `\\${c}`)}%`,
      });
    }
    return query.getMany();
  }

  async membershipsOf(userIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, Membership[]>> {
    const result = new Map<string, Membership[]>(userIds.map((id) => [id, []]));
    if (userIds.length === 0) return result;
    const rows = await manager.query<{ user_id: string; team_id: string; name: string; kind: MembershipKind }[]>(
      `SELECT m.user_id, m.team_id, t.name, m.kind
         FROM team_membership m JOIN team t ON t.id = m.team_id
        WHERE m.user_id = ANY($1) ORDER BY t.name`,
      [userIds],
    );
    for (const row of rows) result.get(row.user_id)?.push({ teamId: row.team_id, teamName: row.name, kind: row.kind });
    return result;
  }

  async replaceMemberships(
    userId: string,
    memberships: readonly { teamId: string; kind: MembershipKind }[],
    manager: EntityManager,
  ): Promise<void> {
    const repo = manager.getRepository(TeamMembershipEntity);
    await repo.delete({ userId });
    if (memberships.length > 0) await repo.insert(memberships.map((m) => ({ ...m, userId })));
    await this.principalChanges.announce([userId], manager);
  }

  async existingTeamIds(teamIds: readonly string[], manager: EntityManager): Promise<Set<string>> {
    if (teamIds.length === 0) return new Set();
    const rows = await manager.query<{ id: string }[]>('SELECT id FROM team WHERE id = ANY($1)', [teamIds]);
    return new Set(rows.map((row) => row.id));
  }

  usersByIds(ids: readonly string[]): Promise<UserEntity[]> {
    return this.repo().findBy({ id: In([...ids]) });
  }

  /**
   * Marks one unused recovery code of the user used, matched by its keyed hash or, for codes made
   * before keyed hashing, by its plain SHA-256. Conditional, so a code works once however many
   * requests race with it. True when a code was used.
   */
  async useRecoveryCode(userId: string, keyedHash: Buffer, legacyHash: Buffer, now: Date): Promise<boolean> {
    const result = await this.dataSource.query<[unknown[], number]>(
      `UPDATE mfa_recovery_code SET used_at = $4
        WHERE user_id = $1 AND used_at IS NULL
          AND ((hash_scheme = 'hmac-sha256' AND code_hash = $2) OR (hash_scheme = 'sha256' AND code_hash = $3))`,
      [userId, keyedHash, legacyHash, now],
    );
    return result[1] === 1;
  }

  /** Creates an account (no password until the invitation is accepted) and returns its id. */
  async insert(values: Pick<UserEntity, 'email' | 'displayName' | 'role' | 'locale'>, manager: EntityManager): Promise<string> {
    const result = await manager.getRepository(UserEntity).insert({ ...values, active: true, passwordHash: null });
    return (result.identifiers[0] as { id: string }).id;
  }

  /** Writes changed columns of an account whose row the caller holds locked. */
  async update(id: string, changes: Partial<UserEntity>, manager: EntityManager): Promise<void> {
    await manager.getRepository(UserEntity).update({ id }, changes);
    await this.principalChanges.announce([id], manager);
  }

  async setPassword(id: string, passwordHash: string, changedAt: Date, manager: EntityManager): Promise<void> {
    await manager.getRepository(UserEntity).update({ id }, { passwordHash, passwordChangedAt: changedAt });
  }

  /** The sealed TOTP secret of an enrolment begun, not yet confirmed. */
  async startSecondFactor(id: string, sealedSecret: string): Promise<void> {
    await this.repo().update({ id }, { mfaSecret: sealedSecret });
  }

  async enableSecondFactor(id: string, enabledAt: Date, timeStep: number, manager: EntityManager): Promise<void> {
    await manager.getRepository(UserEntity).update({ id }, { mfaEnabledAt: enabledAt, mfaLastTimeStep: String(timeStep) });
    await this.principalChanges.announce([id], manager);
  }

  /** The second factor and its recovery codes are gone: the user enrols again at next sign-in. */
  async clearSecondFactor(id: string, manager: EntityManager): Promise<void> {
    await manager.getRepository(UserEntity).update({ id }, { mfaSecret: null, mfaEnabledAt: null, mfaLastTimeStep: null });
    await manager.getRepository(RecoveryCodeEntity).delete({ userId: id });
    await this.principalChanges.announce([id], manager);
  }

  /**
   * Records the TOTP time step just used, only if it is later than the last one: conditional, so
   * two requests racing with the same code cannot both succeed. True when this one did.
   */
  async acceptTimeStep(id: string, step: number): Promise<boolean> {
    const result = await this.dataSource.query<[unknown[], number]>(
      `UPDATE user_account SET mfa_last_time_step = $2
        WHERE id = $1 AND (mfa_last_time_step IS NULL OR mfa_last_time_step < $2)`,
      [id, step],
    );
    return result[1] === 1;
  }

  /** Replaces every recovery code of the user with these keyed hashes. */
  async replaceRecoveryCodes(userId: string, keyedHashes: readonly Buffer[], manager: EntityManager): Promise<void> {
    const repo = manager.getRepository(RecoveryCodeEntity);
    await repo.delete({ userId });
    await repo.insert(keyedHashes.map((codeHash) => ({ userId, codeHash, hashScheme: 'hmac-sha256' as const, usedAt: null })));
  }
}
