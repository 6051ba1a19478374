import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { TeamDirectory, type MembershipsEnded } from '#accounts';
import { AuditAction, AuditService } from '#audit';
import { ClientRepository } from '../client.repository.js';
import { ClientEvents } from '../client-events.js';
import { TimelineWriter } from '../timeline/timeline.writer.js';

/**
 * When someone leaves a team (or their account is deactivated), their assignments to that
 * team's files end in the same transaction: the files no longer reach them, each file's timeline
 * and the audit trail say so, and a file whose primary caseworker left has none until its
 * supervisor assigns one (its open deadlines then belong to no one, so their reminders go to the
 * team's supervisors instead of an account that no longer works the file). The scope condition
 * also ignores assignments outside the caller's teams, so access ends even if this never ran.
 */
@Injectable()
export class LeaverAssignments {
  constructor(
    private readonly clients: ClientRepository,
    private readonly teams: TeamDirectory,
    private readonly events: ClientEvents,
    private readonly timeline: TimelineWriter,
    private readonly audit: AuditService,
  ) {}

  async release(ended: MembershipsEnded, manager: EntityManager): Promise<void> {
    // A new role alone changes no team: the assignments stay (a change of teams comes as its own event).
    if (ended.reason === 'role-changed') return;
    // Deactivated: every assignment ends. Otherwise those on files of teams they no longer belong to.
    const keptTeamIds = ended.reason === 'deactivated' ? [] : await this.teams.teamIdsOf(manager, ended.userId);
    const removed = await this.clients.releaseAssignmentsOf(ended.userId, keptTeamIds, manager);
    if (removed.length === 0) return;
    const data = { userId: ended.userId, reason: ended.reason };
    await this.timeline.add(
      removed.map((row) => ({ clientId: row.clientId, kind: 'client.assignment-ended', actorUserId: null, data: { ...data, role: row.role } })),
      manager,
    );
    await this.audit.recordAll(
      removed.map((row) => ({
        action: AuditAction.ClientUpdated,
        clientId: row.clientId,
        target: { type: 'client', id: row.clientId },
        changedFields: ['assignments'],
        details: { ...data, role: row.role },
      })),
      manager,
    );
    for (const row of removed.filter((r) => r.role === 'primary')) await this.events.primaryWorkerChanged(row.clientId, null, manager);
  }
}
