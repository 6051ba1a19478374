import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min, ValidateIf } from 'class-validator';
import { DOCUMENT_CATEGORIES, EXPORT_PURPOSES, type DocumentCategory, type ExportPurpose } from '#domain';
import { PageQuery } from '../common/paging.dto.js';
import { IsLocalDate, MAX_INT } from '../common/validators.js';

/** ISO 639-1: two lower-case letters; `ja` is Japanese. */
const DOCUMENT_LANGUAGE = /^[a-z]{2}$/;
const CHECKLIST_KEY = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Multipart fields arrive as text: 'true'/'false' become booleans, '' means not given. */
const formBoolean = ({ value }: { value: unknown }): unknown => (value === 'true' ? true : value === 'false' ? false : value);
const formOptional = ({ value }: { value: unknown }): unknown => (value === '' ? undefined : value);

/** The text fields of an upload (multipart/form-data, before the `file` part). */
export class NewDocumentFields {
  @ApiProperty({ enum: DOCUMENT_CATEGORIES })
  @IsIn(DOCUMENT_CATEGORIES)
  category!: DocumentCategory;

  @ApiProperty({ example: 'Arrest warrant, Tehran court, 2024', description: 'Kept in the file only: never in logs' })
  @IsString()
  @Length(1, 300)
  @Matches(/\S/, { message: 'must not be blank' })
  title!: string;

  @ApiProperty({ example: 'fa', description: 'ISO 639-1 code of the document’s language; ja is Japanese' })
  @Matches(DOCUMENT_LANGUAGE, { message: 'must be an ISO 639-1 code such as ja, en, fa' })
  language!: string;

  @ApiPropertyOptional({ format: 'date', description: 'The date on the document' })
  @Transform(formOptional)
  @IsOptional()
  @IsLocalDate()
  documentDate?: string;

  @ApiPropertyOptional({ description: 'Medical or trauma evidence: never shown under emergency access' })
  @Transform(formBoolean)
  @IsOptional()
  @IsBoolean()
  sensitive?: boolean;

  @ApiPropertyOptional({ description: 'To be submitted to ISA, the review or a court' })
  @Transform(formBoolean)
  @IsOptional()
  @IsBoolean()
  forSubmission?: boolean;

  @ApiPropertyOptional({ format: 'uuid' })
  @Transform(formOptional)
  @IsOptional()
  @IsUUID()
  applicationId?: string;

  @ApiPropertyOptional({ example: 'personal-statement', description: 'The checklist item it fills (else its category decides)' })
  @Transform(formOptional)
  @IsOptional()
  @Matches(CHECKLIST_KEY, { message: 'must be a checklist item key such as personal-statement' })
  @Length(1, 60)
  checklistItemKey?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Makes this upload the Japanese translation of that document' })
  @Transform(formOptional)
  @IsOptional()
  @IsUUID()
  translationOfId?: string;
}

/** The multipart body of an upload, for the API description. */
export class NewDocumentUpload extends NewDocumentFields {
  @ApiProperty({ type: 'string', format: 'binary', description: 'The file: the last part of the form' })
  file!: unknown;
}

export class NewVersionUpload {
  @ApiProperty({ type: 'string', format: 'binary' })
  file!: unknown;
}

export class UpdateDocumentRequest {
  @ApiProperty()
  @IsInt()
  @Min(1)
  @Max(MAX_INT)
  version!: number;

  @ApiPropertyOptional({ enum: DOCUMENT_CATEGORIES })
  @IsOptional()
  @IsIn(DOCUMENT_CATEGORIES)
  category?: DocumentCategory;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 300)
  @Matches(/\S/, { message: 'must not be blank' })
  title?: string;

  @ApiPropertyOptional({ example: 'ja' })
  @IsOptional()
  @Matches(DOCUMENT_LANGUAGE, { message: 'must be an ISO 639-1 code such as ja, en, fa' })
  language?: string;

  @ApiPropertyOptional({ type: String, nullable: true, format: 'date' })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsLocalDate()
  documentDate?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  sensitive?: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  forSubmission?: boolean;

  @ApiPropertyOptional({ type: String, nullable: true, format: 'uuid' })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsUUID()
  applicationId?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @Matches(CHECKLIST_KEY, { message: 'must be a checklist item key such as personal-statement' })
  @Length(1, 60)
  checklistItemKey?: string | null;
}

export class DeleteDocumentRequest {
  @ApiProperty()
  @IsInt()
  @Min(1)
  @Max(MAX_INT)
  version!: number;

  @ApiProperty({ description: 'Why it is deleted; kept in the audit trail', example: 'Uploaded to the wrong client file' })
  @IsString()
  @Length(5, 1000)
  reason!: string;
}

export class DeleteVersionRequest {
  @ApiProperty({ description: 'Why this version is deleted; kept in the audit trail', example: 'Wrong scan, pages missing' })
  @IsString()
  @Length(5, 1000)
  reason!: string;
}

export class DocumentContentQuery {
  @ApiPropertyOptional({ enum: ['attachment', 'inline'], description: 'inline: images and PDFs only, for the preview' })
  @IsOptional()
  @IsIn(['attachment', 'inline'])
  disposition?: 'attachment' | 'inline';
}

export class DocumentListQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  applicationId?: string;

  @ApiPropertyOptional({ description: 'Only originals not in Japanese: what a new translation can be of' })
  @IsOptional()
  @Transform(formBoolean)
  @IsBoolean()
  translatable?: boolean;
}

export class ClientArchiveRequest {
  @ApiProperty({ enum: EXPORT_PURPOSES })
  @IsIn(EXPORT_PURPOSES)
  purpose!: ExportPurpose;

  @ApiProperty({ description: 'Who asked, and to whom it goes; kept in the audit trail' })
  @IsString()
  @Length(10, 1000)
  reason!: string;

  @ApiProperty({ oneOf: [{ type: 'string', enum: ['all'] }, { type: 'array', items: { type: 'string', format: 'uuid' } }], description: "'all', or the ids of the documents whose files go in" })
  @ValidateIf((_, value) => value !== 'all')
  @IsArray()
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true })
  documents!: 'all' | string[];
}
