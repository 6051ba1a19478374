import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { TeamDirectory, UserDirectory, type MembershipsEnded, type Principal } from '#accounts';
import { AuditAction, AuditService } from '#audit';
import { DomainError, emergencyActionsFor } from '#domain';
import { breakGlassEmail, Mailer } from '#notifications';
import { AppConfig, Clock, KeysetCursor } from '#platform';
import { ClientAssignments } from '../client-assignments.js';
import { ClientRepository } from '../client.repository.js';
import { toClientView, type ClientView } from '../client.views.js';
import type { ClientEntity } from '../entities/client.entity.js';
import { TimelineWriter } from '../timeline/timeline.writer.js';
import { BreakGlassGrantRepository, type GrantRow } from './break-glass-grant.repository.js';
import type { EmergencyAccessPage, EmergencyAccessState, EmergencyAccessView } from './emergency-access.views.js';

export const BREAK_GLASS_DURATION_MS = 60 * 60_000;

/** The last row's grant time (microseconds) and id. */
const PAGE_CURSOR = new KeysetCursor(['micros', 'uuid'] as const);

/** A grant with the names shown beside it: the file's team, who opened it, who ended it. */
interface NamedGrant extends GrantRow {
  readonly teamName: string;
  readonly openedByName: string;
  readonly endedByName: string | null;
}

/**
 * Emergency access: a supervisor or administrator opens one file outside their scope (a client
 * in crisis at the office while their caseworker is away), giving a reason. Access lasts one
 * hour unless ended earlier, is audited with the reason, appears on the file's timeline, and the
 * file's supervisors are told by email and see every use listed. What it allows is the rule in
 * libs/domain (emergency-access.ts), enforced where files are locked for a change.
 */
@Injectable()
export class BreakGlassService {
  private readonly logger = new Logger(BreakGlassService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly clients: ClientRepository,
    private readonly assignments: ClientAssignments,
    private readonly grants: BreakGlassGrantRepository,
    private readonly users: UserDirectory,
    private readonly teams: TeamDirectory,
    private readonly timeline: TimelineWriter,
    private readonly audit: AuditService,
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async open(principal: Principal, clientId: string, reason: string): Promise<ClientView> {
    if (principal.role !== 'supervisor' && principal.role !== 'admin') {
      throw new DomainError('FORBIDDEN', 'Only supervisors and administrators can use emergency access.');
    }
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + BREAK_GLASS_DURATION_MS);
    const opening = this.dataSource.transaction(async (manager) => {
      const found = await this.clients.findAnyById(clientId, manager);
      if (!found || found.status === 'anonymised') throw new DomainError('RECORD_NOT_FOUND', 'No such client file.');
      await this.grants.lockFile(clientId, manager);
      await this.refuseOnTop(principal, clientId, now, manager);
      const grantId = await this.grants.insert({ userId: principal.userId, clientId, reason: reason.trim(), grantedAt: now, expiresAt }, manager);
      await this.timeline.add([{ clientId, kind: 'client.break-glass', actorUserId: principal.userId, body: reason.trim(), data: { expiresAt: expiresAt.toISOString(), grantId } }], manager);
      await this.audit.record(
        { action: AuditAction.BreakGlass, clientId, target: { type: 'client', id: clientId }, reason: reason.trim(), details: { expiresAt: expiresAt.toISOString(), grantId } },
        manager,
      );
      return found;
    });
    let client: ClientEntity;
    try {
      client = await opening;
    } catch (error) {
      // Audited once the transaction has rolled back and given back its connection and the file's
      // row lock: a second connection taken while holding both would let parallel refusals
      // exhaust the pool and stall everyone.
      if (error instanceof DomainError && error.code === 'EMERGENCY_ACCESS_NOT_ALLOWED') {
        await this.audit.record({ action: AuditAction.BreakGlassRefused, outcome: 'denied', clientId, target: { type: 'client', id: clientId }, details: { action: 'client.break-glass' } });
      }
      throw error;
    }
    await this.notifySupervisors(client.teamId, client.caseNumber, principal, expiresAt, clientId);
    return toClientView(client, await this.assignments.viewsOf(clientId), 'break-glass', expiresAt);
  }

