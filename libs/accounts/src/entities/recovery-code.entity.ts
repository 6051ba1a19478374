import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { UserEntity } from './user.entity.js';

/**
 * How a recovery code was hashed. `hmac-sha256` (keyed with AUTH_SECRET) for every code made
 * now; `sha256` marks codes made before keyed hashing, still accepted until used or replaced
 * (their owners wrote them down; nobody can re-hash them without the codes).
 */
export const RECOVERY_CODE_HASH_SCHEMES = ['sha256', 'hmac-sha256'] as const;
export type RecoveryCodeHashScheme = (typeof RECOVERY_CODE_HASH_SCHEMES)[number];

/** One-time second-factor recovery code; only its hash is stored. */
@Entity('mfa_recovery_code')
@Index('idx_mfa_recovery_code_user', ['userId'])
@Check('ck_mfa_recovery_code_hash_scheme', `"hash_scheme" IN ('sha256', 'hmac-sha256')`)
export class RecoveryCodeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_mfa_recovery_code_user' })
  user?: Relation<UserEntity>;

  @Column({ type: 'bytea' })
  codeHash!: Buffer;

  @Column({ type: 'text' })
  hashScheme!: RecoveryCodeHashScheme;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
