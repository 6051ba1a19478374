import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Principal } from '#accounts';
import { AuditAction, AuditService } from '#audit';
import { ApplicationFacts, ClientEvents, ClientsService, TimelineWriter } from '#clients';
import { DeadlineRepository } from '#deadlines';
import { DomainError, localDateInTimeZone, type DesiredDeadline, type ResolvedDeadline } from '#domain';
import { AppConfig, Clock } from '#platform';
import type { MaterialsRequestEntity, MaterialsRequestStatus } from '../entities/materials-request.entity.js';
import { materialsRequestSource, MaterialsRequestRepository, type MaterialsRequestChanges } from './materials-request.repository.js';
import { toMaterialsRequestView, type MaterialsRequestView } from './materials-request.views.js';

export interface NewMaterialsRequestInput {
  /** The application under examination; the file's latest application when not given. */
  readonly applicationId?: string | null;
  readonly receivedOn: string;
  readonly dueDate: string;
  readonly description: string;
}

export interface MaterialsRequestUpdateInput {
  readonly version: number;
  readonly status?: MaterialsRequestStatus;
  /** For answered or withdrawn: the day it happened (today when not given). */
  readonly resolvedOn?: string | null;
  readonly dueDate?: string;
  readonly description?: string;
}

interface FieldProblem {
  field: string;
  problems: string[];
}

/**
 * ISA's requests for further materials during the examination. Each one's due date is a
 * `materials-request` deadline with reminders: met when the request is answered, superseded when
 * ISA withdraws it, recomputed when ISA grants more time.
 */
