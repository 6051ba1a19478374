import { ApiProperty } from '@nestjs/swagger';
import type { UserEntity } from '../entities/user.entity.js';
import { LOCALES, MEMBERSHIP_KINDS, ROLES, type Locale, type MembershipKind, type Role } from '../roles.js';
import type { Membership } from './user.repository.js';

export class MembershipView {
  @ApiProperty({ format: 'uuid' })
  teamId!: string;

  @ApiProperty()
  teamName!: string;

  @ApiProperty({ enum: MEMBERSHIP_KINDS })
  kind!: MembershipKind;
}

export const USER_STATUSES = ['invited', 'active', 'deactivated'] as const;

export class UserView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  email!: string;

  @ApiProperty()
  displayName!: string;

  @ApiProperty({ enum: ROLES })
  role!: Role;

  @ApiProperty({ enum: LOCALES })
  locale!: Locale;

  @ApiProperty({ enum: USER_STATUSES, description: 'invited: has not set a password yet' })
  status!: (typeof USER_STATUSES)[number];

  @ApiProperty()
  secondFactorEnabled!: boolean;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  lastSignInAt!: string | null;

  @ApiProperty({ type: [MembershipView] })
  memberships!: MembershipView[];

  @ApiProperty({ description: 'Send back unchanged with an update; a stale version answers 409.' })
  version!: number;
}

export function toUserView(user: UserEntity, memberships: readonly Membership[]): UserView {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    locale: user.locale,
    status: !user.active ? 'deactivated' : user.passwordHash === null ? 'invited' : 'active',
    secondFactorEnabled: user.mfaEnabledAt !== null,
    lastSignInAt: user.lastSignInAt?.toISOString() ?? null,
    memberships: memberships.map((m) => ({ teamId: m.teamId, teamName: m.teamName, kind: m.kind })),
    version: user.version,
  };
}
