import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { ClientEntity } from './client.entity.js';

/** What a timeline entry shows, besides a note's text: ids, stages, dates, field names. */
export type TimelineData = { [key: string]: string | number | boolean | null | string[] };

/**
 * One entry of a client's timeline: every change to the file (intake, stage and status steps,
 * appointments, deadlines, reminders sent or failed) and the workers' notes. Written in the same
 * transaction as the change it describes.
 */
@Entity('timeline_event')
@Index('idx_timeline_event_client', ['clientId', 'occurredAt', 'id'])
export class TimelineEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ type: 'uuid' })
  clientId!: string;

  @ManyToOne(() => ClientEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id', foreignKeyConstraintName: 'fk_timeline_event_client' })
  client?: Relation<ClientEntity>;

  @Column({ type: 'timestamptz' })
  occurredAt!: Date;

  /** e.g. client.intake, application.stage, residence.stage, appointment.scheduled, note */
  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'uuid', nullable: true })
  actorUserId!: string | null;

  /** What the entry shows: record ids, stages, dates; the text of a note. */
  @Column({ type: 'jsonb' })
  data!: TimelineData;

  /** The note's text, for kind = note. */
  @Column({ type: 'text', nullable: true })
  body!: string | null;
}
