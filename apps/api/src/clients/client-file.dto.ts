import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { EXPORT_PURPOSES, type ExportPurpose } from '#clients';
import { VersionRequest } from './version.dto.js';

export class CloseClientRequest extends VersionRequest {
  @ApiProperty({ example: 'Recognised as a refugee; support ended' })
  @IsString()
  @Length(3, 1000)
  reason!: string;
}

export class AssignmentRequest extends VersionRequest {
  @ApiPropertyOptional({ format: 'uuid', description: 'Move the file to another team you supervise' })
  @IsOptional()
  @IsUUID()
  teamId?: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  primaryWorkerId!: string;

  @ApiProperty({ type: [String], format: 'uuid' })
  @IsArray()
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true })
  otherWorkerIds: string[] = [];
}

export class BreakGlassRequest {
  @ApiProperty({ description: 'Why you need this file now; shown in the audit trail', example: 'Client at the office in crisis; caseworker unreachable' })
  @IsString()
  @Length(10, 1000)
  reason!: string;
}

export class ClientExportRequest {
  @ApiProperty({ enum: EXPORT_PURPOSES, description: 'subject-access: the person asked for their data (APPI Art. 33)' })
  @IsIn(EXPORT_PURPOSES)
  purpose!: ExportPurpose;

  @ApiProperty({ description: 'Who asked, and to whom it goes; kept in the audit trail', example: 'Requested in person by the client on 26 Nov; handed over on paper' })
  @IsString()
  @Length(10, 1000)
  reason!: string;
}
