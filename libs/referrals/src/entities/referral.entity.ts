import { Check, Column, CreateDateColumn, Entity, Generated, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn, type Relation } from 'typeorm';
import { PROGRAMMES, REFERRAL_STATUSES, REFERRAL_URGENCIES, SERVICE_KINDS, SHAREABLE_FIELDS, type Programme, type ReferralStatus, type ReferralUrgency, type ServiceKind, type ShareableField, type SharedRow } from '#domain';
import { PartnerOrganisationEntity } from './partner-organisation.entity.js';
import { PartnerServiceEntity } from './partner-service.entity.js';
import { ReferralAppointmentRef, ReferralClientRef, ReferralUserRef } from './refs.js';
import { sqlList } from './sql-list.js';


export const LETTER_LOCALES = ['ja', 'en'] as const;
export type LetterLocale = (typeof LETTER_LOCALES)[number];

/**
 * A referral of a client to a partner's service, or to a service of the NGO itself (no partner:
 * nothing leaves the organisation, so no letter and no consent). The fields to share are chosen
 * by the caseworker; what was actually sent is frozen in `sharedRows` when it is sent, so the
 * partner's page shows what they received, not what the file says today.
 */
@Entity('referral')
@Index('idx_referral_client', ['clientId', 'createdAt'])
@Index('idx_referral_waiting', ['createdBy', 'followUpOn'], { where: `"status" IN ('sent', 'acknowledged')` })
@Check('ck_referral_status', `"status" IN (${sqlList(REFERRAL_STATUSES)})`)
@Check('ck_referral_urgency', `"urgency" IN (${sqlList(REFERRAL_URGENCIES)})`)
@Check('ck_referral_kind', `"service_kind" IN (${sqlList(SERVICE_KINDS)})`)
@Check('ck_referral_programme', `"programme" IS NULL OR "programme" IN (${sqlList(PROGRAMMES)})`)
@Check('ck_referral_locale', `"letter_locale" IN ('ja', 'en')`)
@Check('ck_referral_fields', `"shared_fields" <@ ARRAY[${sqlList(SHAREABLE_FIELDS)}]::text[]`)
@Check('ck_referral_target', `("service_id" IS NULL) = ("partner_id" IS NULL) AND (("service_id" IS NULL) = ("internal_service" IS NOT NULL))`)
export class ReferralEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** A short number people say on the phone ("referral 1042"); the id stays the key. */
  @Column({ type: 'int', unique: true })
  @Generated('increment')
  number!: number;

  @Column({ type: 'uuid' })
  clientId!: string;

  @ManyToOne(() => ReferralClientRef, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id', foreignKeyConstraintName: 'fk_referral_client' })
  client?: Relation<ReferralClientRef>;

  @Column({ type: 'uuid', nullable: true })
  serviceId!: string | null;

  @ManyToOne(() => PartnerServiceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'service_id', foreignKeyConstraintName: 'fk_referral_service' })
  service?: Relation<PartnerServiceEntity>;

  @Column({ type: 'uuid', nullable: true })
  partnerId!: string | null;

  @ManyToOne(() => PartnerOrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'partner_id', foreignKeyConstraintName: 'fk_referral_partner' })
  partner?: Relation<PartnerOrganisationEntity>;

  /** The NGO's own service, by name, when the referral stays inside the organisation. */
  @Column({ type: 'text', nullable: true })
  internalService!: string | null;

  @Column({ type: 'text' })
  serviceKind!: ServiceKind;

  @Column({ type: 'text', nullable: true })
  programme!: Programme | null;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'text' })
  urgency!: ReferralUrgency;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  sharedFields!: ShareableField[];

  @Column({ type: 'text', default: 'ja' })
  letterLocale!: LetterLocale;

  @Column({ type: 'text', default: 'draft' })
  status!: ReferralStatus;

  /** What left Yorisoi, as it was when sent: label and value of each chosen field. */
  @Column({ type: 'jsonb', nullable: true })
  sharedRows!: SharedRow[] | null;

  @Column({ type: 'date', nullable: true })
  sentOn!: string | null;

  /** When a sent referral without an answer becomes a follow-up deadline. */
  @Column({ type: 'date', nullable: true })
  followUpOn!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  answeredAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  declineReason!: string | null;

  @Column({ type: 'text', nullable: true })
  outcome!: string | null;

  /** The partner's latest note with an answer (through the reply link or as told by phone). */
  @Column({ type: 'text', nullable: true })
  partnerNote!: string | null;

  /** An accepted referral's appointment (the shelter intake, the first lesson). */
  @Column({ type: 'uuid', nullable: true })
  appointmentId!: string | null;

  @ManyToOne(() => ReferralAppointmentRef, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'appointment_id', foreignKeyConstraintName: 'fk_referral_appointment' })
  appointment?: Relation<ReferralAppointmentRef>;

  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  @ManyToOne(() => ReferralUserRef, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'fk_referral_created_by' })
  creator?: Relation<ReferralUserRef>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
