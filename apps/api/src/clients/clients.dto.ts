import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  CustodyCategories,
  DeportationOutcomes,
  DeportationStages,
  ProtectionKinds,
  ProtectionOutcomes,
  ProtectionStages,
  ResidenceOutcomes,
  ResidenceStages,
  TriageCategories,
  type CustodyCategory,
  type DeportationOutcome,
  type DeportationStage,
  type ProtectionKind,
  type ProtectionOutcome,
  type ProtectionStage,
  type ResidenceOutcome,
  type ResidenceStage,
  type TriageCategory,
} from '#domain';
import {
  APPOINTMENT_KINDS,
  APPOINTMENT_STATUSES,
  CLIENT_STATUSES,
  CONSENT_KINDS,
  CUSTODY_STATUSES,
  EXPORT_PURPOSES,
  GENDERS,
  VULNERABILITY_FLAGS,
  type AppointmentKind,
  type AppointmentStatus,
  type ClientStatus,
  type ConsentKind,
  type CustodyStatus,
  type ExportPurpose,
  type Gender,
  type VulnerabilityFlag,
} from '#clients';
import { PageQuery } from '../common/paging.dto.js';
import { IsLocalDate, IsLocalDateRecord, LANGUAGE, NATIONALITY } from '../common/validators.js';

const toArray = ({ value }: { value: unknown }): unknown => (value === undefined ? undefined : Array.isArray(value) ? value : [value]);

export class ConsentRequest {
  @ApiProperty({ enum: CONSENT_KINDS })
  @IsIn(CONSENT_KINDS)
  kind!: ConsentKind;

  @ApiProperty({ format: 'date' })
  @IsLocalDate()
  givenOn!: string;

  @ApiProperty({ example: 'Housing partners only' })
  @IsString()
  @Length(1, 500)
  scope!: string;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true })
  @IsOptional()
  @IsLocalDate()
  withdrawnOn: string | null = null;
}

/** The personal fields, shared by intake and correction. */
export class ClientDetailsRequest {
  @ApiPropertyOptional({ example: 'Hussain' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  familyName?: string;

  @ApiPropertyOptional({ example: 'Amina' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  givenName?: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'أمينة حسين' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  nativeName?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'フセイン アミナ' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  katakanaName?: string | null;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  aliases?: string[];

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true })
  @IsOptional()
  @IsLocalDate()
  dateOfBirth?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  dateOfBirthApproximate?: boolean;

  @ApiPropertyOptional({ enum: GENDERS, nullable: true })
  @IsOptional()
  @IsIn(GENDERS)
  gender?: Gender | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'AFG' })
  @IsOptional()
  @Matches(NATIONALITY, { message: 'must be an ISO 3166-1 alpha-3 code such as AFG (XXA stateless, XXX unknown)' })
  nationality?: string | null;

  @ApiPropertyOptional({ type: [String], example: ['fa', 'en'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @Matches(LANGUAGE, { each: true, message: 'must be ISO 639 language codes such as fa or prs' })
  languages?: string[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  interpreterNeeded?: boolean;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @Matches(LANGUAGE, { message: 'must be an ISO 639 language code' })
  interpreterLanguage?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @Matches(/^[0-9+()\- ]{5,30}$/, { message: 'must be a phone number' })
  phone?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(320)
  email?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  address?: string | null;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, description: 'Starts the 6-month window (Art. 61-2-2(1)(i))' })
  @IsOptional()
  @IsLocalDate()
  landingDate?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Narita' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  landingPort?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @Matches(/^[A-Za-z0-9]{6,20}$/, { message: 'must be a residence card number (letters and digits)' })
  residenceCardNumber?: string | null;

  @ApiPropertyOptional({ enum: VULNERABILITY_FLAGS, isArray: true })
  @IsOptional()
  @IsArray()
  @IsIn(VULNERABILITY_FLAGS, { each: true })
  vulnerabilityFlags?: VulnerabilityFlag[];

  @ApiPropertyOptional({ type: [ConsentRequest] })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => ConsentRequest)
  @ArrayMaxSize(20)
  consents?: ConsentRequest[];
}

export class ResidenceIntakeRequest {
  @ApiProperty({ enum: ResidenceStages })
  @IsIn(ResidenceStages)
  stage!: ResidenceStage;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true })
  @IsOptional()
  @IsLocalDate()
  expiresOn?: string | null;

  @ApiPropertyOptional({ type: Boolean, nullable: true, description: 'Work permitted by the designation document' })
  @IsOptional()
  @IsBoolean()
  workAllowed?: boolean | null;

  @ApiPropertyOptional({ enum: TriageCategories, nullable: true })
  @IsOptional()
  @IsIn(TriageCategories)
  triageCategory?: TriageCategory | null;
}

