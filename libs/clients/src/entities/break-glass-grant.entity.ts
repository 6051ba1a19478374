import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { ClientEntity } from './client.entity.js';
import { UserRef } from './refs.js';

/**
 * A supervisor or administrator opened a file outside their scope, for a stated reason, for one
 * hour, unless it was ended earlier (by them or a supervisor of the file's team).
 */
@Entity('break_glass_grant')
@Index('idx_break_glass_user', ['userId', 'expiresAt'])
@Index('idx_break_glass_granted', ['grantedAt', 'id'])
export class BreakGlassGrantEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserRef, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_break_glass_user' })
  user?: Relation<UserRef>;

  @Column({ type: 'uuid' })
  clientId!: string;

  @ManyToOne(() => ClientEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id', foreignKeyConstraintName: 'fk_break_glass_client' })
  client?: Relation<ClientEntity>;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'timestamptz' })
  grantedAt!: Date;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  /** Ended before it expired; access stops at the caller's next request. */
  @Column({ type: 'timestamptz', nullable: true })
  endedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  endedBy!: string | null;

  @ManyToOne(() => UserRef, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'ended_by', foreignKeyConstraintName: 'fk_break_glass_ended_by' })
  endedByUser?: Relation<UserRef>;
}
