import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { ClientEntity } from './client.entity.js';
import { UserRef } from './refs.js';

/** A supervisor or administrator opened a file outside their scope, for a stated reason, for one hour. */
@Entity('break_glass_grant')
@Index('idx_break_glass_user', ['userId', 'expiresAt'])
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
}
