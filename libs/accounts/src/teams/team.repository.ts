import { Injectable } from '@nestjs/common';
import { DataSource, QueryFailedError, type EntityManager } from 'typeorm';
import { DomainError } from '#domain';
import { TeamEntity } from '../entities/team.entity.js';
import type { MembershipKind, Role } from '../roles.js';

export interface TeamWithCounts {
  readonly id: string;
  readonly name: string;
  readonly memberCount: number;
  readonly supervisorCount: number;
}

export interface TeamMemberRow {
  readonly userId: string;
  readonly displayName: string;
  readonly role: Role;
  readonly kind: MembershipKind;
  readonly active: boolean;
}

/** Teams and who belongs to them, as the administration screens show them. */
@Injectable()
export class TeamRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Teams by name with their active members and supervisors counted; `visible` null: every team. */
  async listWithCounts(visible: readonly string[] | null): Promise<TeamWithCounts[]> {
    return this.dataSource.query<TeamWithCounts[]>(
      `SELECT t.id, t.name,
              count(*) FILTER (WHERE m.kind = 'member' AND u.active)::int AS "memberCount",
              count(*) FILTER (WHERE m.kind = 'supervisor' AND u.active)::int AS "supervisorCount"
         FROM team t
         LEFT JOIN team_membership m ON m.team_id = t.id
         LEFT JOIN user_account u ON u.id = m.user_id
        WHERE $1::uuid[] IS NULL OR t.id = ANY($1)
        GROUP BY t.id ORDER BY t.name`,
      [visible],
    );
  }

  /** Everyone in the team, supervisors first, then by name. */
  async membersOf(teamId: string): Promise<TeamMemberRow[]> {
    return this.dataSource.query<TeamMemberRow[]>(
      `SELECT u.id AS "userId", u.display_name AS "displayName", u.role, m.kind, u.active
         FROM team_membership m JOIN user_account u ON u.id = m.user_id
        WHERE m.team_id = $1 ORDER BY m.kind DESC, u.display_name`,
      [teamId],
    );
  }

  /** Creates a team and returns its id; a name already taken is TEAM_NAME_TAKEN. */
  async insert(manager: EntityManager, name: string): Promise<string> {
    const result = await refuseDuplicateName(manager.getRepository(TeamEntity).insert({ name }));
    return (result.identifiers[0] as { id: string }).id;
  }

  /** Renames a team; false when there is no such team. A name already taken is TEAM_NAME_TAKEN. */
  async rename(manager: EntityManager, id: string, name: string): Promise<boolean> {
    const result = await refuseDuplicateName(manager.getRepository(TeamEntity).update({ id }, { name }));
    return Boolean(result.affected);
  }
}

async function refuseDuplicateName<T>(write: Promise<T>): Promise<T> {
  try {
    return await write;
  } catch (error) {
    if (error instanceof QueryFailedError && (error as QueryFailedError & { constraint?: string }).constraint === 'uq_team_name') {
      throw new DomainError('TEAM_NAME_TAKEN', 'There is already a team with this name.');
    }
    throw error;
  }
}
