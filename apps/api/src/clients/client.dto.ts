import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsObject,
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
  DeportationStages,
  ResidenceStages,
  TriageCategories,
  type CustodyCategory,
  type DeportationStage,
  type ResidenceStage,
  type TriageCategory,
} from '#domain';
import { CONSENT_KINDS, GENDERS, VULNERABILITY_FLAGS, type ConsentKind, type Gender, type VulnerabilityFlag } from '#clients';
import { IsLocalDate, LANGUAGE, NATIONALITY } from '../common/validators.js';

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
  @IsObject({ message: 'must be an object' })
  @ValidateNested()
  @Type(() => ResidenceIntakeRequest)
  residence!: ResidenceIntakeRequest;

  @ApiProperty({ type: CustodyIntakeRequest })
  @IsObject({ message: 'must be an object' })
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
