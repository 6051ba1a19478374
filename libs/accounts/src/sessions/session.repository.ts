import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { SessionEntity, type SessionState } from '../entities/session.entity.js';
import type { Locale, Role } from '../roles.js';
import { EmergencyAccessGrants } from './emergency-access-grants.js';
import { PrincipalChanges } from './principal-changes.js';

export interface ResolvedSessionRow {
  readonly sessionId: string;
  readonly state: SessionState;
  readonly csrfToken: string;
  readonly lastSeenAt: Date;
  readonly expiresAt: Date;
  readonly userId: string;
  readonly role: Role;
  readonly email: string;
  readonly displayName: string;
  readonly locale: Locale;
  readonly secondFactorEnabled: boolean;
  readonly teamIds: string[];
  readonly supervisedTeamIds: string[];
  readonly breakGlassClientIds: string[];
  /** When the first of those grants expires; null without any. */
  readonly grantsExpireAt: Date | null;
}

@Injectable()
export class SessionRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly emergencyAccess: EmergencyAccessGrants,
    private readonly principalChanges: PrincipalChanges,
  ) {}

  async insert(session: Omit<SessionEntity, 'id' | 'user'>, manager: EntityManager = this.dataSource.manager): Promise<string> {
    const result = await manager.getRepository(SessionEntity).insert(session);
    return (result.identifiers[0] as { id: string }).id;
  }

  /**
   * The live session behind a cookie, with its user, teams and break-glass grants, in one query:
   * not revoked, within both its idle and absolute lifetime, and its user still active.
   */
  async findLiveByTokenHash(tokenHash: Buffer, now: Date, idleSince: Date): Promise<ResolvedSessionRow | undefined> {
    const rows = await this.dataSource.query<ResolvedSessionRow[]>(
      `SELECT s.id AS "sessionId", s.state, s.csrf_token AS "csrfToken", s.last_seen_at AS "lastSeenAt", s.expires_at AS "expiresAt",
              u.id AS "userId", u.role, u.email, u.display_name AS "displayName", u.locale,
              u.mfa_enabled_at IS NOT NULL AS "secondFactorEnabled",
              coalesce(array_agg(m.team_id) FILTER (WHERE m.kind = 'member'), '{}') AS "teamIds",
              coalesce(array_agg(m.team_id) FILTER (WHERE m.kind = 'supervisor'), '{}') AS "supervisedTeamIds",
              ${this.emergencyAccess.liveClientIdsExpression('u.id', '$2')} AS "breakGlassClientIds",
              ${this.emergencyAccess.firstExpiryExpression('u.id', '$2')} AS "grantsExpireAt"
         FROM session s
         JOIN user_account u ON u.id = s.user_id AND u.active
         LEFT JOIN team_membership m ON m.user_id = u.id
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > $2 AND s.last_seen_at > $3
        GROUP BY s.id, u.id`,
      [tokenHash, now, idleSince],
    );
    return rows[0];
  }

  async touch(sessionId: string, now: Date): Promise<void> {
    await this.dataSource.getRepository(SessionEntity).update({ id: sessionId, revokedAt: IsNull() }, { lastSeenAt: now });
  }

  /** New cookie and CSRF token for a live session; returns its absolute expiry. */
  async replaceToken(
    sessionId: string,
    change: { tokenHash: Buffer; csrfToken: string; state: SessionState; lastSeenAt: Date },
  ): Promise<Date | undefined> {
    const rows = await this.dataSource.query<[{ expires_at: Date; user_id: string }[], number]>(
      `UPDATE session SET token_hash = $2, csrf_token = $3, state = $4, last_seen_at = $5
        WHERE id = $1 AND revoked_at IS NULL RETURNING expires_at, user_id`,
      [sessionId, change.tokenHash, change.csrfToken, change.state, change.lastSeenAt],
    );
    const row = rows[0][0];
    if (row) await this.principalChanges.announce([row.user_id]);
    return row?.expires_at;
  }

  async revoke(where: { id?: string; userId?: string }, reason: string, now: Date, exceptId?: string, manager?: EntityManager): Promise<number> {
    const query = (manager ?? this.dataSource.manager)
      .createQueryBuilder()
      .update(SessionEntity)
      .set({ revokedAt: now, revokedReason: reason })
      .where('revoked_at IS NULL');
    if (where.id) query.andWhere('id = :id', { id: where.id });
    if (where.userId) query.andWhere('user_id = :userId', { userId: where.userId });
    if (exceptId) query.andWhere('id <> :exceptId', { exceptId });
    const result = await query.returning('user_id').execute();
    const ended = result.raw as { user_id: string }[];
    await this.principalChanges.announce(
      ended.map((row) => row.user_id),
      manager,
    );
    return ended.length;
  }

  async findLiveForUser(userId: string, now: Date, idleSince: Date): Promise<SessionEntity[]> {
    return this.dataSource
      .getRepository(SessionEntity)
      .createQueryBuilder('s')
      .where('s.user_id = :userId AND s.revoked_at IS NULL AND s.expires_at > :now AND s.last_seen_at > :idleSince', {
        userId,
        now,
        idleSince,
      })
      .orderBy('s.last_seen_at', 'DESC')
      .getMany();
  }
}
