import { ApiProperty } from '@nestjs/swagger';
import { APPOINTMENT_KINDS, APPOINTMENT_STATUSES, type AppointmentEntity, type AppointmentKind, type AppointmentStatus } from '../entities/appointment.entity.js';

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

export const toAppointmentView = (a: AppointmentEntity): AppointmentView => ({
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
