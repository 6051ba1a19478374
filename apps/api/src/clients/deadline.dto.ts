import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { DEADLINE_STATUSES, type DeadlineStatus } from '#deadlines';
import { IsLocalDate } from '../common/validators.js';
import { VersionRequest } from './version.dto.js';

export class DeadlinePreviewRequest {
  @ApiProperty({ example: 'review-request' })
  @Matches(/^[a-z]+(-[a-z]+)*$/, { message: 'must be a deadline kind such as review-request' })
  kind!: string;

  @ApiPropertyOptional({ format: 'date', example: '2025-12-26', description: 'The rule’s trigger event (e.g. the day the notice was received)' })
  @IsOptional()
  @IsLocalDate()
  triggerDate?: string;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsLocalDate()
  decisionDate?: string;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsLocalDate()
  knowledgeDate?: string;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsLocalDate()
  expiryDate?: string;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsLocalDate()
  lastReportDate?: string;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsLocalDate()
  designatedDate?: string;
}

export class ClientDeadlinesQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  applicationId?: string;

  @ApiPropertyOptional({ type: Boolean, default: false, description: 'Also met, missed, waived and superseded ones (the history)' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  includeClosed = false;
}

export class MyDeadlinesQuery {
  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsLocalDate()
  from?: string;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsLocalDate()
  to?: string;

  @ApiPropertyOptional({ enum: DEADLINE_STATUSES, default: 'open' })
  @IsOptional()
  @IsIn(DEADLINE_STATUSES)
  status: DeadlineStatus = 'open';
}

export class AtRiskQuery {
  @ApiPropertyOptional({ type: 'integer', default: 5, minimum: 0, maximum: 60, description: 'Open business days ahead' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(60)
  businessDays = 5;
}

export class OverrideRequest extends VersionRequest {
  @ApiProperty({ format: 'date' })
  @IsLocalDate()
  dueDate!: string;

  @ApiProperty({ example: 'The bureau agreed in writing to accept the filing on this date' })
  @IsString()
  @Length(5, 1000)
  reason!: string;
}

export class WaiveRequest extends VersionRequest {
  @ApiProperty({ example: 'Client left Japan' })
  @IsString()
  @Length(5, 1000)
  reason!: string;
}

export class MetRequest extends VersionRequest {
  @ApiProperty({ format: 'date', description: 'When the act was done' })
  @IsLocalDate()
  on!: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string | null;
}
