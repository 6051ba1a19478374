import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsObject, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { CHECKLIST_STEPS, DOCUMENT_CATEGORIES, SUBMISSION_TARGETS, TRANSLATION_STATUSES, type ChecklistStep, type DocumentCategory, type SubmissionTarget, type TranslationStatus } from '#domain';
import { MATERIALS_REQUEST_STATUSES, type MaterialsRequestStatus } from '#documents';
import { IsLocalDate, MAX_INT } from '../common/validators.js';

export class TranslationRequest {
  @ApiProperty({ description: 'The document’s version as read' })
  @IsInt()
  @Min(1)
  @Max(MAX_INT)
  version!: number;

  @ApiProperty({ enum: TRANSLATION_STATUSES, description: 'The next status (see translation.allowedNext), or the current one to edit its details' })
  @IsIn(TRANSLATION_STATUSES)
  status!: TranslationStatus;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Required from requested on' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  translatorName?: string | null;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, description: 'The date agreed with the translator: a translation-due deadline with reminders' })
  @IsOptional()
  @IsLocalDate()
  dueDate?: string | null;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, description: 'The date the translator signed (signed only; not in the future)' })
  @IsOptional()
  @IsLocalDate()
  signedOn?: string | null;
}

export class SubmissionRequest {
  @ApiProperty({ example: 1, description: 'The version handed in' })
  @IsInt()
  @Min(1)
  @Max(MAX_INT)
  versionNumber!: number;

  @ApiProperty({ enum: SUBMISSION_TARGETS })
  @IsIn(SUBMISSION_TARGETS)
  submittedTo!: SubmissionTarget;

  @ApiProperty({ format: 'date', description: 'Not in the future (Japan time)' })
  @IsLocalDate()
  submittedOn!: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'The application it was handed in for; the document’s own when not given' })
  @IsOptional()
  @IsUUID()
  applicationId?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}

export class NewMaterialsRequestRequest {
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'The application under examination; the file’s latest when not given' })
  @IsOptional()
  @IsUUID()
  applicationId?: string | null;

  @ApiProperty({ format: 'date', description: 'The date of ISA’s letter (not in the future)' })
  @IsLocalDate()
  receivedOn!: string;

  @ApiProperty({ format: 'date', description: 'The due date in ISA’s letter: a materials-request deadline with reminders' })
  @IsLocalDate()
  dueDate!: string;

  @ApiProperty({ example: 'Original of the arrest warrant and its translation' })
  @IsString()
  @Length(1, 2000)
  @Matches(/\S/, { message: 'must not be blank' })
  description!: string;
}

export class UpdateMaterialsRequestRequest {
  @ApiProperty()
  @IsInt()
  @Min(1)
  @Max(MAX_INT)
  version!: number;

  @ApiPropertyOptional({ enum: MATERIALS_REQUEST_STATUSES, description: 'answered meets the deadline on resolvedOn; withdrawn ends it' })
  @IsOptional()
  @IsIn(MATERIALS_REQUEST_STATUSES)
  status?: MaterialsRequestStatus;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, description: 'When answered or withdrawn (today when not given)' })
  @IsOptional()
  @IsLocalDate()
  resolvedOn?: string | null;

  @ApiPropertyOptional({ format: 'date', description: 'A new due date (ISA granted more time)' })
  @IsOptional()
  @IsLocalDate()
  dueDate?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  @Matches(/\S/, { message: 'must not be blank' })
  description?: string;
}

export class BilingualText {
  @ApiProperty()
  ja!: string;

  @ApiProperty()
  en!: string;
}

/** The shape of an item, for the API description; the template's rules check it (validateChecklistTemplate). */
export class ChecklistItemBody {
  @ApiProperty({ example: 'personal-statement', description: 'kebab-case, unique in the template' })
  key!: string;

  @ApiProperty({ type: BilingualText, description: 'At most 200 characters in each language' })
  label!: BilingualText;

  @ApiPropertyOptional({ type: BilingualText, nullable: true })
  hint?: BilingualText | null;

  @ApiProperty({ enum: DOCUMENT_CATEGORIES, isArray: true })
  categories!: DocumentCategory[];

  @ApiProperty()
  required!: boolean;

  @ApiProperty()
  needsTranslation!: boolean;
}

export class ChecklistTemplateRequest {
  @ApiProperty({ description: 'The version the edit starts from (the current one); 409 STALE_VERSION otherwise' })
  @IsInt()
  @Min(0)
  @Max(MAX_INT)
  basedOnVersion!: number;

  @ApiProperty({ type: BilingualText })
  @IsObject()
  title!: BilingualText;

  @ApiProperty({ type: BilingualText })
  @IsObject()
  basis!: BilingualText;

  @ApiProperty({ type: [ChecklistItemBody], description: '1 to 40 items' })
  @IsArray()
  @ArrayMaxSize(40)
  items!: ChecklistItemBody[];
}

export class ChecklistStepParams {
  @ApiProperty({ enum: CHECKLIST_STEPS })
  @IsIn(CHECKLIST_STEPS)
  step!: ChecklistStep;
}

export class MissingDocumentsQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'One of the teams you supervise; all of them when not given' })
  @IsOptional()
  @IsUUID()
  teamId?: string;
}
