import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn, type Relation } from 'typeorm';
import { DeadlineTarget, RecipientTarget } from './refs.js';

/**
 * When reminders of one kind go out: `deadline:<kind>` (e.g. deadline:review-request) or
 * `appointment:<kind>` (e.g. appointment:reporting-date). Administrators edit these.
 */
@Entity('reminder_policy')
export class ReminderPolicyEntity {
  @PrimaryColumn('text')
  target!: string;

  @Column({ type: 'int', array: true })
  leadDays!: number[];

  @Column({ type: 'boolean', default: false })
  onRecording!: boolean;

  @Column({ type: 'boolean', default: false })
  dailyUntilDue!: boolean;

  @Column({ type: 'int', default: 9 })
  sendAtHour!: number;

  @Column({ type: 'int', default: 0 })
  sendAtMinute!: number;

  @Column({ type: 'boolean', default: true })
  enabled!: boolean;

  @Column({ type: 'uuid', nullable: true })
  updatedBy!: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}

export const REMINDER_STATUSES = ['planned', 'sending', 'sent', 'failed', 'cancelled'] as const;
export type ReminderStatus = (typeof REMINDER_STATUSES)[number];

export const REMINDER_PURPOSES = ['owner', 'escalation', 'delivery-failure'] as const;
/** To the deadline's owner; to the team's supervisors (a hard deadline close and not met); a reminder that could not be delivered. */
export type ReminderPurpose = (typeof REMINDER_PURPOSES)[number];

/**
 * One email that must go out at a given time. PostgreSQL is the record of every reminder and of
 * whether it went; the queue only carries the work of sending it.
 */
@Entity('reminder')
@Index('idx_reminder_due', ['sendAt'], { where: `"status" IN ('planned', 'sending')` })
@Index('idx_reminder_deadline', ['deadlineId'])
@Index('idx_reminder_sent', ['sentAt'], { where: `"status" = 'sent'` })
@Check('ck_reminder_status', `"status" IN ('planned', 'sending', 'sent', 'failed', 'cancelled')`)
@Check('ck_reminder_purpose', `"purpose" IN ('owner', 'escalation', 'delivery-failure')`)
export class ReminderEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  deadlineId!: string;

  @ManyToOne(() => DeadlineTarget, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'deadline_id', foreignKeyConstraintName: 'fk_reminder_deadline' })
  deadline?: Relation<DeadlineTarget>;

  @Column({ type: 'uuid' })
  clientId!: string;

  @Column({ type: 'uuid' })
  recipientUserId!: string;

  @ManyToOne(() => RecipientTarget, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recipient_user_id', foreignKeyConstraintName: 'fk_reminder_recipient' })
  recipient?: Relation<RecipientTarget>;

  @Column({ type: 'text' })
  purpose!: ReminderPurpose;

  @Column({ type: 'timestamptz' })
  sendAt!: Date;

  @Column({ type: 'text', default: 'planned' })
  status!: ReminderStatus;

  /** How many times a worker has claimed it (each claim is one delivery attempt round). */
  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Column({ type: 'timestamptz', nullable: true })
  claimedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  messageId!: string | null;

  /** The SMTP reply code or error code of the last failure; never the message text. */
  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** One supervisor digest per supervisor per business day, however many workers run. */
@Entity('supervisor_digest')
export class SupervisorDigestEntity {
  @PrimaryColumn('uuid')
  supervisorId!: string;

  @PrimaryColumn('date')
  digestDate!: string;

  @Column({ type: 'timestamptz' })
  sentAt!: Date;

  @Column({ type: 'text', nullable: true })
  messageId!: string | null;

  @Column({ type: 'int' })
  overdue!: number;

  @Column({ type: 'int' })
  atRisk!: number;
}