  /**
   * Ends an emergency access before its hour is over: its holder, or a supervisor of the file's
   * team. The holder's next request no longer reaches the file (sessions read live grants on
   * every request), nor does a change of theirs already under way: ending locks the file's row,
   * so it waits for a change that holds it, and a change that locks the file afterwards checks
   * the grant again (ClientRepository.findInScope). Anyone else is told it does not exist.
   * Ending one that already ended changes nothing.
   */
  async end(principal: Principal, grantId: string): Promise<EmergencyAccessView> {
    const now = this.clock.now();
    await this.dataSource.transaction(async (manager) => {
      const seen = await this.grants.findById(grantId, manager);
      if (!seen || !mayEnd(principal, seen)) throw grantNotFound();
      if (stateOf(seen, now) !== 'active') return;
      // The file's row before the grant's, in the order every other path takes them.
      await this.grants.lockFile(seen.client_id, manager);
      const grant = (await this.grants.findForUpdate(grantId, manager)) as GrantRow;
      if (stateOf(grant, now) !== 'active') return;
      await this.grants.end(grantId, principal.userId, now, manager);
      const data = { grantId, openedBy: grant.user_id, byHolder: grant.user_id === principal.userId };
      await this.timeline.add([{ clientId: grant.client_id, kind: 'client.break-glass.ended', actorUserId: principal.userId, data }], manager);
      await this.audit.record({ action: AuditAction.BreakGlassEnded, clientId: grant.client_id, target: { type: 'break-glass-grant', id: grantId }, details: data }, manager);
    });
    const [grant] = await this.withNames([(await this.grants.findById(grantId)) as GrantRow]);
    return toEmergencyAccessView(grant, principal, now);
  }

  /**
   * Ends every live emergency access of someone whose role changed or whose account was
   * deactivated, in the transaction that makes the change: each was opened with the powers of
   * the role they held, and must not outlive it. Leaving a team leaves them be (a grant is to a
   * file outside the holder's teams anyway, and ended by someone else it could not be opened
   * again within the hour). Each file's timeline and the audit trail say who ended it and why.
   */
  async endForChangedAccount(changed: MembershipsEnded, manager: EntityManager): Promise<void> {
    if (changed.reason === 'left-team') return;
    const now = this.clock.now();
    const live = await this.grants.liveOf(changed.userId, now, manager);
    if (live.length === 0) return;
    // The files' rows first, in one order, as end() does: a change under way on one of them ends before its grant does.
    for (const clientId of [...new Set(live.map((g) => g.client_id))].sort()) await this.grants.lockFile(clientId, manager);
    const ended = await this.grants.endLiveOf(changed.userId, changed.actorUserId, now, manager);
    if (ended.length === 0) return;
    const dataOf = (grantId: string) => ({ grantId, openedBy: changed.userId, byHolder: false, reason: changed.reason });
    await this.timeline.add(
      ended.map((g) => ({ clientId: g.client_id, kind: 'client.break-glass.ended', actorUserId: changed.actorUserId, data: dataOf(g.id) })),
      manager,
    );
    await this.audit.recordAll(
      ended.map((g) => ({ action: AuditAction.BreakGlassEnded, clientId: g.client_id, target: { type: 'break-glass-grant', id: g.id }, details: dataOf(g.id) })),
      manager,
    );
  }

  /**
   * Every use of emergency access, newest first: a supervisor sees those on their teams' files
   * and their own; an administrator, who already reads the whole audit trail, sees all.
   */
  async list(principal: Principal, limit: number, cursor?: string): Promise<EmergencyAccessPage> {
    const now = this.clock.now();
    const visibility = principal.role === 'admin' ? ({ kind: 'all' } as const) : { kind: 'teams' as const, teamIds: principal.supervisedTeamIds, userId: principal.userId };
    const rows = await this.grants.list(visibility, limit, cursor ? PAGE_CURSOR.decode(cursor) : undefined);
    const page = rows.slice(0, limit);
    if (page.length > 0) {
      await this.audit.record({ action: AuditAction.ClientListed, recordIds: [...new Set(page.map((r) => r.client_id))], details: { emergencyAccess: page.length } });
    }
    const last = page.at(-1);
    return {
      items: (await this.withNames(page)).map((grant) => toEmergencyAccessView(grant, principal, now)),
      nextCursor: rows.length > limit && last ? PAGE_CURSOR.encode([last.granted_micros, last.id]) : null,
    };
  }

