import { Injectable } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { DataSource, type EntityManager } from 'typeorm';
import type { Principal } from '#accounts';
import { AuditAction, AuditService } from '#audit';
import { DomainError, localDateInTimeZone } from '#domain';
import { Clock } from '#platform';
import { ClientEvents } from '../client-events.js';
import { ClientsService, TIME_ZONE } from '../clients.service.js';
import { APPOINTMENT_KINDS, APPOINTMENT_STATUSES, AppointmentEntity, type AppointmentKind, type AppointmentStatus } from '../entities/appointment.entity.js';
import { TimelineWriter } from '../timeline/timeline.writer.js';

export class AppointmentView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  clientId!: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  applicationId!: string | null;

  @ApiProperty({ enum: APPOINTMENT_KINDS })
  kind!: AppointmentKind;

  @ApiProperty({ format: 'date-time' })
  startsAt!: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  endsAt!: string | null;

  @ApiProperty({ type: String, nullable: true })
  place!: string | null;

  @ApiProperty({ type: String, nullable: true })
  interpreterLanguage!: string | null;

  @ApiProperty({ enum: APPOINTMENT_STATUSES })
  status!: AppointmentStatus;

  @ApiProperty({ type: String, nullable: true })
  outcome!: string | null;

  @ApiProperty({ type: String, nullable: true })
  notes!: string | null;

  @ApiProperty()
  version!: number;
}

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

const toView = (a: AppointmentEntity): AppointmentView => ({
  id: a.id,
  clientId: a.clientId,
  applicationId: a.applicationId,
  kind: a.kind,
  startsAt: a.startsAt.toISOString(),
  endsAt: a.endsAt?.toISOString() ?? null,
  place: a.place,
  interpreterLanguage: a.interpreterLanguage,
  status: a.status,
  outcome: a.outcome,
  notes: a.notes,
  version: a.version,
});

/** Interviews, hearings, reporting dates, lawyer meetings and court dates of a client. */
@Injectable()
export class AppointmentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clients: ClientsService,
    private readonly events: ClientEvents,
    private readonly timeline: TimelineWriter,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(principal: Principal, clientId: string): Promise<AppointmentView[]> {
    await this.clients.requireInScope(principal, clientId);
    const appointments = await this.dataSource.getRepository(AppointmentEntity).find({ where: { clientId }, order: { startsAt: 'DESC' } });
    await this.audit.record({ action: AuditAction.ClientRead, clientId, target: { type: 'appointment', id: null }, details: { appointments: appointments.length } });
    return appointments.map(toView);
  }

  async create(principal: Principal, clientId: string, input: AppointmentInput): Promise<AppointmentView> {
    return this.dataSource.transaction(async (manager) => {
      const { client } = await this.clients.lockOpen(principal, clientId, manager, 'appointment.create');
      await this.checkApplication(clientId, input.applicationId ?? null, manager);
      checkTimes(input.startsAt, input.endsAt ?? null);
      const result = await manager.getRepository(AppointmentEntity).insert({
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
      });
      const id = (result.identifiers[0] as { id: string }).id;
      const appointment = (await manager.getRepository(AppointmentEntity).findOneBy({ id })) as AppointmentEntity;
      await this.timeline.add(
        [{ clientId, kind: 'appointment.scheduled', actorUserId: principal.userId, data: { appointmentId: id, appointmentKind: input.kind, startsAt: input.startsAt.toISOString() } }],
        manager,
      );
      await this.audit.record({ action: AuditAction.AppointmentCreated, clientId, target: { type: 'appointment', id } }, manager);
      await this.events.appointmentChanged(appointment, client, this.context(principal), manager);
      return toView(appointment);
    });
  }

  /** Moves, records the outcome (held, missed) or cancels an appointment. */
  async update(principal: Principal, clientId: string, appointmentId: string, input: AppointmentUpdateInput): Promise<AppointmentView> {
    return this.dataSource.transaction(async (manager) => {
      const { client, access } = await this.clients.lockOpen(principal, clientId, manager, 'appointment.update');
      const current = await manager
        .getRepository(AppointmentEntity)
        .createQueryBuilder('a')
        .setLock('pessimistic_write')
        .where('a.id = :appointmentId AND a.client_id = :clientId', { appointmentId, clientId })
        .getOne();
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
      if (changed.length === 0) return toView(current);
      const { client: _client, ...columns } = next;
      await manager.getRepository(AppointmentEntity).update({ id: appointmentId }, columns);
      const kind = changed.includes('status') ? `appointment.${next.status}` : changed.includes('startsAt') ? 'appointment.moved' : 'appointment.updated';
      await this.timeline.add(
        [{ clientId, kind, actorUserId: principal.userId, data: { appointmentId, appointmentKind: next.kind, startsAt: next.startsAt.toISOString(), fields: changed } }],
        manager,
      );
      await this.audit.record({ action: AuditAction.AppointmentUpdated, clientId, target: { type: 'appointment', id: appointmentId }, changedFields: changed }, manager);
      await this.events.appointmentChanged(next, client, this.context(principal), manager);
      return toView(next);
    });
  }

  private context(principal: Principal) {
    return { kind: 'appointment', actorUserId: principal.userId, today: localDateInTimeZone(this.clock.now(), TIME_ZONE) };
  }

  private async checkApplication(clientId: string, applicationId: string | null, manager: EntityManager): Promise<void> {
    if (applicationId === null) return;
    const rows = await manager.query<unknown[]>('SELECT 1 FROM protection_application WHERE id = $1 AND client_id = $2', [applicationId, clientId]);
    if (rows.length === 0) throw new DomainError('RECORD_NOT_FOUND', 'No such application for this client.');
  }
}

function checkTimes(startsAt: Date, endsAt: Date | null): void {
  if (endsAt !== null && endsAt.getTime() <= startsAt.getTime()) {
    throw new DomainError('VALIDATION_FAILED', 'An appointment must end after it starts.', { fields: [{ field: 'endsAt', problems: ['must be after startsAt'] }] });
  }
}
