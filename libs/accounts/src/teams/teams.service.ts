import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError } from '#domain';
import { AuditAction, AuditService } from '#audit';
import type { Principal } from '../principal.js';
import { TeamRepository, type TeamWithCounts } from './team.repository.js';
import type { TeamDetailView, TeamView } from './team.views.js';

/**
 * Teams: administrators see and manage all of them; a supervisor sees the teams they supervise
 * or belong to; a caseworker the teams they belong to.
 */
@Injectable()
export class TeamsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly teams: TeamRepository,
    private readonly audit: AuditService,
  ) {}

  async list(principal: Principal): Promise<TeamView[]> {
    const visible = principal.role === 'admin' ? null : [...principal.teamIds, ...principal.supervisedTeamIds];
    return (await this.teams.listWithCounts(visible)).map(toTeamView);
  }

  async get(principal: Principal, id: string): Promise<TeamDetailView> {
    const visible = principal.role === 'admin' || principal.teamIds.includes(id) || principal.supervisedTeamIds.includes(id);
    const team = visible ? (await this.list(principal)).find((t) => t.id === id) : undefined;
    if (!team) throw new DomainError('TEAM_NOT_FOUND', 'No such team.');
    const members = await this.teams.membersOf(id);
    return {
      ...team,
      members: members.map((m) => ({ userId: m.userId, displayName: m.displayName, role: m.role, kind: m.kind, active: m.active })),
    };
  }

  async create(name: string): Promise<TeamView> {
    const id = await this.dataSource.transaction(async (manager) => {
      const created = await this.teams.insert(manager, name.trim());
      await this.audit.record({ action: AuditAction.TeamCreated, target: { type: 'team', id: created } }, manager);
      return created;
    });
    return { id, name: name.trim(), memberCount: 0, supervisorCount: 0 };
  }

  async rename(principal: Principal, id: string, name: string): Promise<TeamDetailView> {
    await this.dataSource.transaction(async (manager) => {
      if (!(await this.teams.rename(manager, id, name.trim()))) throw new DomainError('TEAM_NOT_FOUND', 'No such team.');
      await this.audit.record({ action: AuditAction.TeamUpdated, target: { type: 'team', id }, changedFields: ['name'] }, manager);
    });
    return this.get(principal, id);
  }
}

function toTeamView(row: TeamWithCounts): TeamView {
  return { id: row.id, name: row.name, memberCount: row.memberCount, supervisorCount: row.supervisorCount };
}
