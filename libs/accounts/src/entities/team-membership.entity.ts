import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { MembershipKind } from '../roles.js';
import { TeamEntity } from './team.entity.js';
import { UserEntity } from './user.entity.js';

@Entity('team_membership')
@Index('idx_team_membership_user', ['userId'])
@Check('ck_team_membership_kind', `"kind" IN ('member', 'supervisor')`)
export class TeamMembershipEntity {
  @PrimaryColumn('uuid')
  teamId!: string;

  @ManyToOne(() => TeamEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'team_id', foreignKeyConstraintName: 'fk_team_membership_team' })
  team?: Relation<TeamEntity>;

  @PrimaryColumn('uuid')
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_team_membership_user' })
  user?: Relation<UserEntity>;

  @Column({ type: 'text' })
  kind!: MembershipKind;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
