import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { UserEntity } from './user.entity.js';

export const TOKEN_PURPOSES = ['invitation', 'password-reset'] as const;
export type TokenPurpose = (typeof TOKEN_PURPOSES)[number];

/** A one-time link sent by email. Only the SHA-256 of the token is stored. */
@Entity('account_token')
@Unique('uq_account_token_hash', ['tokenHash'])
@Index('idx_account_token_user', ['userId'])
@Check('ck_account_token_purpose', `"purpose" IN ('invitation', 'password-reset')`)
export class AccountTokenEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_account_token_user' })
  user?: Relation<UserEntity>;

  @Column({ type: 'text' })
  purpose!: TokenPurpose;

  @Column({ type: 'bytea' })
  tokenHash!: Buffer;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
