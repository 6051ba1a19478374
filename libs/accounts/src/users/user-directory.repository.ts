import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { UserEntity } from '../entities/user.entity.js';
import type { Locale } from '../roles.js';

export interface MailRecipient {
  readonly email: string;
  readonly locale: Locale;
  readonly active: boolean;
}

export interface SupervisorAddress {
  readonly id: string;
  readonly email: string;
  readonly locale: Locale;
}

export interface SupervisorWithTeams {
  readonly id: string;
  readonly email: string;
  readonly locale: Locale;
  readonly teamIds: string[];
}

/**
 * What other libraries may know about people with an account: their display names, to show who
 * uploaded or recorded something. Published here so no other library reads `user_account`.
 */
@Injectable()
export class UserDirectory {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Display names by user id, in the order the database sorts the names (how lists of people are
   * shown); ids without an account are absent. With `manager`, read in the caller's transaction.
   */
  async displayNames(userIds: readonly (string | null)[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, string>> {
    const ids = [...new Set(userIds.filter((id): id is string => id !== null))];
    if (ids.length === 0) return new Map();
    const users = await manager.getRepository(UserEntity).find({ select: { id: true, displayName: true }, where: { id: In(ids) }, order: { displayName: 'ASC' } });
    return new Map(users.map((user) => [user.id, user.displayName]));
  }

  /** Where and in which language to write to someone, and whether their account is active. */
  async mailRecipient(userId: string): Promise<MailRecipient | null> {
    const user = await this.dataSource.getRepository(UserEntity).findOne({ select: { email: true, locale: true, active: true }, where: { id: userId } });
    return user ? { email: user.email, locale: user.locale, active: user.active } : null;
  }

  /** The active supervisors of a team with where and in which language to write to them. */
  async activeSupervisorAddresses(teamId: string): Promise<SupervisorAddress[]> {
    return this.dataSource.query<SupervisorAddress[]>(
      `SELECT u.id, u.email, u.locale FROM user_account u JOIN team_membership m ON m.user_id = u.id
        WHERE m.team_id = $1 AND m.kind = 'supervisor' AND u.active`,
      [teamId],
    );
  }

  /**
   * Those among `userIds` whom a file of the team may be assigned to: its active caseworkers and
   * supervisors. Read in the caller's transaction.
   */
  async assignableAmong(manager: EntityManager, teamId: string, userIds: readonly string[]): Promise<Set<string>> {
    if (userIds.length === 0) return new Set();
    const rows = await manager.query<{ id: string }[]>(
      `SELECT u.id FROM user_account u JOIN team_membership m ON m.user_id = u.id
        WHERE m.team_id = $1 AND u.id = ANY($2::uuid[]) AND u.active AND u.role IN ('caseworker', 'supervisor')`,
      [teamId, userIds],
    );
    return new Set(rows.map((row) => row.id));
  }

  /** The active supervisors of each of these teams, by team, read in the caller's transaction. */
  async activeSupervisorsOfTeams(manager: EntityManager, teamIds: readonly string[]): Promise<Map<string, string[]>> {
    const rows = await manager.query<{ team_id: string; user_id: string }[]>(
      `SELECT m.team_id, m.user_id FROM team_membership m JOIN user_account u ON u.id = m.user_id
        WHERE m.team_id = ANY($1::uuid[]) AND m.kind = 'supervisor' AND u.active`,
      [teamIds],
    );
    const result = new Map<string, string[]>();
    for (const row of rows) result.set(row.team_id, [...(result.get(row.team_id) ?? []), row.user_id]);
    return result;
  }

  /** Every active user with the supervisor role, with the teams they supervise (at least one). */
  async activeSupervisorsWithTeams(): Promise<SupervisorWithTeams[]> {
    const rows = await this.dataSource.query<{ id: string; email: string; locale: Locale; team_ids: string[] }[]>(
      `SELECT s.id, s.email, s.locale, array_agg(DISTINCT sm.team_id) AS team_ids
         FROM user_account s
         JOIN team_membership sm ON sm.user_id = s.id AND sm.kind = 'supervisor'
        WHERE s.active AND s.role = 'supervisor'
        GROUP BY s.id`,
    );
    return rows.map((row) => ({ id: row.id, email: row.email, locale: row.locale, teamIds: row.team_ids }));
  }
}
