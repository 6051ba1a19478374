import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDate, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { APPOINTMENT_KINDS, APPOINTMENT_STATUSES, type AppointmentKind, type AppointmentStatus } from '#clients';
import { LANGUAGE } from '../common/validators.js';
import { VersionRequest } from './version.dto.js';

export class AppointmentRequest {
  @ApiProperty({ enum: APPOINTMENT_KINDS })
  @IsIn(APPOINTMENT_KINDS)
  kind!: AppointmentKind;

  @ApiProperty({ format: 'date-time' })
  @Type(() => Date)
  @IsDate({ message: 'must be an ISO 8601 date-time' })
  startsAt!: Date;

  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'must be an ISO 8601 date-time' })
  endsAt?: Date | null;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  applicationId?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  place?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @Matches(LANGUAGE, { message: 'must be an ISO 639 language code' })
  interpreterLanguage?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  notes?: string | null;
}

export class UpdateAppointmentRequest extends VersionRequest {
  @ApiPropertyOptional({ enum: APPOINTMENT_KINDS })
  @IsOptional()
  @IsIn(APPOINTMENT_KINDS)
  kind?: AppointmentKind;

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'must be an ISO 8601 date-time' })
  startsAt?: Date;

  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'must be an ISO 8601 date-time' })
  endsAt?: Date | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  place?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @Matches(LANGUAGE, { message: 'must be an ISO 639 language code' })
  interpreterLanguage?: string | null;

  @ApiPropertyOptional({ enum: APPOINTMENT_STATUSES })
  @IsOptional()
  @IsIn(APPOINTMENT_STATUSES)
  status?: AppointmentStatus;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  outcome?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  notes?: string | null;
}
