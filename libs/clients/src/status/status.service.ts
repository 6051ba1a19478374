import { Injectable } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
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
import { Clock } from '#platform';
import { StageHistoryView, toHistoryView } from '../applications/application.views.js';
import { ClientEvents } from '../client-events.js';
import { CUSTODY_STATUS_OF, toClientView, type ClientView } from '../client.views.js';
import { ClientRepository } from '../client.repository.js';
import { ClientsService, TIME_ZONE } from '../clients.service.js';
import { ClientEntity } from '../entities/client.entity.js';
import { ProtectionApplicationEntity } from '../entities/protection-application.entity.js';
import { StageTransitionEntity } from '../entities/stage-transition.entity.js';
import { TimelineWriter } from '../timeline/timeline.writer.js';

export class StatusOptionView {
  @ApiProperty()
  to!: string;

  @ApiProperty({ type: String, nullable: true })
  outcome!: string | null;

  @ApiProperty()
  labelJa!: string;

  @ApiProperty()
  labelEn!: string;

  @ApiProperty({ type: [String] })
  requiredDates!: string[];
}

export class StatusOptionsView {
  @ApiProperty({ type: [StatusOptionView] })
  residence!: StatusOptionView[];

  @ApiProperty({ type: [StatusOptionView] })
  custody!: StatusOptionView[];
}

/** Every residence-status and custody step recorded for a client, oldest first. */
export class StatusHistoryView {
  @ApiProperty({ type: [StageHistoryView] })
  residence!: StageHistoryView[];

  @ApiProperty({ type: [StageHistoryView] })
  custody!: StageHistoryView[];
}

const toOption = (option: TransitionOption<string, string, string>): StatusOptionView => ({
  to: option.to,
  outcome: option.outcome,
  labelJa: option.label.ja,
  labelEn: option.label.en,
  requiredDates: [...option.requiredDates],
});

/** Residence status (track R) and deportation/custody (track D) steps of a client. */
@Injectable()
export class StatusService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clients: ClientsService,
    private readonly repository: ClientRepository,
    private readonly events: ClientEvents,
    private readonly timeline: TimelineWriter,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async options(principal: Principal, clientId: string): Promise<StatusOptionsView> {
    const { client } = await this.clients.requireInScope(principal, clientId);
    const context = await this.protectionContext(clientId);
    const options = {
      residence: allowedResidenceTransitions(client.residence.stage, context).map(toOption),
      custody: allowedDeportationTransitions(client.deportation.stage, client.deportation).map(toOption),
    };
    // The options follow from the file's current stages, so reading them reads the file.
    await this.audit.record({ action: AuditAction.ClientRead, clientId, target: { type: 'client', id: clientId }, details: { statusOptions: options.residence.length + options.custody.length } });
    return options;
  }

  /** The residence and custody steps recorded so far, with their dates and who recorded them (audited). */
  async history(principal: Principal, clientId: string): Promise<StatusHistoryView> {
    await this.clients.requireInScope(principal, clientId);
    const steps = await this.dataSource
      .getRepository(StageTransitionEntity)
      .createQueryBuilder('t')
      .where('t.client_id = :clientId', { clientId })
      .andWhere(`t.track IN ('residence', 'deportation')`)
      .orderBy('t.event_on', 'ASC')
      .addOrderBy('t.recorded_at', 'ASC')
      .getMany();
    await this.audit.record({ action: AuditAction.ClientRead, clientId, target: { type: 'client', id: clientId }, details: { statusHistory: steps.length } });
    return {
      residence: steps.filter((s) => s.track === 'residence').map(toHistoryView),
      custody: steps.filter((s) => s.track === 'deportation').map(toHistoryView),
    };
  }

  async residenceStep(principal: Principal, clientId: string, request: Omit<ResidenceTransitionRequest, 'recordedBy'> & { version: number }): Promise<ClientView> {
    return this.step(principal, clientId, request.version, 'residence', async (client, today) => {
      const result = applyResidenceTransition(client.residence, { ...request, recordedBy: principal.userId }, await this.protectionContext(clientId), today);
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
    ) => Promise<
      | { entry: { from: string; to: string; outcome: string | null; eventOn: string; dates: object; note: string | null }; patch: Partial<ClientEntity> }
      | { status: 'not-allowed'; from: string; allowed: readonly TransitionOption<string, string, string>[] }
      | { status: 'invalid'; problems: readonly TransitionProblem[] }
    >,
  ): Promise<ClientView> {
    await this.dataSource.transaction(async (manager) => {
      const { client } = await this.clients.lockCurrent(principal, clientId, version, manager, track === 'residence' ? 'residence.step' : 'custody.step');
      const now = this.clock.now();
      const today = localDateInTimeZone(now, TIME_ZONE);
      const result = await apply(client, today);
      if ('status' in result) {
        if (result.status === 'not-allowed') {
          throw new DomainError('STAGE_TRANSITION_NOT_ALLOWED', `That step is not possible from ${result.from}.`, {
            from: result.from,
            allowed: result.allowed.map((o) => ({ ...toOption(o) })),
          });
        }
        throw new DomainError('STAGE_TRANSITION_INVALID', 'The step cannot be recorded as given.', {
          fields: result.problems.map((p) => ({ field: p.field, problems: [p.message], code: p.code })),
        });
      }
      await manager.getRepository(ClientEntity).update({ id: clientId }, { ...result.patch, version: client.version + 1 });
      await manager.getRepository(StageTransitionEntity).insert({
        clientId,
        applicationId: null,
        track,
        fromStage: result.entry.from,
        toStage: result.entry.to,
        outcome: result.entry.outcome,
        eventOn: result.entry.eventOn,
        dates: { ...result.entry.dates } as Record<string, string>,
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
    return toClientView(client, await this.repository.assignmentsOf(clientId), access, accessExpiresAt);
  }

  /** Whether the client has a protection application pending or granted: decides the R steps open. */
  private async protectionContext(clientId: string): Promise<{ protectionPending: boolean; protectionGranted: boolean }> {
    const applications = await this.dataSource.getRepository(ProtectionApplicationEntity).findBy({ clientId });
    return {
      protectionPending: applications.some((a) => isActiveProtectionStage(a.stage, a.kind)),
      protectionGranted: applications.some((a) => a.state.cpGranted || a.stage === 'P3_RECOGNISED_REFUGEE'),
    };
  }
}
