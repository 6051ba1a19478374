import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import {
  DeportationOutcomes,
  DeportationStages,
  ProtectionOutcomes,
  ProtectionStages,
  ResidenceOutcomes,
  ResidenceStages,
  type DeportationOutcome,
  type DeportationStage,
  type ProtectionOutcome,
  type ProtectionStage,
  type ResidenceOutcome,
  type ResidenceStage,
} from '#domain';
import { IsLocalDate, IsLocalDateRecord } from '../common/validators.js';
import { VersionRequest } from './version.dto.js';

class StepDates {
  [field: string]: string;
}

export class StepRequestBase extends VersionRequest {
  @ApiPropertyOptional({ type: 'object', additionalProperties: { type: 'string', format: 'date' }, description: 'The real-world dates of the step, by field (see allowedTransitions.requiredDates)', example: { noticeReceivedOn: '2025-12-26', decidedOn: '2025-12-19' } })
  @IsOptional()
  @IsLocalDateRecord()
  dates?: StepDates;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}

export class StepCorrectionRequest extends VersionRequest {
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string', format: 'date' }, description: 'The corrected dates of the last step, by field', example: { decidedOn: '2025-12-19', noticeReceivedOn: '2025-12-26' } })
  @IsLocalDateRecord()
  dates!: Record<string, string>;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Why the dates were wrong' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}

export class ProtectionStepRequest extends StepRequestBase {
  @ApiProperty({ enum: ProtectionStages })
  @IsIn(ProtectionStages)
  to!: ProtectionStage;

  @ApiPropertyOptional({ enum: ProtectionOutcomes, nullable: true })
  @IsOptional()
  @IsIn(ProtectionOutcomes)
  outcome?: ProtectionOutcome | null;
}

export class ResidenceStepRequest extends StepRequestBase {
  @ApiProperty({ enum: ResidenceStages })
  @IsIn(ResidenceStages)
  to!: ResidenceStage;

  @ApiPropertyOptional({ enum: ResidenceOutcomes, nullable: true })
  @IsOptional()
  @IsIn(ResidenceOutcomes)
  outcome?: ResidenceOutcome | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  workAllowed?: boolean;
}

export class CustodyStepRequest extends StepRequestBase {
  @ApiProperty({ enum: DeportationStages })
  @IsIn(DeportationStages)
  to!: DeportationStage;

  @ApiPropertyOptional({ enum: DeportationOutcomes, nullable: true })
  @IsOptional()
  @IsIn(DeportationOutcomes)
  outcome?: DeportationOutcome | null;

  @ApiPropertyOptional({ type: Number, nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(12)
  reportingIntervalMonths?: number | null;

  @ApiPropertyOptional({
    type: String,
    format: 'date',
    nullable: true,
    description: 'The last day of the provisional release period: optional when provisional release starts, required with RELEASE_EXTENDED',
  })
  @IsOptional()
  @IsLocalDate()
  provisionalReleaseUntil?: string | null;
}
