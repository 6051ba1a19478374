import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDate, IsInt, IsOptional, IsString, IsUUID, Max, MaxDate, MaxLength, Min, MinDate } from 'class-validator';

/**
 * What PostgreSQL's timestamptz holds and JavaScript's Date writes in ISO form: a date in year
 * -271821 passed IsDate and failed in the query (500, found by the fuzz test).
 */
const EARLIEST = new Date('0001-01-01T00:00:00.000Z');
const LATEST = new Date('9999-12-31T23:59:59.999Z');

export class AuditQueryRequest {
  @ApiPropertyOptional({ format: 'uuid', description: 'Events by this user' })
  @IsOptional()
  @IsUUID()
  userId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: "Events touching this client's file" })
  @IsOptional()
  @IsUUID()
  clientId?: string;

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'must be an ISO 8601 date-time' })
  @MinDate(EARLIEST, { message: 'must be in the years 0001 to 9999' })
  @MaxDate(LATEST, { message: 'must be in the years 0001 to 9999' })
  from?: Date;

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'must be an ISO 8601 date-time' })
  @MinDate(EARLIEST, { message: 'must be in the years 0001 to 9999' })
  @MaxDate(LATEST, { message: 'must be in the years 0001 to 9999' })
  to?: Date;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;

  @ApiPropertyOptional({ type: 'integer', default: 50, maximum: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit = 50;
}

/**
 * The audit trail, for supervisors (what concerns the teams they supervise) and administrators
 * (everything). Reading it is itself audited.
 */