  private async withNames(rows: readonly GrantRow[]): Promise<NamedGrant[]> {
    const people = await this.users.displayNames(rows.flatMap((row) => [row.user_id, row.ended_by]));
    const teams = await this.teams.names(rows.map((row) => row.team_id));
    return rows.map((row) => ({
      ...row,
      teamName: teams.get(row.team_id) ?? '',
      openedByName: people.get(row.user_id) ?? '',
      endedByName: row.ended_by === null ? null : (people.get(row.ended_by) ?? null),
    }));
  }

  /**
   * One emergency access at a time: no new one on top of a live one (it would stretch the hour
   * without anyone deciding), and none while one that a supervisor ended would still have run.
   */
  private async refuseOnTop(principal: Principal, clientId: string, now: Date, manager: EntityManager): Promise<void> {
    const latest = await this.grants.latestUnexpired(principal.userId, clientId, now, manager);
    if (!latest || (latest.endedAt !== null && latest.endedBy === principal.userId)) return;
    const message =
      latest.endedAt === null
        ? 'You already have emergency access to this file; it cannot be extended by opening another.'
        : 'A supervisor of the file’s team ended your emergency access to this file. Ask them.';
    // Audited by open(), once this transaction has rolled back.
    throw new DomainError('EMERGENCY_ACCESS_NOT_ALLOWED', message, {
      action: 'client.break-glass',
      allowed: [...emergencyActionsFor(principal.role)],
      until: latest.expiresAt.toISOString(),
    });
  }

  private async notifySupervisors(teamId: string, caseNumber: string, principal: Principal, expiresAt: Date, clientId: string): Promise<void> {
    const supervisors = await this.users.activeSupervisorAddresses(teamId);
    for (const supervisor of supervisors.filter((s) => s.id !== principal.userId)) {
      try {
        await this.mailer.send({
          to: supervisor.email,
          ...breakGlassEmail({
            locale: supervisor.locale,
            caseNumber,
            openedBy: principal.displayName,
            expiresAt,
            url: `${this.config.http.publicUrl}/audit?clientId=${clientId}`,
          }),
        });
      } catch (error) {
        // The access is granted and audited either way; a mail outage must not block an emergency.
        this.logger.error({ err: error, supervisorId: supervisor.id }, 'break-glass notice not sent');
      }
    }
  }
}

function mayEnd(principal: Principal, grant: GrantRow): boolean {
  return grant.user_id === principal.userId || (principal.role === 'supervisor' && principal.supervisedTeamIds.includes(grant.team_id));
}

function stateOf(grant: GrantRow, now: Date): EmergencyAccessState {
  if (grant.ended_at !== null) return 'ended';
  return grant.expires_at.getTime() > now.getTime() ? 'active' : 'expired';
}

function grantNotFound(): DomainError {
  return new DomainError('RECORD_NOT_FOUND', 'No such emergency access, or not one you may end.');
}

function toEmergencyAccessView(row: NamedGrant, principal: Principal, now: Date): EmergencyAccessView {
  const state = stateOf(row, now);
  return {
    id: row.id,
    clientId: row.client_id,
    caseNumber: row.case_number,
    teamId: row.team_id,
    teamName: row.teamName,
    openedById: row.user_id,
    openedByName: row.openedByName,
    reason: row.reason,
    grantedAt: row.granted_at.toISOString(),
    expiresAt: row.expires_at.toISOString(),
    endedAt: row.ended_at?.toISOString() ?? null,
    endedById: row.ended_by,
    endedByName: row.endedByName,
    state,
    canEnd: state === 'active' && mayEnd(principal, row),
  };
}
