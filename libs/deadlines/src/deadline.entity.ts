import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn, type Relation } from 'typeorm';
import { DEADLINE_STATUSES, type Bilingual, type Confidence, type DeadlineHardness, type DeadlineStatus, type DeadlineStep } from '#domain';
import { ClientRef, OwnerRef } from './refs.js';

/** Defined in libs/domain (shared with the dashboard); exported here for this library's users. */
export { DEADLINE_STATUSES };
export type { DeadlineStatus };

/**
 * A date by which something must happen for a client, computed by a rule of the deadline engine
 * from a trigger event, and kept with everything needed to explain and recompute it: the rule
 * and its version, the inputs, the steps. A corrected event supersedes it with a new row.
 */
@Entity('deadline')
@Index('idx_deadline_client', ['clientId', 'status', 'dueDate'])
@Index('idx_deadline_open_due', ['dueDate', 'clientId'], { where: `"status" = 'open'` })
@Index('idx_deadline_owner', ['ownerId', 'status', 'dueDate'])
@Index('idx_deadline_source', ['source'])
@Check('ck_deadline_status', `"status" IN ('open', 'met', 'missed', 'waived', 'superseded')`)
export class DeadlineEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  clientId!: string;

  @ManyToOne(() => ClientRef, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id', foreignKeyConstraintName: 'fk_deadline_client' })
  client?: Relation<ClientRef>;

  @Column({ type: 'uuid', nullable: true })
  applicationId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  appointmentId!: string | null;

  /** The rule's stable id, e.g. review-request. */
  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'int' })
  ruleVersion!: number;

  /** The named inputs the rule was computed from (trigger date, expiry date …). */
  @Column({ type: 'jsonb' })
  inputs!: Record<string, string>;

  @Column({ type: 'date' })
  triggerDate!: string;

  /** For windows (renewals): the first day the act may be done. */
  @Column({ type: 'date', nullable: true })
  opensOn!: string | null;

  /** The date in force: the computed one, or a caseworker's override. */
  @Column({ type: 'date' })
  dueDate!: string;

  @Column({ type: 'date' })
  computedDueDate!: string;

  /** Where an unverified rule moved the date later: the last date that is safe in any reading. */
  @Column({ type: 'date', nullable: true })
  conservativeDueDate!: string | null;

  @Column({ type: 'text' })
  hardness!: DeadlineHardness;

  @Column({ type: 'text' })
  confidence!: Confidence;

  @Column({ type: 'jsonb' })
  basis!: Bilingual;

  @Column({ type: 'jsonb' })
  explanation!: Bilingual;

  @Column({ type: 'jsonb' })
  steps!: DeadlineStep[];

  @Column({ type: 'text', default: 'open' })
  status!: DeadlineStatus;

  /** Who must act: the client's primary caseworker unless reassigned. */
  @Column({ type: 'uuid', nullable: true })
  ownerId!: string | null;

  @ManyToOne(() => OwnerRef, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'owner_id', foreignKeyConstraintName: 'fk_deadline_owner' })
  owner?: Relation<OwnerRef>;

  /** The event that produced it, e.g. `transition:<id>`, `client:<id>:landing`, `appointment:<id>`. */
  @Column({ type: 'text' })
  source!: string;

  @Column({ type: 'uuid', nullable: true })
  supersededById!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  resolvedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  resolvedBy!: string | null;

  /** Why it was waived, or what act met it. */
  @Column({ type: 'text', nullable: true })
  resolution!: string | null;

  /**
   * The real-world day it was met (the day the act was done) or missed (the day the window was
   * recorded as lapsed), which can be days before `resolvedAt`, the moment it was recorded: a
   * filing made last week and recorded today met its deadline last week. Null while open, and for
   * a waived or superseded deadline, which no act met or missed.
   */
  @Column({ type: 'date', nullable: true })
  resolvedOn!: string | null;

  @Column({ type: 'text', nullable: true })
  overrideReason!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
