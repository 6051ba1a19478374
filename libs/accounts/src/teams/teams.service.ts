import { Injectable } from '@nestjs/common';
import { DataSource, QueryFailedError } from 'typeorm';
import { DomainError } from '#domain';
import { AuditAction, AuditService } from '#audit';
import { TeamEntity } from '../entities/team.entity.js';
import type { Principal } from '../principal.js';
import type { MembershipKind, Role } from '../roles.js';
import type { TeamDetailView, TeamView } from './team.views.js';

interface TeamRow {
  id: string;
  name: string;
  member_count: number;
  supervisor_count: number;
}

/**
 * Teams: administrators see and manage all of them; a supervisor sees the teams they supervise
 * or belong to; a caseworker the teams they belong to.
 */
@Injectable()
export class TeamsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(principal: Principal): Promise<TeamView[]> {
    const visible = principal.role === 'admin' ? null : [...principal.teamIds, ...principal.supervisedTeamIds];
    const rows = await this.dataSource.query<TeamRow[]>(
      `SELECT t.id, t.name,
              count(*) FILTER (WHERE m.kind = 'member' AND u.active)::int AS member_count,
              count(*) FILTER (WHERE m.kind = 'supervisor' AND u.active)::int AS supervisor_count
         FROM team t
         LEFT JOIN team_membership m ON m.team_id = t.id
         LEFT JOIN user_account u ON u.id = m.user_id
        WHERE $1::uuid[] IS NULL OR t.id = ANY($1)
        GROUP BY t.id ORDER BY t.name`,
      [visible],
    );
    return rows.map(toTeamView);
  }

  async get(principal: Principal, id: string): Promise<TeamDetailView> {
    const visible = principal.role === 'admin' || principal.teamIds.includes(id) || principal.supervisedTeamIds.includes(id);
    const team = visible ? (await this.list(principal)).find((t) => t.id === id) : undefined;
    if (!team) throw new DomainError('TEAM_NOT_FOUND', 'No such team.');
    const members = await this.dataSource.query<{ user_id: string; display_name: string; role: Role; kind: MembershipKind; active: boolean }[]>(
      `SELECT u.id AS user_id, u.display_name, u.role, m.kind, u.active
         FROM team_membership m JOIN user_account u ON u.id = m.user_id
        WHERE m.team_id = $1 ORDER BY m.kind DESC, u.display_name`,
      [id],
    );
    return {
      ...team,
      members: members.map((m) => ({ userId: m.user_id, displayName: m.display_name, role: m.role, kind: m.kind, active: m.active })),
    };
  }

  async create(name: string): Promise<TeamView> {
    const id = await this.dataSource.transaction(async (manager) => {
      const result = await refuseDuplicateName(manager.getRepository(TeamEntity).insert({ name: name.trim() }));
      const created = (result.identifiers[0] as { id: string }).id;
      await this.audit.record({ action: AuditAction.TeamCreated, target: { type: 'team', id: created } }, manager);
      return created;
    });
    return { id, name: name.trim(), memberCount: 0, supervisorCount: 0 };
  }

  async rename(principal: Principal, id: string, name: string): Promise<TeamDetailView> {
    await this.dataSource.transaction(async (manager) => {
      const result = await refuseDuplicateName(manager.getRepository(TeamEntity).update({ id }, { name: name.trim() }));
      if (!result.affected) throw new DomainError('TEAM_NOT_FOUND', 'No such team.');
      await this.audit.record({ action: AuditAction.TeamUpdated, target: { type: 'team', id }, changedFields: ['name'] }, manager);
    });
    return this.get(principal, id);
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

function toTeamView(row: TeamRow): TeamView {
  return { id: row.id, name: row.name, memberCount: row.member_count, supervisorCount: row.supervisor_count };
}
