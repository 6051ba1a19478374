import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { TeamDirectory, UserDirectory, type Principal } from '#accounts';
import { AuditAction, AuditService } from '#audit';
import {
  custodyOf,
  deportationAtIntake,
  DomainError,
  emergencyAccessAllows,
  formatCaseNumber,
  localDateInTimeZone,
  nameGrams,
  normaliseName,
  residenceAtIntake,
  searchText,
  type ClientFileAction,
  type TransitionProblem,
} from '#domain';
import { AppConfig, Clock } from '#platform';
import { intakeTeams } from './access/client-scope.js';
import { emergencyRefusal } from './access/emergency-access.js';
import { EmergencyRefusalsRecorder } from './access/emergency-refusals.recorder.js';
import { ClientAssignments } from './client-assignments.js';
import { ClientRepository, type ScopedClient } from './client.repository.js';
import { DETAIL_FIELDS, type AssignmentInput, type ClientDetails, type ClientIntakeInput, type ClientUpdateInput } from './client.inputs.js';
import { CUSTODY_STATUS_OF, toClientView, type ClientView } from './client.views.js';
import { ClientEntity } from './entities/client.entity.js';
import { DeniedAccessRecorder } from './access-denied/denied-access.recorder.js';
import { DuplicateCheckService } from './intake/duplicate-check.service.js';
import type { DuplicateCandidate } from './intake/duplicate-candidate.views.js';
import { nameForms } from './intake/duplicate-finder.js';
import { ClientEvents } from './client-events.js';
import { TimelineWriter } from './timeline/timeline.writer.js';

