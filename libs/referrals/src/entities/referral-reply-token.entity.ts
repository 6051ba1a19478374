import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { ReferralEntity } from './referral.entity.js';
import { ReferralUserRef } from './refs.js';

/**
 * The partner's way in: a 256-bit random token, kept only as its SHA-256, good for one referral,
 * for 14 days, until revoked. Sending again issues a new one and revokes the old.
 */
@Entity('referral_reply_token')
@Index('idx_referral_reply_token_referral', ['referralId'])
export class ReferralReplyTokenEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  referralId!: string;

  @ManyToOne(() => ReferralEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'referral_id', foreignKeyConstraintName: 'fk_referral_reply_token_referral' })
  referral?: Relation<ReferralEntity>;

  @Column({ type: 'bytea', unique: true })
  tokenHash!: Buffer;

  /** The partner's referral address the link was e-mailed to, as it was then. */
  @Column({ type: 'text' })
  sentTo!: string;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  /** When the mail server took the e-mail; null until then. */
  @Column({ type: 'timestamptz', nullable: true })
  mailedAt!: Date | null;

  /** When the mail server refused it (the caseworker sends a new link, or calls the partner). */
  @Column({ type: 'timestamptz', nullable: true })
  mailFailedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  revokedBy!: string | null;

  @ManyToOne(() => ReferralUserRef, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'revoked_by', foreignKeyConstraintName: 'fk_referral_reply_token_revoked_by' })
  revoker?: Relation<ReferralUserRef>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
