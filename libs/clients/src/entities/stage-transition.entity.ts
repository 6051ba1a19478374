import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const TRACKS = ['protection', 'residence', 'deportation'] as const;
export type Track = (typeof TRACKS)[number];

/**
 * The history of every step on the three tracks: which step, the real-world date it happened
 * (e.g. the day the refusal notice was received), who recorded it, when, and why. Append-only in
 * practice: a correction is a new step, never an edit.
 */
@Entity('stage_transition')
@Index('idx_stage_transition_client', ['clientId', 'recordedAt'])
@Index('idx_stage_transition_application', ['applicationId', 'recordedAt'])
@Check('ck_stage_transition_track', `"track" IN ('protection', 'residence', 'deportation')`)
export class StageTransitionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  clientId!: string;

  /** Set for the protection track. */
  @Column({ type: 'uuid', nullable: true })
  applicationId!: string | null;

  @Column({ type: 'text' })
  track!: Track;

  @Column({ type: 'text' })
  fromStage!: string;

  @Column({ type: 'text' })
  toStage!: string;

  @Column({ type: 'text', nullable: true })
  outcome!: string | null;

  /** The date that orders the history: when it happened in the world. */
  @Column({ type: 'date' })
  eventOn!: string;

  /** Every date the step recorded, by field name (filedOn, noticeReceivedOn, …). */
  @Column({ type: 'jsonb' })
  dates!: Record<string, string>;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  /**
   * The track's state before this step (protection track). Correcting the step's dates re-applies
   * it to this state, so the history keeps both the original and the corrected entry.
   */
  @Column({ type: 'jsonb', nullable: true })
  stateBefore!: object | null;

  /** Set when this entry corrects the dates of an earlier entry (which stays in the history). */
  @Column({ type: 'uuid', nullable: true })
  correctsId!: string | null;

  @Column({ type: 'uuid' })
  recordedBy!: string;

  @Column({ type: 'timestamptz' })
  recordedAt!: Date;
}
