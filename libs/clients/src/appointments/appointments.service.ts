import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Principal } from '#accounts';
import { AuditAction, AuditService } from '#audit';
import { DomainError, localDateInTimeZone } from '#domain';
import { AppConfig, Clock } from '#platform';
import { ClientEvents } from '../client-events.js';
import { ClientsService } from '../clients.service.js';
import type { AppointmentEntity, AppointmentKind, AppointmentStatus } from '../entities/appointment.entity.js';
import { ApplicationFacts } from '../applications/application-facts.repository.js';
import { AppointmentRepository } from './appointment.repository.js';
import { toAppointmentView, type AppointmentView } from './appointment.views.js';
import { TimelineWriter } from '../timeline/timeline.writer.js';

export interface AppointmentInput {
  readonly applicationId?: string | null;
  readonly kind: AppointmentKind;
  readonly startsAt: Date;
  readonly endsAt?: Date | null;
  readonly place?: string | null;
  readonly interpreterLanguage?: string | null;
  readonly notes?: string | null;
}

export interface AppointmentUpdateInput extends Partial<AppointmentInput> {
  readonly version: number;
  readonly status?: AppointmentStatus;
  readonly outcome?: string | null;
}

/** Interviews, hearings, reporting dates, lawyer meetings and court dates of a client. */
@Injectable()
export class AppointmentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly appointments: AppointmentRepository,
    private readonly applications: ApplicationFacts,
    private readonly clients: ClientsService,
    private readonly events: ClientEvents,
    private readonly timeline: TimelineWriter,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async list(principal: Principal, clientId: string): Promise<AppointmentView[]> {
    await this.clients.requireInScope(principal, clientId);
    const appointments = await this.appointments.listOfClient(clientId);
    await this.audit.record({ action: AuditAction.ClientRead, clientId, target: { type: 'appointment', id: null }, details: { appointments: appointments.length } });
    return appointments.map(toAppointmentView);
  }

  /** In its own transaction, or in the caller's (a referral's intake appointment is made with the referral's link to it). */
  async create(principal: Principal, clientId: string, input: AppointmentInput, within?: EntityManager): Promise<AppointmentView> {
    return within ? this.createIn(principal, clientId, input, within) : this.dataSource.transaction((manager) => this.createIn(principal, clientId, input, manager));
  }

  private async createIn(principal: Principal, clientId: string, input: AppointmentInput, manager: EntityManager): Promise<AppointmentView> {
    const { client } = await this.clients.lockOpen(principal, clientId, manager, 'appointment.create');
    await this.checkApplication(clientId, input.applicationId ?? null, manager);
    checkTimes(input.startsAt, input.endsAt ?? null);
    const id = await this.appointments.insert(
      {
      clientId,
      applicationId: input.applicationId ?? null,
      kind: input.kind,
      startsAt: input.startsAt,
      endsAt: input.endsAt ?? null,
      place: input.place?.trim() || null,
      interpreterLanguage: input.interpreterLanguage ?? null,
      notes: input.notes?.trim() || null,
        status: 'scheduled',
        createdBy: principal.userId,
      },
      manager,
    );
    const appointment = (await this.appointments.findById(id, manager)) as AppointmentEntity;
    await this.timeline.add(
      [{ clientId, kind: 'appointment.scheduled', actorUserId: principal.userId, data: { appointmentId: id, appointmentKind: input.kind, startsAt: input.startsAt.toISOString() } }],
      manager,
    );
    await this.audit.record({ action: AuditAction.AppointmentCreated, clientId, target: { type: 'appointment', id } }, manager);
    await this.events.appointmentChanged(appointment, client, this.context(principal), manager);
    return toAppointmentView(appointment);
  }

  /** Moves, records the outcome (held, missed) or cancels an appointment. */
  async update(principal: Principal, clientId: string, appointmentId: string, input: AppointmentUpdateInput): Promise<AppointmentView> {
    return this.dataSource.transaction(async (manager) => {
      const { client, access } = await this.clients.lockOpen(principal, clientId, manager, 'appointment.update');
      const current = await this.appointments.lockOfClient(clientId, appointmentId, manager);
      if (!current) throw new DomainError('RECORD_NOT_FOUND', 'No such appointment.');
      if (current.version !== input.version) {
        throw new DomainError('STALE_VERSION', 'Someone changed this appointment meanwhile. Reload it.', { currentVersion: current.version });
      }
      if (input.applicationId !== undefined) await this.checkApplication(clientId, input.applicationId, manager);
      const next: AppointmentEntity = {
        ...current,
        ...(input.applicationId !== undefined ? { applicationId: input.applicationId } : {}),
        ...(input.kind !== undefined ? { kind: input.kind } : {}),
        ...(input.startsAt !== undefined ? { startsAt: input.startsAt } : {}),
        ...(input.endsAt !== undefined ? { endsAt: input.endsAt } : {}),
        ...(input.place !== undefined ? { place: input.place?.trim() || null } : {}),
        ...(input.interpreterLanguage !== undefined ? { interpreterLanguage: input.interpreterLanguage } : {}),
        ...(input.notes !== undefined ? { notes: input.notes?.trim() || null } : {}),
        ...(input.status !== undefined ? { status: input.status } : {}),
        ...(input.outcome !== undefined ? { outcome: input.outcome?.trim() || null } : {}),
        version: current.version + 1,
      };
      checkTimes(next.startsAt, next.endsAt);
      const changed = (['applicationId', 'kind', 'startsAt', 'endsAt', 'place', 'interpreterLanguage', 'notes', 'status', 'outcome'] as const).filter(
        (field) => JSON.stringify(next[field]) !== JSON.stringify(current[field]),
      );
      // Under emergency access only what happens now (held, missed, cancelled, how it went, moved).
      await this.clients.refuseUnlessAccessAllows(principal, clientId, access, 'appointment.update', changed);
      if (changed.length === 0) return toAppointmentView(current);
      const { client: _client, ...columns } = next;
      await this.appointments.update(appointmentId, columns, manager);
      const kind = changed.includes('status') ? `appointment.${next.status}` : changed.includes('startsAt') ? 'appointment.moved' : 'appointment.updated';
      await this.timeline.add(
        [{ clientId, kind, actorUserId: principal.userId, data: { appointmentId, appointmentKind: next.kind, startsAt: next.startsAt.toISOString(), fields: changed } }],
        manager,
      );
      await this.audit.record({ action: AuditAction.AppointmentUpdated, clientId, target: { type: 'appointment', id: appointmentId }, changedFields: changed }, manager);
      await this.events.appointmentChanged(next, client, this.context(principal), manager);
      return toAppointmentView(next);
    });
  }

  private context(principal: Principal) {
    return { kind: 'appointment', actorUserId: principal.userId, today: localDateInTimeZone(this.clock.now(), this.config.timeZone) };
  }

  private async checkApplication(clientId: string, applicationId: string | null, manager: EntityManager): Promise<void> {
    if (applicationId === null) return;
    if (!(await this.applications.belongsToClient(clientId, applicationId, manager))) throw new DomainError('RECORD_NOT_FOUND', 'No such application for this client.');
  }
}

function checkTimes(startsAt: Date, endsAt: Date | null): void {
  if (endsAt !== null && endsAt.getTime() <= startsAt.getTime()) {
    throw new DomainError('VALIDATION_FAILED', 'An appointment must end after it starts.', { fields: [{ field: 'endsAt', problems: ['must be after startsAt'] }] });
  }
}