@Injectable()
export class MaterialsRequestsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly requests: MaterialsRequestRepository,
    private readonly clients: ClientsService,
    private readonly applications: ApplicationFacts,
    private readonly events: ClientEvents,
    private readonly deadlines: DeadlineRepository,
    private readonly timeline: TimelineWriter,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  async list(principal: Principal, clientId: string): Promise<MaterialsRequestView[]> {
    await this.clients.requireInScope(principal, clientId);
    const requests = await this.requests.listOfClient(clientId);
    const deadlines = await this.deadlineIds(clientId, requests.map((r) => r.id));
    await this.audit.record({ action: AuditAction.ClientRead, clientId, target: { type: 'materials-request', id: null }, details: { materialsRequests: requests.length } });
    return requests.map((request) => toMaterialsRequestView(request, deadlines.get(request.id) ?? null));
  }

  async create(principal: Principal, clientId: string, input: NewMaterialsRequestInput): Promise<MaterialsRequestView> {
    const today = this.today();
    const problems: FieldProblem[] = [];
    if (input.receivedOn > today) problems.push({ field: 'receivedOn', problems: ['must not be in the future'] });
    if (input.dueDate < input.receivedOn) problems.push({ field: 'dueDate', problems: ['must not be before receivedOn'] });
    refuse(problems);
    const id = await this.dataSource.transaction(async (manager) => {
      await this.clients.lockOpen(principal, clientId, manager, 'materials-request.create');
      const applicationId = await this.applicationFor(clientId, input.applicationId ?? null, manager);
      const requestId = await this.requests.insert(
        { clientId, applicationId, receivedOn: input.receivedOn, dueDate: input.dueDate, description: input.description.trim(), status: 'open', resolvedOn: null, createdBy: principal.userId },
        manager,
      );
      await this.timeline.add(
        [{ clientId, kind: 'materials-request.received', actorUserId: principal.userId, data: { materialsRequestId: requestId, receivedOn: input.receivedOn, dueDate: input.dueDate } }],
        manager,
      );
      await this.audit.record({ action: AuditAction.MaterialsRequestCreated, clientId, target: { type: 'materials-request', id: requestId }, details: { dueDate: input.dueDate } }, manager);
      const request = (await this.requests.findOfClient(clientId, requestId, manager)) as MaterialsRequestEntity;
      await this.followDeadline(request, principal.userId, manager);
      return requestId;
    });
    return this.view(clientId, id);
  }

  /** Answered, withdrawn, reopened (a mistake corrected), more time granted, or the description put right. */
  async update(principal: Principal, clientId: string, requestId: string, input: MaterialsRequestUpdateInput): Promise<MaterialsRequestView> {
    const today = this.today();
    await this.dataSource.transaction(async (manager) => {
      await this.clients.lockOpen(principal, clientId, manager, 'materials-request.update');
      const current = await this.requests.findOfClient(clientId, requestId, manager, true);
      if (!current) throw new DomainError('RECORD_NOT_FOUND', 'No such request for materials.');
      if (current.version !== input.version) {
        throw new DomainError('STALE_VERSION', 'Someone changed this request meanwhile. Reload it.', { currentVersion: current.version });
      }
      const changes = nextState(current, input, today);
      const changed = (Object.keys(changes) as (keyof MaterialsRequestChanges)[]).filter((field) => changes[field] !== current[field]);
      if (changed.length === 0) return;
      await this.requests.update(requestId, changes, current.version, manager);
      const next = { ...current, ...changes };
      await this.timeline.add(
        [{ clientId, kind: 'materials-request.updated', actorUserId: principal.userId, data: { materialsRequestId: requestId, status: next.status, dueDate: next.dueDate, fields: [...changed] } }],
        manager,
      );
      await this.audit.record({ action: AuditAction.MaterialsRequestUpdated, clientId, target: { type: 'materials-request', id: requestId }, changedFields: [...changed] }, manager);
      if (changed.includes('status') || changed.includes('dueDate') || changed.includes('resolvedOn')) await this.followDeadline(next, principal.userId, manager);
    });
    return this.view(clientId, requestId);
  }

  /** The deadline follows the request: due while open, met on the day it was answered, superseded when withdrawn. */
  private async followDeadline(request: MaterialsRequestEntity, actorUserId: string, manager: EntityManager): Promise<void> {
    const desired: DesiredDeadline[] = request.status === 'open' ? [{ kind: 'materials-request', inputs: { requestDueDate: request.dueDate } }] : [];
    const resolved: ResolvedDeadline[] = request.status === 'answered' && request.resolvedOn ? [{ kind: 'materials-request', status: 'met', on: request.resolvedOn }] : [];
    await this.events.deadlinesCalledFor(
      { clientId: request.clientId, applicationId: request.applicationId, source: materialsRequestSource(request.id) },
      { desired, resolved },
      actorUserId,
      manager,
    );
  }

  /**
   * ISA asks for materials during an application's examination; when the caseworker does not say
   * which, it is the file's latest application (null before any application is opened).
   */
  private async applicationFor(clientId: string, applicationId: string | null, manager: EntityManager): Promise<string | null> {
    if (applicationId !== null) {
      if (!(await this.applications.belongsToClient(clientId, applicationId, manager))) throw new DomainError('RECORD_NOT_FOUND', 'No such application for this client.');
      return applicationId;
    }
    const applications = await this.applications.ofClient(clientId, manager);
    return applications.reduce<{ id: string; number: number } | null>((latest, a) => (latest === null || a.number > latest.number ? a : latest), null)?.id ?? null;
  }

  private async view(clientId: string, requestId: string): Promise<MaterialsRequestView> {
    const request = (await this.requests.findOfClient(clientId, requestId)) as MaterialsRequestEntity;
    const deadlines = await this.deadlineIds(clientId, [requestId]);
    return toMaterialsRequestView(request, deadlines.get(requestId) ?? null);
  }

  /** The deadline each request made (the open one, else the latest), by request id. */
  private async deadlineIds(clientId: string, requestIds: readonly string[]): Promise<Map<string, string>> {
    const bySource = await this.deadlines.latestIdsBySource(clientId, requestIds.map(materialsRequestSource));
    return new Map(requestIds.flatMap((id) => {
      const deadlineId = bySource.get(materialsRequestSource(id));
      return deadlineId ? [[id, deadlineId] as const] : [];
    }));
  }

  private today(): string {
    return localDateInTimeZone(this.clock.now(), this.config.timeZone);
  }
}

/** The request after the change, checked: dates in order, a resolution date only once resolved. */
function nextState(current: MaterialsRequestEntity, input: MaterialsRequestUpdateInput, today: string): MaterialsRequestChanges {
  const status = input.status ?? current.status;
  const problems: FieldProblem[] = [];
  let resolvedOn: string | null;
  if (status === 'open') {
    if (input.resolvedOn !== undefined && input.resolvedOn !== null) problems.push({ field: 'resolvedOn', problems: ['not taken while the request is open'] });
    resolvedOn = null;
  } else {
    resolvedOn = input.resolvedOn ?? (status === current.status ? current.resolvedOn : null) ?? today;
    if (resolvedOn > today) problems.push({ field: 'resolvedOn', problems: ['must not be in the future'] });
    else if (resolvedOn < current.receivedOn) problems.push({ field: 'resolvedOn', problems: ['must not be before receivedOn'] });
  }
  const dueDate = input.dueDate ?? current.dueDate;
  if (dueDate < current.receivedOn) problems.push({ field: 'dueDate', problems: ['must not be before receivedOn'] });
  const description = input.description?.trim() ?? current.description;
  if (description === '') problems.push({ field: 'description', problems: ['must not be blank'] });
  refuse(problems);
  return { status, resolvedOn, dueDate, description };
}

function refuse(problems: readonly FieldProblem[]): void {
  if (problems.length > 0) throw new DomainError('VALIDATION_FAILED', 'The request for materials is not valid.', { fields: [...problems] });
}
