import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DEADLINE_STATUSES, type DeadlineEntity, type DeadlineStatus } from './deadline.entity.js';

export class BilingualView {
  @ApiProperty()
  ja!: string;

  @ApiProperty()
  en!: string;
}

export class DeadlineView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  clientId!: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  applicationId!: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  appointmentId!: string | null;

  @ApiProperty({ example: 'review-request' })
  kind!: string;

  @ApiProperty()
  ruleVersion!: number;

  @ApiProperty({ type: Object, description: 'The dates it was computed from, by input name' })
  inputs!: Record<string, string>;

  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'First day the act may be done (renewal windows)' })
  opensOn!: string | null;

  @ApiProperty({ format: 'date', description: 'The date in force' })
  dueDate!: string;

  @ApiProperty({ format: 'date', description: 'What the rule computed (differs from dueDate after an override)' })
  computedDueDate!: string;

  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'Last date that is safe under any reading of an unverified rule' })
  conservativeDueDate!: string | null;

  @ApiProperty({ enum: ['hard', 'soft'] })
  hardness!: string;

  @ApiProperty({ enum: ['V', 'S', 'U'], description: 'V verified, S secondary source, U unverified: check with a lawyer' })
  confidence!: string;

  @ApiProperty({ type: BilingualView })
  basis!: BilingualView;

  @ApiProperty({ type: BilingualView })
  explanation!: BilingualView;

  @ApiProperty({ enum: DEADLINE_STATUSES })
  status!: DeadlineStatus;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  ownerId!: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  resolution!: string | null;

  @ApiProperty({
    type: String,
    format: 'date',
    nullable: true,
    description: 'The day it was met (the act was done) or missed, which may be before it was recorded; null while open, waived or superseded',
  })
  resolvedOn!: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  overrideReason!: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  supersededById!: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty()
  version!: number;
}

export function toDeadlineView(d: DeadlineEntity): DeadlineView {
  return {
    id: d.id,
    clientId: d.clientId,
    applicationId: d.applicationId,
    appointmentId: d.appointmentId,
    kind: d.kind,
    ruleVersion: d.ruleVersion,
    inputs: d.inputs,
    opensOn: d.opensOn,
    dueDate: d.dueDate,
    computedDueDate: d.computedDueDate,
    conservativeDueDate: d.conservativeDueDate,
    hardness: d.hardness,
    confidence: d.confidence,
    basis: d.basis,
    explanation: d.explanation,
    status: d.status,
    ownerId: d.ownerId,
    resolution: d.resolution,
    resolvedOn: d.resolvedOn,
    overrideReason: d.overrideReason,
    supersededById: d.supersededById,
    createdAt: d.createdAt.toISOString(),
    version: d.version,
  };
}

export class DeadlinePreviewView {
  @ApiProperty()
  kind!: string;

  @ApiProperty()
  ruleVersion!: number;

  @ApiProperty({ format: 'date' })
  triggerDate!: string;

  @ApiPropertyOptional({ format: 'date' })
  opensOn?: string;

  @ApiProperty({ format: 'date' })
  dueDate!: string;

  @ApiPropertyOptional({ format: 'date' })
  conservativeDueDate?: string;

  @ApiProperty({ type: BilingualView })
  explanation!: BilingualView;

  @ApiProperty({ type: BilingualView })
  basis!: BilingualView;

  @ApiProperty({ enum: ['V', 'S', 'U'] })
  confidence!: string;

  @ApiProperty({ enum: ['hard', 'soft'] })
  hardness!: string;
}

export class DeadlineRuleView {
  @ApiProperty()
  kind!: string;

  @ApiProperty()
  version!: number;

  @ApiProperty({ format: 'date' })
  inForceFrom!: string;

  @ApiProperty({ type: BilingualView })
  title!: BilingualView;

  @ApiProperty({ type: BilingualView })
  basis!: BilingualView;

  @ApiProperty({ enum: ['V', 'S', 'U'] })
  confidence!: string;

  @ApiProperty({ enum: ['hard', 'soft'] })
  hardness!: string;

  @ApiProperty({ description: 'The input the preview’s triggerDate stands for' })
  triggerInput!: string;

  @ApiProperty({ type: [String], description: 'Every input the rule takes' })
  inputs!: string[];

  @ApiProperty({ type: [String], description: 'Inputs the rule cannot do without' })
  requiredInputs!: string[];
}
