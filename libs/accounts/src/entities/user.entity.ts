import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { Locale, Role } from '../roles.js';

@Entity('user_account')
@Unique('uq_user_account_email', ['email'])
@Check('ck_user_account_role', `"role" IN ('caseworker', 'supervisor', 'admin')`)
@Check('ck_user_account_locale', `"locale" IN ('ja', 'en')`)
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stored trimmed and lower-cased, so uniqueness ignores case. */
  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text' })
  displayName!: string;

  @Column({ type: 'text' })
  role!: Role;

  @Column({ type: 'text', default: 'ja' })
  locale!: Locale;

  /** argon2id; null until the invitation is accepted. */
  @Column({ type: 'text', nullable: true })
  passwordHash!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  passwordChangedAt!: Date | null;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  deactivatedAt!: Date | null;

  /** The TOTP secret, encrypted with AUTH_SECRET (AES-256-GCM). */
  @Column({ type: 'text', nullable: true })
  mfaSecret!: string | null;

  /** Null while enrolment is unconfirmed. */
  @Column({ type: 'timestamptz', nullable: true })
  mfaEnabledAt!: Date | null;

  /** The last TOTP time step accepted: a code is never accepted twice. */
  @Column({ type: 'bigint', nullable: true })
  mfaLastTimeStep!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastSignInAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