/** Intake, reading and correcting client files, assignments and closing. */
@Injectable()
export class ClientsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clients: ClientRepository,
    private readonly assignments: ClientAssignments,
    private readonly users: UserDirectory,
    private readonly teams: TeamDirectory,
    private readonly duplicates: DuplicateCheckService,
    private readonly denied: DeniedAccessRecorder,
    private readonly refusals: EmergencyRefusalsRecorder,
    private readonly timeline: TimelineWriter,
    private readonly events: ClientEvents,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async intake(principal: Principal, input: ClientIntakeInput): Promise<{ client: ClientView; duplicates: DuplicateCandidate[] }> {
    if (!intakeTeams(principal).includes(input.teamId)) {
      throw new DomainError('FORBIDDEN', 'You can take in files only for a team you work in or supervise.');
    }
    const residence = residenceAtIntake(input.residence);
    const deportation = deportationAtIntake(input.custody);
    const problems = [
      ...(residence.status === 'invalid' ? prefix('residence', residence.problems) : []),
      ...(deportation.status === 'invalid' ? prefix('custody', deportation.problems) : []),
    ];
    if (problems.length > 0 || residence.status !== 'ok' || deportation.status !== 'ok') {
      throw new DomainError('VALIDATION_FAILED', 'The residence or custody status is not complete.', { fields: problems });
    }
    // 409 DUPLICATE_SUSPECTED with the candidates, unless the user confirmed a different person.
    const candidates = await this.duplicates.beforeIntake(principal, input);
    const primary = input.primaryWorkerId ?? (principal.role === 'caseworker' ? principal.userId : undefined);
    if (!primary) throw new DomainError('VALIDATION_FAILED', 'Choose the primary caseworker.', { fields: [{ field: 'primaryWorkerId', problems: ['required'] }] });
    const now = this.clock.now();
    const today = localDateInTimeZone(now, this.config.timeZone);

    const created = await this.dataSource.transaction(async (manager) => {
      await this.checkWorkers(input.teamId, primary, input.otherWorkerIds ?? [], manager);
      const year = Number(today.slice(0, 4));
      const caseNumber = formatCaseNumber(year, await this.clients.nextCaseSequence(year, manager));
      const id = await this.clients.insert(
        {
          ...detailsToColumns(input),
          caseNumber,
          teamId: input.teamId,
          status: 'open',
          residence: residence.state,
          residenceStage: residence.state.stage,
          residenceExpiresOn: residence.state.expiresOn,
          deportation: deportation.state,
          custodyStatus: CUSTODY_STATUS_OF[custodyOf(deportation.state).category],
          createdBy: principal.userId,
          ...searchColumns(input),
        },
        manager,
      );
      await this.clients.replaceAssignments(id, primary, input.otherWorkerIds ?? [], manager);
      await this.timeline.add([{ clientId: id, kind: 'client.intake', actorUserId: principal.userId, data: { caseNumber } }], manager);
      await this.audit.record(
        {
          action: AuditAction.ClientCreated,
          clientId: id,
          target: { type: 'client', id },
          changedFields: providedFields(input),
          details: { duplicateWarningOverridden: candidates.length > 0 },
        },
        manager,
      );
      // Whoever takes a file in reaches it by the scope rule alone: a caseworker who names someone
      // else as its only worker does not, and is told it does not exist, as on any later read.
      const found = await this.clients.findInScope(id, principal, manager);
      const client = found?.client ?? ((await this.clients.findAnyById(id, manager)) as ClientEntity);
      await this.events.clientRecorded(client, { kind: 'intake', actorUserId: principal.userId, today }, manager);
      return { id, view: found && (await this.view(found, client, manager)) };
    });
    if (!created.view) throw this.denied.notFound(principal, created.id, 'read');
    return { client: created.view, duplicates: candidates };
  }

  /** Reads a file (audited). Outside the caller's scope it does not exist. */
  async get(principal: Principal, id: string): Promise<ClientView> {
    const found = await this.requireInScope(principal, id);
    await this.audit.record({ action: AuditAction.ClientRead, clientId: id, target: { type: 'client', id }, details: { access: found.access } });
    return toClientView(found.client, await this.assignments.viewsOf(id), found.access, found.accessExpiresAt);
  }

  async update(principal: Principal, id: string, input: ClientUpdateInput): Promise<ClientView> {
    return this.dataSource.transaction(async (manager) => {
      const found = await this.lockCurrent(principal, id, input.version, manager, 'client.update');
      const changed = changedFields(found.client, input);
      if (changed.length === 0) {
        // Nothing to write: the answer is the file as it stands, read like any other.
        await this.audit.record({ action: AuditAction.ClientRead, clientId: id, target: { type: 'client', id }, details: { access: found.access } }, manager);
        return this.view(found, found.client, manager);
      }
      const merged = { ...found.client, ...detailsToColumns(input) };
      const written = await this.clients.update(manager, id, { ...detailsToColumns(input), ...searchColumns(merged), version: found.client.version + 1 });
      await this.timeline.add([{ clientId: id, kind: 'client.updated', actorUserId: principal.userId, data: { fields: changed } }], manager);
      await this.audit.record({ action: AuditAction.ClientUpdated, clientId: id, target: { type: 'client', id }, changedFields: changed }, manager);
      if (changed.includes('landingDate')) {
        const today = localDateInTimeZone(this.clock.now(), this.config.timeZone);
        await this.events.clientRecorded(merged, { kind: 'landing-date-corrected', actorUserId: principal.userId, today }, manager);
      }
      return this.view(found, written, manager);
    });
  }

  /**
   * Moves a file to other workers (and, for a supervisor, to another team they supervise). A
   * caseworker may add or change colleagues of their own team; moving across teams is a
   * supervisor's decision.
   */
  async reassign(principal: Principal, id: string, input: AssignmentInput): Promise<ClientView> {
    return this.dataSource.transaction(async (manager) => {
      const found = await this.lockCurrent(principal, id, input.version, manager, 'client.reassign');
      const { client } = found;
      const teamId = input.teamId ?? client.teamId;
      const allowedTeams = principal.role === 'supervisor' ? principal.supervisedTeamIds : [];
      if (principal.role !== 'supervisor' || !allowedTeams.includes(client.teamId) || !allowedTeams.includes(teamId)) {
        throw new DomainError('FORBIDDEN', 'Only a supervisor of the team can reassign its files.');
      }
      await this.checkWorkers(teamId, input.primaryWorkerId, input.otherWorkerIds, manager);
      const before = await this.clients.assignmentsOf(id, manager);
      await this.clients.replaceAssignments(id, input.primaryWorkerId, input.otherWorkerIds, manager);
      const written = await this.clients.update(manager, id, { teamId, version: client.version + 1 });
      const previousPrimary = before.find((a) => a.role === 'primary')?.userId ?? null;
      await this.timeline.add(
        [{ clientId: id, kind: 'client.reassigned', actorUserId: principal.userId, data: { teamId, primaryWorkerId: input.primaryWorkerId, previousPrimaryWorkerId: previousPrimary } }],
        manager,
      );
      await this.audit.record(
        { action: AuditAction.ClientUpdated, clientId: id, target: { type: 'client', id }, changedFields: teamId === client.teamId ? ['assignments'] : ['assignments', 'teamId'] },
        manager,
      );
      await this.events.primaryWorkerChanged(id, input.primaryWorkerId, manager);
      return this.view(found, written, manager);
    });
  }

  async close(principal: Principal, id: string, reason: string, version: number): Promise<ClientView> {
    return this.dataSource.transaction(async (manager) => {
      const found = await this.lockCurrent(principal, id, version, manager, 'client.close');
      const written = await this.clients.update(manager, id, { status: 'closed', closedAt: this.clock.now(), closedReason: reason.trim(), version: found.client.version + 1 });
      await this.timeline.add([{ clientId: id, kind: 'client.closed', actorUserId: principal.userId, body: reason.trim() }], manager);
      await this.audit.record({ action: AuditAction.ClientClosed, clientId: id, target: { type: 'client', id }, changedFields: ['status', 'closedReason'] }, manager);
      await this.events.clientClosed(id, principal.userId, manager);
      return this.view(found, written, manager);
    });
  }

  async reopen(principal: Principal, id: string, version: number): Promise<ClientView> {
    return this.dataSource.transaction(async (manager) => {
      const found = await this.lockInScope(principal, id, manager, 'client.reopen');
      if (found.client.version !== version) throw stale(found.client.version);
      if (found.client.status !== 'closed') throw new DomainError('CLIENT_CLOSED', 'Only a closed file can be reopened.');
      const written = await this.clients.update(manager, id, { status: 'open', closedAt: null, closedReason: null, version: found.client.version + 1 });
      await this.timeline.add([{ clientId: id, kind: 'client.reopened', actorUserId: principal.userId }], manager);
      await this.audit.record({ action: AuditAction.ClientReopened, clientId: id, target: { type: 'client', id }, changedFields: ['status'] }, manager);
      return this.view(found, written, manager);
    });
  }

  async requireInScope(principal: Principal, id: string, manager?: EntityManager): Promise<ScopedClient> {
    const found = await this.clients.findInScope(id, principal, manager);
    if (!found) throw this.denied.notFound(principal, id, 'read');
    return found;
  }

  /** Whether the file is open, for someone without an account whose own credential stands for scope. */
  async isOpen(id: string): Promise<boolean> {
    return (await this.clients.statusById(id)) === 'open';
  }

  /**
   * Locks a file for a change made by someone without an account, whose own credential stands
   * for scope (a partner answering a referral through its reply link): the row lock every change
   * to a file takes first, so such a change and a caseworker's queue up instead of deadlocking.
   * Whether the file is still open, or null when there is no such file.
   */
  async lockForOutsideAnswer(id: string, manager: EntityManager): Promise<'open' | 'closed' | null> {
    const status = await this.clients.lockStatusById(id, manager);
    return status === null ? null : status === 'open' ? 'open' : 'closed';
  }

  /**
   * Locks an open file in scope at the version the caller read (changes to the file itself).
   * `action` names the change, for the emergency access rule.
   */
  async lockCurrent(principal: Principal, id: string, version: number, manager: EntityManager, action: ClientFileAction): Promise<ScopedClient> {
    const found = await this.lockOpen(principal, id, manager, action);
    if (found.client.version !== version) throw stale(found.client.version);
    return found;
  }

  /**
   * Locks an open file in scope, whatever its version (changes to what hangs off it:
   * applications, appointments, notes, which carry versions of their own).
   */
  async lockOpen(principal: Principal, id: string, manager: EntityManager, action: ClientFileAction): Promise<ScopedClient> {
    const found = await this.lockInScope(principal, id, manager, action);
    if (found.client.status !== 'open') throw new DomainError('CLIENT_CLOSED', 'This file is closed; reopen it first.');
    return found;
  }

  /**
   * Every change to a file passes here: the file in the caller's scope (else 404), locked, and
   * the change one that the caller's kind of access allows (emergency access allows few).
   *
   * A change that emergency access may refuse is decided on an unlocked read first, so refused
   * requests never queue on the file's row lock; the locked read decides again, since the access
   * it finds is the one the change is made under.
   */
  private async lockInScope(principal: Principal, id: string, manager: EntityManager, action: ClientFileAction): Promise<ScopedClient> {
    if (principal.breakGlassClientIds.includes(id) && !emergencyAccessAllows(principal.role, action)) {
      const unlocked = await this.clients.findInScope(id, principal, manager);
      if (unlocked) await this.refuseUnlessAccessAllows(principal, id, unlocked.access, action);
    }
    const found = await this.clients.findInScope(id, principal, manager, true);
    if (!found) throw this.denied.notFound(principal, id, 'change');
    await this.refuseUnlessAccessAllows(principal, id, found.access, action);
    return found;
  }

  /**
   * Throws 403 EMERGENCY_ACCESS_NOT_ALLOWED when emergency access does not allow the action or,
   * given the fields it would change, one of them. The refusal is audited beside the caller's
   * transaction, which rolls back with it (EmergencyRefusalsRecorder).
   */
  // Async for its callers' sake (client export awaits it); the audit line is not awaited.
  // eslint-disable-next-line @typescript-eslint/require-await
  async refuseUnlessAccessAllows(principal: Principal, id: string, access: ScopedClient['access'], action: ClientFileAction, changedFields?: readonly string[]): Promise<void> {
    const refusal = emergencyRefusal(principal, access, action, changedFields);
    if (!refusal) return;
    this.refusals.record(principal, id, refusal.fields.length === 0 ? { action } : { action, fields: refusal.fields });
    throw refusal.error;
  }

  /**
   * The answer to a change: the file as the change wrote it, with the access the caller's locked
   * read found (a change never alters the caller's own access to the file).
   */
  private async view(found: ScopedClient, written: ClientEntity, manager: EntityManager): Promise<ClientView> {
    return toClientView(written, await this.assignments.viewsOf(written.id, manager), found.access, found.accessExpiresAt);
  }

  private async checkWorkers(teamId: string, primary: string, others: readonly string[], manager: EntityManager): Promise<void> {
    if (!(await this.teams.exists(manager, teamId))) throw new DomainError('TEAM_NOT_FOUND', 'No such team.');
    const wanted = [...new Set([primary, ...others])];
    const eligible = await this.users.assignableAmong(manager, teamId, wanted);
    const refused = wanted.filter((id) => !eligible.has(id));
    if (refused.length > 0) {
      throw new DomainError('ASSIGNMENT_NOT_ALLOWED', 'Files can be assigned only to active caseworkers and supervisors of the file’s team.', { userIds: refused });
    }
  }
}

