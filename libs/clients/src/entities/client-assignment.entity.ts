import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { ClientEntity } from './client.entity.js';
import { UserRef } from './refs.js';

export const ASSIGNMENT_ROLES = ['primary', 'other'] as const;
export type AssignmentRole = (typeof ASSIGNMENT_ROLES)[number];

/** Who works on a file: exactly one primary caseworker, any number of others. */
@Entity('client_assignment')
@Index('idx_client_assignment_user', ['userId', 'clientId'])
@Index('uq_client_assignment_primary', ['clientId'], { unique: true, where: `"role" = 'primary'` })
@Check('ck_client_assignment_role', `"role" IN ('primary', 'other')`)
export class ClientAssignmentEntity {
  @PrimaryColumn('uuid')
  clientId!: string;

  @ManyToOne(() => ClientEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id', foreignKeyConstraintName: 'fk_client_assignment_client' })
  client?: Relation<ClientEntity>;

  @PrimaryColumn('uuid')
  userId!: string;

  @ManyToOne(() => UserRef, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_client_assignment_user' })
  user?: Relation<UserRef>;

  @Column({ type: 'text' })
  role!: AssignmentRole;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
