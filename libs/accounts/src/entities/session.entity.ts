import { Check, Column, Entity, Index, PrimaryGeneratedColumn, Unique, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { UserEntity } from './user.entity.js';

export const SESSION_STATES = ['active', 'mfa-pending', 'mfa-enrolment-required'] as const;
/**
 * `active`: fully signed in. The other two exist only for roles that must use a second factor:
 * the password was right, and the session may do nothing but verify a code or enrol.
 */
export type SessionState = (typeof SESSION_STATES)[number];

/**
 * A server-side session. The cookie holds a random token; only its SHA-256 is stored, so a copy
 * of this table cannot be used to sign in.
 */
@Entity('session')
@Unique('uq_session_token_hash', ['tokenHash'])
@Index('idx_session_user', ['userId'])
@Check('ck_session_state', `"state" IN ('active', 'mfa-pending', 'mfa-enrolment-required')`)
export class SessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'bytea' })
  tokenHash!: Buffer;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_session_user' })
  user?: Relation<UserEntity>;

  @Column({ type: 'text' })
  state!: SessionState;

  /** Sent back by the dashboard in X-CSRF-Token on every state-changing request. */
  @Column({ type: 'text' })
  csrfToken!: string;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  lastSeenAt!: Date;

  /** The absolute end of the session, whatever the activity. */
  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'inet', nullable: true })
  ip!: string | null;

  @Column({ type: 'text', nullable: true })
  userAgent!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  revokedReason!: string | null;
}
