import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { ProtectionStages, type ProtectionStage } from '#domain';
import { CLIENT_STATUSES, CUSTODY_STATUSES, VULNERABILITY_FLAGS, type ClientStatus, type CustodyStatus, type VulnerabilityFlag } from '#clients';
import { PageQuery } from '../common/paging.dto.js';
import { LANGUAGE, NATIONALITY } from '../common/validators.js';

const toArray = ({ value }: { value: unknown }): unknown => (value === undefined ? undefined : Array.isArray(value) ? value : [value]);

export class ClientSearchQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Part of any name form: Latin, native script, katakana, alias' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  q?: string;

  @ApiPropertyOptional({ enum: CLIENT_STATUSES, default: 'open' })
  @IsOptional()
  @IsIn(CLIENT_STATUSES)
  status?: ClientStatus;

  @ApiPropertyOptional({ enum: ProtectionStages, isArray: true, description: 'Stage of the latest application' })
  @IsOptional()
  @Transform(toArray)
  @IsIn(ProtectionStages, { each: true })
  stage?: ProtectionStage[];

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(NATIONALITY, { message: 'must be an ISO 3166-1 alpha-3 code' })
  nationality?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(LANGUAGE, { message: 'must be an ISO 639 language code' })
  language?: string;

  @ApiPropertyOptional({ enum: CUSTODY_STATUSES })
  @IsOptional()
  @IsIn(CUSTODY_STATUSES)
  custody?: CustodyStatus;

  @ApiPropertyOptional({ enum: VULNERABILITY_FLAGS, isArray: true })
  @IsOptional()
  @Transform(toArray)
  @IsIn(VULNERABILITY_FLAGS, { each: true })
  flag?: VulnerabilityFlag[];

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  assignedTo?: string;
}
