import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { ProtectionKinds, type ProtectionKind } from '#domain';
import { IsLocalDate } from '../common/validators.js';
import { VersionRequest } from './version.dto.js';

export class NewApplicationRequest {
  @ApiProperty({ enum: ProtectionKinds })
  @IsIn(ProtectionKinds)
  kind!: ProtectionKind;

  @ApiPropertyOptional({ type: String, nullable: true, example: '東京出入国在留管理局' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  regionalBureau?: string | null;
}

export class UpdateApplicationRequest extends VersionRequest {
  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  regionalBureau?: string | null;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, description: 'When material showing reasonable grounds was submitted (3rd+ application)' })
  @IsOptional()
  @IsLocalDate()
  reasonableGroundsSubmittedOn?: string | null;
}