export class CustodyIntakeRequest {
  @ApiProperty({ enum: DeportationStages, default: 'D0_NONE' })
  @IsIn(DeportationStages)
  stage: DeportationStage = 'D0_NONE';

  @ApiPropertyOptional({ enum: CustodyCategories, nullable: true })
  @IsOptional()
  @IsIn(CustodyCategories)
  custody?: CustodyCategory | null;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 1, maximum: 3 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(12)
  reportingIntervalMonths?: number | null;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, description: 'Under provisional release: the last day of the current period, when known' })
  @IsOptional()
  @IsLocalDate()
  provisionalReleaseUntil?: string | null;
}

export class IntakeRequest extends ClientDetailsRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  teamId!: string;

  @ApiProperty({ example: 'Hussain' })
  @IsString()
  @Length(1, 200)
  declare familyName: string;

  @ApiProperty({ type: ResidenceIntakeRequest })
  @ValidateNested()
  @Type(() => ResidenceIntakeRequest)
  residence!: ResidenceIntakeRequest;

  @ApiProperty({ type: CustodyIntakeRequest })
  @ValidateNested()
  @Type(() => CustodyIntakeRequest)
  custody!: CustodyIntakeRequest;

  @ApiPropertyOptional({ format: 'uuid', description: 'Defaults to you when you are a caseworker' })
  @IsOptional()
  @IsUUID()
  primaryWorkerId?: string;

  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true })
  otherWorkerIds?: string[];

  @ApiPropertyOptional({ description: 'Create the file although possible duplicates were found' })
  @IsOptional()
  @IsBoolean()
  confirmNotDuplicate?: boolean;
}

export class DuplicateCheckRequest {
  @ApiProperty()
  @IsString()
  @Length(1, 200)
  familyName!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  givenName?: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  nativeName?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  katakanaName?: string | null;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true })
  @IsOptional()
  @IsLocalDate()
  dateOfBirth?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @Matches(/^[A-Za-z0-9]{6,20}$/, { message: 'must be a residence card number (letters and digits)' })
  residenceCardNumber?: string | null;
}

export class UpdateClientRequest extends ClientDetailsRequest {
  @ApiProperty({ description: 'The version you read' })
  @IsInt()
  @Min(1)
  version!: number;
}

export class VersionRequest {
  @ApiProperty()
  @IsInt()
  @Min(1)
  version!: number;
}

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

class StepDates {
  [field: string]: string;
}

export class StepRequestBase extends VersionRequest {
  @ApiPropertyOptional({ type: Object, description: 'The real-world dates of the step, by field (see allowedTransitions.requiredDates)', example: { noticeReceivedOn: '2025-12-26', decidedOn: '2025-12-19' } })
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
  @ApiProperty({ type: Object, description: 'The corrected dates of the last step, by field', example: { decidedOn: '2025-12-19', noticeReceivedOn: '2025-12-26' } })
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

export class NoteRequest {
  @ApiProperty()
  @IsString()
  @Length(1, 10_000)
  body!: string;
}

export class TeamOverviewQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  teamId?: string;
}

