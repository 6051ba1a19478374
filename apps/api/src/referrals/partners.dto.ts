import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsEmail, IsIn, IsInt, IsOptional, IsString, IsUrl, Length, Matches, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { PREFECTURES, PROGRAMMES, SERVICE_KINDS, type Prefecture, type Programme, type ServiceKind } from '#domain';
import { PageQuery } from '../common/paging.dto.js';
import { IsLocalDate, MAX_INT } from '../common/validators.js';

/** ISO 639-1: two lower-case letters, as for documents. */
const LANGUAGE_CODE = /^[a-z]{2}$/;
const LANGUAGE_MESSAGE = 'must be an ISO 639-1 code such as ja, en, fa';
/** Digits with the usual separators: 03-1234-5678, +81 3 1234 5678, (03) 1234-5678. */
const PHONE = /^\+?[0-9][0-9 ()-]{1,38}[0-9]$/;
const NOT_BLANK = /\S/;
/** The largest count of places a partner can report: beyond it is a typing error. */
const MAX_CAPACITY = 100_000;
const WEBSITE = { protocols: ['http', 'https'], require_protocol: true, require_valid_protocol: true };

const queryBoolean = ({ value }: { value: unknown }): unknown => (value === 'true' ? true : value === 'false' ? false : value);
/** Present means set: undefined skips the rules, null fails them (a required field cannot be cleared). */
const present = (_: object, value: unknown): boolean => value !== undefined;

export class PartnerServiceSearchQuery extends PageQuery {
  @ApiPropertyOptional({ enum: SERVICE_KINDS })
  @IsOptional()
  @IsIn(SERVICE_KINDS)
  kind?: ServiceKind;

  @ApiPropertyOptional({ example: 'fa', description: 'Services given in this language (ISO 639-1)' })
  @IsOptional()
  @Matches(LANGUAGE_CODE, { message: LANGUAGE_MESSAGE })
  language?: string;

  @ApiPropertyOptional({ enum: PREFECTURES, description: 'Services offered in this prefecture' })
  @IsOptional()
  @IsIn(PREFECTURES)
  prefecture?: Prefecture;

  @ApiPropertyOptional({ description: 'Part of the organisation’s name (Japanese or English) or of the service’s name; case-insensitive' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  q?: string;

  @ApiPropertyOptional({ default: false, description: 'Also inactive services and those of inactive organisations' })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  includeInactive?: boolean;
}

export class PartnerListQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Part of the name, Japanese or English; case-insensitive' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  q?: string;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  includeInactive?: boolean;
}

export class NewPartnerRequest {
  @ApiProperty({ example: 'NPO法人デモ支援ネット', description: 'As the organisation writes it' })
  @IsString()
  @Length(1, 200)
  @Matches(NOT_BLANK, { message: 'must not be blank' })
  name!: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Demo Support Network' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  nameEn?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  contactPerson?: string | null;

  @ApiProperty({ format: 'email', description: 'Where referrals are sent' })
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(254)
  referralEmail!: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: '03-1234-5678' })
  @IsOptional()
  @Matches(PHONE, { message: 'must be a phone number: digits, spaces, +, - and brackets' })
  phone?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, format: 'uri', description: 'http or https' })
  @IsOptional()
  @IsUrl(WEBSITE, { message: 'must be an http or https address' })
  @MaxLength(500)
  website?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Opening hours, how intake works, what to bring' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  notes?: string | null;
}

export class UpdatePartnerRequest {
  @ApiProperty({ description: 'The organisation’s version as read' })
  @IsInt()
  @Min(1)
  @Max(MAX_INT)
  version!: number;

  @ApiPropertyOptional()
  @ValidateIf(present)
  @IsString()
  @Length(1, 200)
  @Matches(NOT_BLANK, { message: 'must not be blank' })
  name?: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  nameEn?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  contactPerson?: string | null;

  @ApiPropertyOptional({ format: 'email' })
  @ValidateIf(present)
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(254)
  referralEmail?: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @Matches(PHONE, { message: 'must be a phone number: digits, spaces, +, - and brackets' })
  phone?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, format: 'uri' })
  @IsOptional()
  @IsUrl(WEBSITE, { message: 'must be an http or https address' })
  @MaxLength(500)
  website?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  notes?: string | null;
}

export class NewPartnerServiceRequest {
  @ApiProperty({ enum: SERVICE_KINDS })
  @IsIn(SERVICE_KINDS)
  kind!: ServiceKind;

  @ApiPropertyOptional({ enum: PROGRAMMES, nullable: true, description: 'The public programme it is (reference §5.1)' })
  @IsOptional()
  @IsIn(PROGRAMMES)
  programme?: Programme | null;

  @ApiProperty({ example: '緊急シェルター' })
  @IsString()
  @Length(1, 200)
  @Matches(NOT_BLANK, { message: 'must not be blank' })
  name!: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  description?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Who the partner takes, in its own words' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  eligibilityNotes?: string | null;

  @ApiProperty({ type: [String], example: ['ja', 'en'], description: 'ISO 639-1 codes, each once' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @ArrayUnique()
  @Matches(LANGUAGE_CODE, { each: true, message: LANGUAGE_MESSAGE })
  languages!: string[];

  @ApiProperty({ enum: PREFECTURES, isArray: true, description: 'Where it is offered, each once; a nationwide service lists all 47' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(PREFECTURES.length)
  @ArrayUnique()
  @IsIn(PREFECTURES, { each: true })
  prefectures!: Prefecture[];
}

export class UpdatePartnerServiceRequest {
  @ApiProperty({ description: 'The service’s version as read' })
  @IsInt()
  @Min(1)
  @Max(MAX_INT)
  version!: number;

  @ApiPropertyOptional({ enum: SERVICE_KINDS })
  @ValidateIf(present)
  @IsIn(SERVICE_KINDS)
  kind?: ServiceKind;

  @ApiPropertyOptional({ enum: PROGRAMMES, nullable: true, description: 'null: not a named programme' })
  @IsOptional()
  @IsIn(PROGRAMMES)
  programme?: Programme | null;

  @ApiPropertyOptional()
  @ValidateIf(present)
  @IsString()
  @Length(1, 200)
  @Matches(NOT_BLANK, { message: 'must not be blank' })
  name?: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  description?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  eligibilityNotes?: string | null;

  @ApiPropertyOptional({ type: [String], description: 'Replaces the list' })
  @ValidateIf(present)
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @ArrayUnique()
  @Matches(LANGUAGE_CODE, { each: true, message: LANGUAGE_MESSAGE })
  languages?: string[];

  @ApiPropertyOptional({ enum: PREFECTURES, isArray: true, description: 'Replaces the list' })
  @ValidateIf(present)
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(PREFECTURES.length)
  @ArrayUnique()
  @IsIn(PREFECTURES, { each: true })
  prefectures?: Prefecture[];
}

export class ServiceCapacityRequest {
  @ApiProperty({ description: 'The service’s version as read' })
  @IsInt()
  @Min(1)
  @Max(MAX_INT)
  version!: number;

  @ApiProperty({ type: Number, nullable: true, minimum: 0, maximum: MAX_CAPACITY, description: 'Places free (beds, seats); null: no longer counted' })
  @ValidateIf((_, value) => value !== null)
  @IsInt()
  @Min(0)
  @Max(MAX_CAPACITY)
  available!: number | null;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, description: 'The day the partner gave the count (not after today); today when not given' })
  @IsOptional()
  @IsLocalDate()
  updatedOn?: string | null;
}
