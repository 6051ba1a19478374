import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import {
  REFERRAL_URGENCIES,
  SERVICE_KINDS,
  SHAREABLE_FIELDS,
  type ReferralUrgency,
  type ServiceKind,
  type ShareableField,
} from '#domain';
import { LETTER_LOCALES, type LetterLocale } from '#referrals';
import { AppointmentRequest } from '../clients/appointment.dto.js';
import { IsLocalDate, MAX_INT } from '../common/validators.js';

const NOT_BLANK = /\S/;
const CASEWORKER_STEPS = ['acknowledge', 'accept', 'decline', 'start', 'complete', 'cancel'] as const;
const PARTNER_ANSWERS = ['acknowledge', 'accept', 'decline'] as const;

export class NewReferralRequest {
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'A partner’s service from the directory (or internalService)' })
  @IsOptional()
  @IsUUID()
  serviceId?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'One of the organisation’s own services, by name (or serviceId)' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  @Matches(NOT_BLANK, { message: 'internalService must not be blank' })
  internalService?: string | null;

  @ApiPropertyOptional({ enum: SERVICE_KINDS, nullable: true, description: 'Required with internalService; a partner’s service has its own' })
  @IsOptional()
  @IsIn(SERVICE_KINDS)
  serviceKind?: ServiceKind | null;

  @ApiProperty({ description: 'What the client needs, in the letter’s words' })
  @IsString()
  @Length(1, 4000)
  @Matches(NOT_BLANK, { message: 'reason must not be blank' })
  reason!: string;

  @ApiProperty({ enum: REFERRAL_URGENCIES })
  @IsIn(REFERRAL_URGENCIES)
  urgency!: ReferralUrgency;

  @ApiPropertyOptional({ enum: SHAREABLE_FIELDS, isArray: true, description: 'What the letter may carry; nothing else leaves' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(SHAREABLE_FIELDS.length)
  @IsIn(SHAREABLE_FIELDS, { each: true })
  sharedFields?: ShareableField[];

  @ApiPropertyOptional({ enum: LETTER_LOCALES, default: 'ja' })
  @IsOptional()
  @IsIn(LETTER_LOCALES)
  letterLocale?: LetterLocale;
}

export class UpdateReferralRequest {
  @ApiProperty({ description: 'The referral’s version as read' })
  @IsInt()
  @Min(1)
  @Max(MAX_INT)
  version!: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 4000)
  @Matches(NOT_BLANK, { message: 'reason must not be blank' })
  reason?: string;

  @ApiPropertyOptional({ enum: REFERRAL_URGENCIES })
  @IsOptional()
  @IsIn(REFERRAL_URGENCIES)
  urgency?: ReferralUrgency;

  @ApiPropertyOptional({ enum: SHAREABLE_FIELDS, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(SHAREABLE_FIELDS.length)
  @IsIn(SHAREABLE_FIELDS, { each: true })
  sharedFields?: ShareableField[];

  @ApiPropertyOptional({ enum: LETTER_LOCALES })
  @IsOptional()
  @IsIn(LETTER_LOCALES)
  letterLocale?: LetterLocale;
}

export class VersionRequest {
  @ApiProperty({ description: 'The version as read' })
  @IsInt()
  @Min(1)
  @Max(MAX_INT)
  version!: number;
}

export class ReferralStepRequest extends VersionRequest {
  @ApiProperty({ enum: CASEWORKER_STEPS, description: 'One of the referral’s allowedActions (send has its own request)' })
  @IsIn(CASEWORKER_STEPS)
  action!: (typeof CASEWORKER_STEPS)[number];

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Why the partner declined (required with decline)' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'How it ended (required with complete)' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  outcome?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'What the partner said, when their answer came by phone' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}

export class NewReferralConsentRequest {
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'One partner (or serviceKind)' })
  @IsOptional()
  @IsUUID()
  partnerId?: string | null;

  @ApiPropertyOptional({ enum: SERVICE_KINDS, nullable: true, description: 'Every partner of this kind of service (or partnerId)' })
  @IsOptional()
  @IsIn(SERVICE_KINDS)
  serviceKind?: ServiceKind | null;

  @ApiProperty({ format: 'date', description: 'Not in the future (Japan time)' })
  @IsLocalDate()
  givenOn!: string;

  @ApiProperty({ description: 'What the client agreed to, in the caseworker’s words' })
  @IsString()
  @Length(1, 2000)
  @Matches(NOT_BLANK, { message: 'scope must not be blank' })
  scope!: string;
}

export class WithdrawReferralConsentRequest extends VersionRequest {
  @ApiPropertyOptional({ format: 'date', description: 'Today when not given; not in the future' })
  @IsOptional()
  @IsLocalDate()
  withdrawnOn?: string;
}

/** The partner's token, from the link's fragment, in the body (never in a URL a log could keep). */
export class ReplyTokenRequest {
  @ApiProperty({ description: 'The token from the reply link' })
  @IsString()
  @MaxLength(100)
  token!: string;
}

export class PartnerAnswerRequest extends ReplyTokenRequest {
  @ApiProperty({ enum: PARTNER_ANSWERS })
  @IsIn(PARTNER_ANSWERS)
  action!: (typeof PARTNER_ANSWERS)[number];

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Why (required with decline)' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Anything the caseworker should know (an intake date, a contact)' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}

/** The appointment an accepted referral leads to: an appointment of the file like any other. */
export class ReferralAppointmentRequest extends AppointmentRequest {
  @ApiProperty({ description: 'The referral’s version as read' })
  @IsInt()
  @Min(1)
  @Max(MAX_INT)
  version!: number;
}