function stale(currentVersion: number): DomainError {
  return new DomainError('STALE_VERSION', 'Someone changed this file meanwhile. Reload it; your changes were not saved.', { currentVersion });
}

function prefix(field: string, problems: readonly TransitionProblem[]) {
  return problems.map((problem) => ({ field: `${field}.${problem.field}`, problems: [problem.message] }));
}

function detailsToColumns(details: ClientDetails): Partial<ClientEntity> {
  const columns: Record<string, unknown> = {};
  for (const field of DETAIL_FIELDS) {
    const value = details[field];
    if (value === undefined) continue;
    columns[field] = typeof value === 'string' ? value.trim() : Array.isArray(value) ? [...(value as unknown[])] : value;
  }
  if (typeof columns.residenceCardNumber === 'string') columns.residenceCardNumber = columns.residenceCardNumber.toUpperCase();
  return columns;
}

function searchColumns(names: Parameters<typeof nameForms>[0]): Pick<ClientEntity, 'searchGrams' | 'searchText' | 'sortName'> {
  const forms = nameForms(names);
  return { searchGrams: nameGrams(forms), searchText: searchText(forms), sortName: normaliseName(`${names.familyName} ${names.givenName ?? ''}`) };
}

function providedFields(input: ClientDetails): string[] {
  return DETAIL_FIELDS.filter((field) => input[field] !== undefined && input[field] !== null);
}

function changedFields(client: ClientEntity, input: ClientDetails): string[] {
  const next = detailsToColumns(input) as Record<string, unknown>;
  return DETAIL_FIELDS.filter((field) => field in next && JSON.stringify(next[field]) !== JSON.stringify((client as unknown as Record<string, unknown>)[field]));
}
