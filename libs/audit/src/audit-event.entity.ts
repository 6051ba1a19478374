import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const AUDIT_OUTCOMES = ['success', 'failure', 'denied'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/** Identifiers, counts and flags: never personal values. */
export type AuditDetails = { [key: string]: string | number | boolean | null | string[] };

/**
 * One line of the audit trail. Append-only: a database trigger refuses UPDATE, DELETE and
 * TRUNCATE. It records who did what to which record, from where, and which fields changed
 * (names, never values): the trail must not itself become a copy of the files.
 */
@Entity('audit_event')
@Index('idx_audit_event_occurred', ['occurredAt', 'id'])
@Index('idx_audit_event_actor', ['actorUserId', 'occurredAt'])
@Index('idx_audit_event_client', ['clientId', 'occurredAt'])
export class AuditEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  actorUserId!: string | null;

  @Column({ type: 'text', nullable: true })
  actorRole!: string | null;

  @Column({ type: 'text' })
  action!: string;

  @Column({ type: 'text' })
  outcome!: AuditOutcome;

  @Column({ type: 'text', nullable: true })
  targetType!: string | null;

  @Column({ type: 'uuid', nullable: true })
  targetId!: string | null;

  /** The client whose file was read or changed, for "who looked at this person's file". */
  @Column({ type: 'uuid', nullable: true })
  clientId!: string | null;

  /** Every client record a list or search returned. */
  @Index('idx_audit_event_record_ids', { synchronize: false })
  @Column({ type: 'uuid', array: true, nullable: true })
  recordIds!: string[] | null;

  @Column({ type: 'text', array: true, nullable: true })
  changedFields!: string[] | null;

  @Column({ type: 'inet', nullable: true })
  ip!: string | null;

  @Column({ type: 'text', nullable: true })
  correlationId!: string | null;

  /** Why: required for break-glass access and overrides. */
  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  /** Identifiers and counts only, never personal values. */
  @Column({ type: 'jsonb', nullable: true })
  details!: AuditDetails | null;
}
