import { ApiProperty } from '@nestjs/swagger';
import type { AuditDetails, AuditOutcome } from './audit-event.entity.js';

export class AuditEventView {
  @ApiProperty()
  id!: string;

  @ApiProperty({ format: 'date-time' })
  occurredAt!: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  actorUserId!: string | null;

  @ApiProperty({ type: String, nullable: true })
  actorName!: string | null;

  @ApiProperty({ type: String, nullable: true })
  actorRole!: string | null;

  @ApiProperty({ example: 'client.read' })
  action!: string;

  @ApiProperty({ enum: ['success', 'failure', 'denied'] })
  outcome!: AuditOutcome;

  @ApiProperty({ type: String, nullable: true })
  targetType!: string | null;

  @ApiProperty({ type: String, nullable: true })
  targetId!: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  clientId!: string | null;

  @ApiProperty({ type: [String], nullable: true })
  recordIds!: string[] | null;

  @ApiProperty({ type: [String], nullable: true, description: 'Names of the fields changed, never their values' })
  changedFields!: string[] | null;

  @ApiProperty({ type: String, nullable: true })
  ip!: string | null;

  @ApiProperty({ type: String, nullable: true })
  correlationId!: string | null;

  @ApiProperty({ type: String, nullable: true })
  reason!: string | null;

  @ApiProperty({ type: Object, nullable: true })
  details!: AuditDetails | null;
}

export class AuditPage {
  @ApiProperty({ type: [AuditEventView] })
  items!: AuditEventView[];

  @ApiProperty({ type: String, nullable: true, description: 'Pass as cursor for the next (older) page' })
  nextCursor!: string | null;
}
