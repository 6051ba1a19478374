import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Principal } from '#accounts';
import { AuditAction, AuditService } from '#audit';
import {
  allowedProtectionTransitions,
  applyProtectionTransition,
  canOpenNextApplication,
  DomainError,
  localDateInTimeZone,
  newProtectionApplication,
  type ProtectionKind,
  type ProtectionTransitionRequest,
} from '#domain';
import { AppConfig, Clock } from '#platform';
import { ClientEvents } from '../client-events.js';
import { ClientsService } from '../clients.service.js';
import { ProtectionApplicationEntity } from '../entities/protection-application.entity.js';
import { TimelineWriter } from '../timeline/timeline.writer.js';
import { ProtectionApplicationRepository, StageHistoryRepository } from './protection-application.repository.js';
import { toApplicationView, toOptionView, type ApplicationView } from './application.views.js';

export interface NewApplicationInput {
  readonly kind: ProtectionKind;
  readonly regionalBureau?: string | null;
}

export interface ApplicationUpdateInput {
  readonly version: number;
  readonly regionalBureau?: string | null;
  readonly reasonableGroundsSubmittedOn?: string | null;
}

/**
 * Protection applications (track P): opening the 1st, 2nd, 3rd … application and recording each
 * step of the procedure through the pure stage machine. A step the machine refuses answers 409
 * with the steps that are allowed.
 */
