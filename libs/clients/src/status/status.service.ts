import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Principal } from '#accounts';
import { AuditAction, AuditService } from '#audit';
import {
  allowedDeportationTransitions,
  allowedResidenceTransitions,
  applyDeportationTransition,
  applyResidenceTransition,
  custodyOf,
  DomainError,
  isActiveProtectionStage,
  localDateInTimeZone,
  type DeportationTransitionRequest,
  type ResidenceTransitionRequest,
  type TransitionOption,
  type TransitionProblem,
} from '#domain';
import { AppConfig, Clock } from '#platform';
import { toHistoryView } from '../applications/application.views.js';
import { ProtectionApplicationRepository } from '../applications/protection-application.repository.js';
import { ClientAssignments } from '../client-assignments.js';
import { ClientEvents } from '../client-events.js';
import { CUSTODY_STATUS_OF, toClientView, type ClientView } from '../client.views.js';
import { ClientRepository } from '../client.repository.js';
import { ClientsService } from '../clients.service.js';
import type { ClientEntity } from '../entities/client.entity.js';
import { TimelineWriter } from '../timeline/timeline.writer.js';
import { StatusStepRepository } from './status-step.repository.js';
import { toStatusOption, type StatusHistoryView, type StatusOptionsView } from './status.views.js';

/** Residence status (track R) and deportation/custody (track D) steps of a client. */
@Injectable()
export class StatusService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clients: ClientsService,
    private readonly repository: ClientRepository,
    private readonly assignments: ClientAssignments,
    private readonly steps: StatusStepRepository,
    private readonly applications: ProtectionApplicationRepository,
    private readonly events: ClientEvents,
    private readonly timeline: TimelineWriter,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async options(principal: Principal, clientId: string): Promise<StatusOptionsView> {
    const { client } = await this.clients.requireInScope(principal, clientId);
    const context = await this.protectionContext(clientId);
    const options = {
      residence: allowedResidenceTransitions(client.residence.stage, context).map(toStatusOption),
      custody: allowedDeportationTransitions(client.deportation.stage, client.deportation).map(toStatusOption),
    };
    // The options follow from the file's current stages, so reading them reads the file.
    await this.audit.record({ action: AuditAction.ClientRead, clientId, target: { type: 'client', id: clientId }, details: { statusOptions: options.residence.length + options.custody.length } });
    return options;
  }

  /** The residence and custody steps recorded so far, with their dates and who recorded them (audited). */
  async history(principal: Principal, clientId: string): Promise<StatusHistoryView> {
    await this.clients.requireInScope(principal, clientId);
    const steps = await this.steps.historyOf(clientId);
    await this.audit.record({ action: AuditAction.ClientRead, clientId, target: { type: 'client', id: clientId }, details: { statusHistory: steps.length } });
    return {
      residence: steps.filter((s) => s.track === 'residence').map(toHistoryView),
      custody: steps.filter((s) => s.track === 'deportation').map(toHistoryView),
    };
  }

  async residenceStep(principal: Principal, clientId: string, request: Omit<ResidenceTransitionRequest, 'recordedBy'> & { version: number }): Promise<ClientView> {
    return this.step(principal, clientId, request.version, 'residence', async (client, today, manager) => {
      const result = applyResidenceTransition(client.residence, { ...request, recordedBy: principal.userId }, await this.protectionContext(clientId, manager), today);
      return result.status === 'ok'
        ? {
            entry: result.entry,
            patch: { residence: result.state, residenceStage: result.state.stage, residenceExpiresOn: result.state.expiresOn },
          }
        : result;
    });
  }

  async custodyStep(principal: Principal, clientId: string, request: Omit<DeportationTransitionRequest, 'recordedBy'> & { version: number }): Promise<ClientView> {
    return this.step(principal, clientId, request.version, 'deportation', (client, today) => {
      const result = applyDeportationTransition(client.deportation, { ...request, recordedBy: principal.userId }, today);
      return Promise.resolve(
        result.status === 'ok'
          ? { entry: result.entry, patch: { deportation: result.state, custodyStatus: CUSTODY_STATUS_OF[custodyOf(result.state).category] } }
          : result,
      );
    });
  }

  private async step(
    principal: Principal,
    clientId: string,
    version: number,
    track: 'residence' | 'deportation',
    apply: (
      client: ClientEntity,
      today: string,
      manager: EntityManager,
    ) => Promise<
      | { entry: { from: string; to: string; outcome: string | null; eventOn: string; dates: object; note: string | null }; patch: Partial<ClientEntity> }
      | { status: 'not-allowed'; from: string; allowed: readonly TransitionOption<string, string, string>[] }
      | { status: 'invalid'; problems: readonly TransitionProblem[] }
    >,
  ): Promise<ClientView> {
    await this.dataSource.transaction(async (manager) => {
      const { client } = await this.clients.lockCurrent(principal, clientId, version, manager, track === 'residence' ? 'residence.step' : 'custody.step');
      const now = this.clock.now();
      const today = localDateInTimeZone(now, this.config.timeZone);
      const result = await apply(client, today, manager);
      if ('status' in result) {
        if (result.status === 'not-allowed') {
          throw new DomainError('STAGE_TRANSITION_NOT_ALLOWED', `That step is not possible from ${result.from}.`, {
            from: result.from,
            allowed: result.allowed.map((o) => ({ ...toStatusOption(o) })),
          });
        }
        throw new DomainError('STAGE_TRANSITION_INVALID', 'The step cannot be recorded as given.', {
          fields: result.problems.map((p) => ({ field: p.field, problems: [p.message], code: p.code })),
        });
      }
      await this.repository.update(manager, clientId, { ...result.patch, version: client.version + 1 });
      await this.steps.record(manager, {
        clientId,
        track,
        fromStage: result.entry.from,
        toStage: result.entry.to,
        outcome: result.entry.outcome,
        eventOn: result.entry.eventOn,
        dates: { ...result.entry.dates },
        note: result.entry.note,
        stateBefore: null,
        correctsId: null,
        recordedBy: principal.userId,
        recordedAt: now,
      });
      await this.timeline.add(
        [{ clientId, kind: `${track}.stage`, actorUserId: principal.userId, data: { from: result.entry.from, to: result.entry.to, outcome: result.entry.outcome, eventOn: result.entry.eventOn }, body: result.entry.note }],
        manager,
      );
      await this.audit.record({ action: AuditAction.StageRecorded, clientId, target: { type: 'client', id: clientId }, changedFields: [track], details: { to: result.entry.to } }, manager);
      await this.events.clientRecorded({ ...client, ...result.patch }, { kind: `${track}-step`, actorUserId: principal.userId, today }, manager);
    });
    const { client, access, accessExpiresAt } = await this.clients.requireInScope(principal, clientId);
    return toClientView(client, await this.assignments.viewsOf(clientId), access, accessExpiresAt);
  }

  /** Whether the client has a protection application pending or granted: decides the R steps open. */
  private async protectionContext(clientId: string, manager?: EntityManager): Promise<{ protectionPending: boolean; protectionGranted: boolean }> {
    const applications = await this.applications.listOfClient(clientId, manager);
    return {
      protectionPending: applications.some((a) => isActiveProtectionStage(a.stage, a.kind)),
      protectionGranted: applications.some((a) => a.state.cpGranted || a.stage === 'P3_RECOGNISED_REFUGEE'),
    };
  }
}
