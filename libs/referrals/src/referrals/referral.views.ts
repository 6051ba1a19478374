import { ApiProperty } from '@nestjs/swagger';
import { BilingualView } from '#deadlines';
import {
  PROGRAMMES,
  REFERRAL_ACTIONS,
  REFERRAL_STATUSES,
  REFERRAL_URGENCIES,
  REFERRAL_WARNING_CODES,
  SERVICE_KINDS,
  SHAREABLE_FIELDS,
  type Programme,
  type ReferralAction,
  type ReferralStatus,
  type ReferralUrgency,
  type ReferralWarningCode,
  type ServiceKind,
  type ShareableField,
} from '#domain';
import { LETTER_LOCALES, type LetterLocale } from '../entities/referral.entity.js';

export class ReferralWarningView {
  @ApiProperty({ enum: REFERRAL_WARNING_CODES })
  code!: ReferralWarningCode;

  @ApiProperty({ type: BilingualView })
  label!: BilingualView;

  @ApiProperty({ description: 'Where the rule comes from' })
  basis!: string;
}

export class SharedRowView {
  @ApiProperty({ enum: SHAREABLE_FIELDS })
  field!: ShareableField;

  @ApiProperty({ description: 'In the letter’s language' })
  label!: string;

  @ApiProperty()
  value!: string;
}

export class ReferralTargetView {
  @ApiProperty({ enum: SERVICE_KINDS })
  serviceKind!: ServiceKind;

  @ApiProperty({ enum: PROGRAMMES, nullable: true, type: String })
  programme!: Programme | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Null for the organisation’s own service' })
  partnerId!: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  serviceId!: string | null;

  @ApiProperty({ type: String, nullable: true })
  organisationName!: string | null;

  @ApiProperty({ type: String, nullable: true })
  serviceName!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'The organisation’s own service, when it stays inside' })
  internalService!: string | null;
}

export class ReplyLinkView {
  @ApiProperty({ format: 'date-time' })
  issuedAt!: string;

  @ApiProperty({ format: 'date-time' })
  expiresAt!: string;

  @ApiProperty({ description: 'Past its expiry: the partner can no longer open it' })
  expired!: boolean;

  @ApiProperty({ format: 'email', description: 'The partner’s referral address it was e-mailed to' })
  sentTo!: string;

  @ApiProperty({ enum: ['pending', 'delivered', 'failed'], description: 'What the mail server said: failed means the partner has not been told' })
  mail!: 'pending' | 'delivered' | 'failed';
}

export class ReferralView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ description: 'The short number partners quote' })
  number!: number;

  @ApiProperty({ format: 'uuid' })
  clientId!: string;

  @ApiProperty({ enum: REFERRAL_STATUSES })
  status!: ReferralStatus;

  @ApiProperty({ enum: REFERRAL_ACTIONS, isArray: true, description: 'What the caseworker may do next' })
  allowedActions!: ReferralAction[];

  @ApiProperty({ type: ReferralTargetView })
  target!: ReferralTargetView;

  @ApiProperty()
  reason!: string;

  @ApiProperty({ enum: REFERRAL_URGENCIES })
  urgency!: ReferralUrgency;

  @ApiProperty({ enum: SHAREABLE_FIELDS, isArray: true, description: 'What the letter carries; nothing else leaves' })
  sharedFields!: ShareableField[];

  @ApiProperty({ enum: LETTER_LOCALES })
  letterLocale!: LetterLocale;

  @ApiProperty({ type: [SharedRowView], nullable: true, description: 'What was sent, as it was sent; null before sending' })
  sharedRows!: SharedRowView[] | null;

  @ApiProperty({ type: [ReferralWarningView], description: 'Where the referral does not fit what the file shows (advice, not a block)' })
  warnings!: ReferralWarningView[];

  @ApiProperty({ description: 'For a partner: the client’s consent in force covers it today (required to send)' })
  consentCovered!: boolean;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  sentOn!: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'Without an answer by then, a follow-up deadline' })
  followUpOn!: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The open `referral-follow-up` deadline' })
  followUpDeadlineId!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  answeredAt!: string | null;

  @ApiProperty({ type: String, nullable: true })
  declineReason!: string | null;

  @ApiProperty({ type: String, nullable: true })
  outcome!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'The partner’s latest note' })
  partnerNote!: string | null;

  @ApiProperty({ type: ReplyLinkView, nullable: true, description: 'The partner’s reply link in force' })
  replyLink!: ReplyLinkView | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  appointmentId!: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  createdBy!: string | null;

  @ApiProperty({ type: String, nullable: true })
  createdByName!: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ description: 'Send it back with a change (optimistic locking)' })
  version!: number;
}

export class WaitingReferralView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  number!: number;

  @ApiProperty({ format: 'uuid' })
  clientId!: string;

  @ApiProperty()
  caseNumber!: string;

  @ApiProperty({ description: 'The client’s name as the file shows it' })
  clientName!: string;

  @ApiProperty({ enum: REFERRAL_STATUSES })
  status!: ReferralStatus;

  @ApiProperty({ enum: SERVICE_KINDS })
  serviceKind!: ServiceKind;

  @ApiProperty({ type: String, nullable: true })
  organisationName!: string | null;

  @ApiProperty({ enum: REFERRAL_URGENCIES })
  urgency!: ReferralUrgency;

  @ApiProperty({ format: 'date' })
  sentOn!: string;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  followUpOn!: string | null;

  @ApiProperty({ description: 'The follow-up day has come without an answer' })
  followUpDue!: boolean;
}

export class ReferralConsentView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  partnerId!: string | null;

  @ApiProperty({ type: String, nullable: true })
  partnerName!: string | null;

  @ApiProperty({ enum: SERVICE_KINDS, nullable: true, type: String, description: 'Every partner of this kind of service' })
  serviceKind!: ServiceKind | null;

  @ApiProperty({ format: 'date' })
  givenOn!: string;

  @ApiProperty({ description: 'What the client agreed to, in the caseworker’s words' })
  scope!: string;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  withdrawnOn!: string | null;

  @ApiProperty({ description: 'Given and not withdrawn, today' })
  inForce!: boolean;

  @ApiProperty()
  version!: number;
}

/** What the partner sees through the reply link: the letter's content and what they may answer. */
export class PartnerReferralView {
  @ApiProperty()
  number!: number;

  @ApiProperty({ description: 'Who sent the referral' })
  fromOrganisation!: string;

  @ApiProperty({ type: String, nullable: true })
  caseworkerName!: string | null;

  @ApiProperty()
  organisationName!: string;

  @ApiProperty()
  serviceName!: string;

  @ApiProperty({ enum: SERVICE_KINDS })
  serviceKind!: ServiceKind;

  @ApiProperty({ enum: REFERRAL_URGENCIES })
  urgency!: ReferralUrgency;

  @ApiProperty({ enum: LETTER_LOCALES })
  letterLocale!: LetterLocale;

  @ApiProperty()
  reason!: string;

  @ApiProperty({ type: [SharedRowView] })
  shared!: SharedRowView[];

  @ApiProperty({ format: 'date' })
  sentOn!: string;

  @ApiProperty({ enum: REFERRAL_STATUSES })
  status!: ReferralStatus;

  @ApiProperty({ enum: REFERRAL_ACTIONS, isArray: true, description: 'acknowledge, accept, decline, as the status allows' })
  allowedActions!: ReferralAction[];

  @ApiProperty({ type: String, nullable: true })
  partnerNote!: string | null;

  @ApiProperty({ format: 'date-time' })
  linkExpiresAt!: string;
}
