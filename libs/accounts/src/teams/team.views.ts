import { ApiProperty } from '@nestjs/swagger';
import { MEMBERSHIP_KINDS, ROLES, type MembershipKind, type Role } from '../roles.js';

export class TeamMemberView {
  @ApiProperty({ format: 'uuid' })
  userId!: string;

  @ApiProperty()
  displayName!: string;

  @ApiProperty({ enum: ROLES })
  role!: Role;

  @ApiProperty({ enum: MEMBERSHIP_KINDS })
  kind!: MembershipKind;

  @ApiProperty()
  active!: boolean;
}

export class TeamView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ description: 'Active members (caseworkers and supervisors working cases)' })
  memberCount!: number;

  @ApiProperty()
  supervisorCount!: number;
}

export class TeamDetailView extends TeamView {
  @ApiProperty({ type: [TeamMemberView] })
  members!: TeamMemberView[];
}