@Injectable()
export class ApplicationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly applications: ProtectionApplicationRepository,
    private readonly stageHistory: StageHistoryRepository,
    private readonly clients: ClientsService,
    private readonly events: ClientEvents,
    private readonly timeline: TimelineWriter,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async list(principal: Principal, clientId: string): Promise<ApplicationView[]> {
    await this.clients.requireInScope(principal, clientId);
    const applications = await this.applications.listOfClient(clientId);
    const history = await this.stageHistory.ofApplications(applications.map((a) => a.id));
    await this.audit.record({ action: AuditAction.ClientRead, clientId, target: { type: 'protection-application', id: null }, details: { applications: applications.length } });
    return applications.map((a) => toApplicationView(a, allowedProtectionTransitions(a.stage, a.state), history.get(a.id) ?? []));
  }

  async get(principal: Principal, clientId: string, applicationId: string): Promise<ApplicationView> {
    await this.clients.requireInScope(principal, clientId);
    const application = await this.applications.findOfClient(clientId, applicationId);
    if (!application) throw new DomainError('RECORD_NOT_FOUND', 'No such application.');
    await this.audit.record({ action: AuditAction.ClientRead, clientId, target: { type: 'protection-application', id: applicationId } });
    return toApplicationView(application, allowedProtectionTransitions(application.stage, application.state), (await this.stageHistory.ofApplications([applicationId])).get(applicationId) ?? []);
  }

  async open(principal: Principal, clientId: string, input: NewApplicationInput): Promise<ApplicationView> {
    return this.dataSource.transaction(async (manager) => {
      await this.clients.lockOpen(principal, clientId, manager, 'application.open');
      const earlier = await this.applications.listOfClient(clientId, manager);
      const answer = canOpenNextApplication(earlier.map((a) => a.state));
      if (!answer.allowed) {
        throw new DomainError('NEW_APPLICATION_NOT_ALLOWED', 'A new application can be recorded only once the earlier ones have left the immigration authority.', {
          reason: answer.reason,
        });
      }
      const state = newProtectionApplication({ applicationNo: answer.applicationNo, kind: input.kind });
      const applicationId = await this.applications.insert(
        {
          clientId,
          applicationNo: state.applicationNo,
          kind: input.kind,
          stage: state.stage,
          state,
          regionalBureau: input.regionalBureau?.trim() || null,
          reasonableGroundsSubmitted: false,
          reasonableGroundsSubmittedOn: null,
        },
        manager,
      );
      await this.timeline.add(
        [{ clientId, kind: 'application.opened', actorUserId: principal.userId, data: { applicationId, applicationNo: state.applicationNo, kind: input.kind } }],
        manager,
      );
      await this.audit.record(
        { action: AuditAction.ApplicationCreated, clientId, target: { type: 'protection-application', id: applicationId }, details: { applicationNo: state.applicationNo } },
        manager,
      );
      const opened = (await this.applications.findOfClient(clientId, applicationId, manager)) as ProtectionApplicationEntity;
      return toApplicationView(opened, allowedProtectionTransitions(opened.stage, opened.state), []);
    });
  }

  /** Records a step of the procedure with the date it happened, who recorded it and a note. */
  async transition(
    principal: Principal,
    clientId: string,
    applicationId: string,
    request: Omit<ProtectionTransitionRequest, 'recordedBy'> & { readonly version: number },
  ): Promise<ApplicationView> {
    return this.dataSource.transaction(async (manager) => {
      const { client } = await this.clients.lockOpen(principal, clientId, manager, 'application.step');
      const application = await this.lockApplication(clientId, applicationId, request.version, manager);
      const now = this.clock.now();
      const today = localDateInTimeZone(now, this.config.timeZone);
      const result = applyProtectionTransition(application.state, { ...request, recordedBy: principal.userId }, today);
      if (result.status === 'not-allowed') {
        throw new DomainError('STAGE_TRANSITION_NOT_ALLOWED', `This application is at ${application.stage}; that step is not possible from here.`, {
          from: result.from,
          allowed: result.allowed.map((option) => ({ ...toOptionView(option) })),
        });
      }
      if (result.status === 'invalid') {
        throw new DomainError('STAGE_TRANSITION_INVALID', 'The step cannot be recorded as given.', {
          fields: result.problems.map((p) => ({ field: p.field, problems: [p.message], code: p.code })),
        });
      }
      const written = await this.applications.update(applicationId, { state: result.state, stage: result.state.stage, version: application.version + 1 }, manager);
      await this.stageHistory.record(
        {
          clientId,
          applicationId,
          track: 'protection',
          fromStage: result.entry.from,
          toStage: result.entry.to,
          outcome: result.entry.outcome,
          eventOn: result.entry.eventOn,
          dates: { ...result.entry.dates },
          note: result.entry.note,
          stateBefore: application.state,
          correctsId: null,
          recordedBy: principal.userId,
          recordedAt: now,
        },
        manager,
      );
      await this.timeline.add(
        [
          {
            clientId,
            kind: 'application.stage',
            actorUserId: principal.userId,
            data: { applicationId, applicationNo: application.applicationNo, from: result.entry.from, to: result.entry.to, outcome: result.entry.outcome, eventOn: result.entry.eventOn },
            body: result.entry.note,
          },
        ],
        manager,
      );
      await this.audit.record(
        { action: AuditAction.StageRecorded, clientId, target: { type: 'protection-application', id: applicationId }, changedFields: ['stage'], details: { to: result.entry.to } },
        manager,
      );
      const updated = { ...application, state: result.state, stage: result.state.stage };
      await this.events.applicationChanged(updated, client, { kind: 'stage', actorUserId: principal.userId, today }, manager);
      return this.view(written, manager);
    });
  }

  /**
   * Corrects the dates of the last step (a notice date typed wrong): the step is applied again,
   * with the corrected dates, to the state it started from; its deadlines are recomputed and the
   * old ones kept as superseded. Both entries stay in the history.
   */
  async correctLastStep(
    principal: Principal,
    clientId: string,
    applicationId: string,
    input: { readonly version: number; readonly dates: Readonly<Record<string, string>>; readonly note?: string | null },
  ): Promise<ApplicationView> {
    return this.dataSource.transaction(async (manager) => {
      const { client } = await this.clients.lockOpen(principal, clientId, manager, 'application.step-correction');
      const application = await this.lockApplication(clientId, applicationId, input.version, manager);
      const last = await this.stageHistory.lastOf(applicationId, manager);
      if (!last?.stateBefore) throw new DomainError('STAGE_TRANSITION_INVALID', 'There is no recorded step to correct.');
      const now = this.clock.now();
      const today = localDateInTimeZone(now, this.config.timeZone);
      const result = applyProtectionTransition(
        last.stateBefore as typeof application.state,
        { to: last.toStage as typeof application.stage, outcome: last.outcome as ProtectionTransitionRequest['outcome'], dates: input.dates, note: input.note ?? last.note, recordedBy: principal.userId },
        today,
      );
      if (result.status !== 'ok') {
        throw new DomainError('STAGE_TRANSITION_INVALID', 'The corrected dates do not fit this step.', {
          fields: result.status === 'invalid' ? result.problems.map((p) => ({ field: p.field, problems: [p.message], code: p.code })) : [],
        });
      }
      const written = await this.applications.update(applicationId, { state: result.state, stage: result.state.stage, version: application.version + 1 }, manager);
      await this.stageHistory.record(
        {
          clientId,
          applicationId,
          track: 'protection',
          fromStage: result.entry.from,
          toStage: result.entry.to,
          outcome: result.entry.outcome,
          eventOn: result.entry.eventOn,
          dates: { ...result.entry.dates },
          note: result.entry.note,
          stateBefore: last.stateBefore,
          correctsId: last.id,
          recordedBy: principal.userId,
          recordedAt: now,
        },
        manager,
      );
      await this.timeline.add(
        [{ clientId, kind: 'application.corrected', actorUserId: principal.userId, data: { applicationId, stage: result.entry.to, eventOn: result.entry.eventOn, correctedEventOn: last.eventOn }, body: result.entry.note }],
        manager,
      );
      await this.audit.record(
        { action: AuditAction.StageRecorded, clientId, target: { type: 'protection-application', id: applicationId }, changedFields: Object.keys(input.dates), details: { correction: true } },
        manager,
      );
      await this.events.applicationChanged({ ...application, state: result.state, stage: result.state.stage }, client, { kind: 'correction', actorUserId: principal.userId, today }, manager);
      return this.view(written, manager);
    });
  }

  async update(principal: Principal, clientId: string, applicationId: string, input: ApplicationUpdateInput): Promise<ApplicationView> {
    return this.dataSource.transaction(async (manager) => {
      await this.clients.lockOpen(principal, clientId, manager, 'application.update');
      const application = await this.lockApplication(clientId, applicationId, input.version, manager);
      const changed: string[] = [];
      const patch: Partial<ProtectionApplicationEntity> = { version: application.version + 1 };
      if (input.regionalBureau !== undefined && (input.regionalBureau?.trim() || null) !== application.regionalBureau) {
        patch.regionalBureau = input.regionalBureau?.trim() || null;
        changed.push('regionalBureau');
      }
      if (input.reasonableGroundsSubmittedOn !== undefined && input.reasonableGroundsSubmittedOn !== application.reasonableGroundsSubmittedOn) {
        patch.reasonableGroundsSubmittedOn = input.reasonableGroundsSubmittedOn;
        patch.reasonableGroundsSubmitted = input.reasonableGroundsSubmittedOn !== null;
        changed.push('reasonableGroundsSubmitted');
      }
      if (changed.length === 0) {
        // Nothing to write: the answer is the application as it stands, read like any other.
        await this.audit.record({ action: AuditAction.ClientRead, clientId, target: { type: 'protection-application', id: applicationId } }, manager);
        return this.view(application, manager);
      }
      const written = await this.applications.update(applicationId, patch, manager);
      await this.timeline.add([{ clientId, kind: 'application.updated', actorUserId: principal.userId, data: { applicationId, fields: changed } }], manager);
      await this.audit.record({ action: AuditAction.ApplicationUpdated, clientId, target: { type: 'protection-application', id: applicationId }, changedFields: changed }, manager);
      return this.view(written, manager);
    });
  }

  /** The answer to a change: the application as the change wrote it, with its history so far. */
  private async view(application: ProtectionApplicationEntity, manager: EntityManager): Promise<ApplicationView> {
    const history = await this.stageHistory.ofApplications([application.id], manager);
    return toApplicationView(application, allowedProtectionTransitions(application.stage, application.state), history.get(application.id) ?? []);
  }

  private async lockApplication(clientId: string, applicationId: string, version: number, manager: EntityManager): Promise<ProtectionApplicationEntity> {
    const application = await this.applications.lockOfClient(clientId, applicationId, manager);
    if (!application) throw new DomainError('RECORD_NOT_FOUND', 'No such application.');
    if (application.version !== version) {
      throw new DomainError('STALE_VERSION', 'Someone recorded a step on this application meanwhile. Reload it.', { currentVersion: application.version });
    }
    return application;
  }
}
