import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn, type Relation } from 'typeorm';
import { SERVICE_KINDS, type ServiceKind } from '#domain';
import { PartnerOrganisationEntity } from './partner-organisation.entity.js';
import { ReferralClientRef, ReferralUserRef } from './refs.js';
import { sqlList } from './sql-list.js';

/**
 * The client's consent to share their information with one partner, or with every partner of a
 * kind of service (APPI Art. 27: giving personal data to a third party needs prior consent, and
 * special-care data allows no opt-out). Withdrawing keeps the row, with the date, as the record
 * APPI Arts. 29–30 ask for.
 */
@Entity('referral_consent')
@Index('idx_referral_consent_client', ['clientId'])
@Check('ck_referral_consent_target', `("partner_id" IS NULL) <> ("service_kind" IS NULL)`)
@Check('ck_referral_consent_kind', `"service_kind" IS NULL OR "service_kind" IN (${sqlList(SERVICE_KINDS)})`)
@Check('ck_referral_consent_withdrawal', `"withdrawn_on" IS NULL OR "withdrawn_on" >= "given_on"`)
export class ReferralConsentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  clientId!: string;

  @ManyToOne(() => ReferralClientRef, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id', foreignKeyConstraintName: 'fk_referral_consent_client' })
  client?: Relation<ReferralClientRef>;

  @Column({ type: 'uuid', nullable: true })
  partnerId!: string | null;

  @ManyToOne(() => PartnerOrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'partner_id', foreignKeyConstraintName: 'fk_referral_consent_partner' })
  partner?: Relation<PartnerOrganisationEntity>;

  @Column({ type: 'text', nullable: true })
  serviceKind!: ServiceKind | null;

  @Column({ type: 'date' })
  givenOn!: string;

  /** What the client agreed to, in the caseworker's words (e.g. "housing only, not medical"). */
  @Column({ type: 'text' })
  scope!: string;

  @Column({ type: 'date', nullable: true })
  withdrawnOn!: string | null;

  @Column({ type: 'uuid', nullable: true })
  recordedBy!: string | null;

  @ManyToOne(() => ReferralUserRef, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'recorded_by', foreignKeyConstraintName: 'fk_referral_consent_recorded_by' })
  recorder?: Relation<ReferralUserRef>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
