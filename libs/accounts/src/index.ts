import { AccountTokenEntity } from './entities/account-token.entity.js';
import { RecoveryCodeEntity } from './entities/recovery-code.entity.js';
import { SessionEntity } from './entities/session.entity.js';
import { TeamMembershipEntity } from './entities/team-membership.entity.js';
import { TeamEntity } from './entities/team.entity.js';
import { UserEntity } from './entities/user.entity.js';

/** Registered in migrations/schema.ts; the classes are not used outside this library. */
export const ACCOUNTS_ENTITIES = [
  TeamEntity,
  UserEntity,
  TeamMembershipEntity,
  AccountTokenEntity,
  RecoveryCodeEntity,
  SessionEntity,
];

export { AccountsModule } from './accounts.module.js';
export { TOKEN_LIFETIME_MS } from './auth/account-token.service.js';
export { MfaService, type EnrolmentDone, type EnrolmentStart, type Reauthentication, type SecondFactor } from './auth/mfa.service.js';
export { PasswordService } from './auth/password.service.js';
export { SignInService } from './auth/sign-in.service.js';
export { SESSION_STATES, type SessionState } from './entities/session.entity.js';
export type { Principal } from './principal.js';
export { LOCALES, MEMBERSHIP_KINDS, ROLES, type Locale, type MembershipKind, type Role } from './roles.js';
export { PasswordHasher } from './security/password-hasher.js';
export { EmergencyAccessGrants } from './sessions/emergency-access-grants.js';
export { PrincipalChanges } from './sessions/principal-changes.js';
export { PRINCIPAL_CHANGES_CHANNEL, SessionCache } from './sessions/session-cache.js';
export { SessionService, type IssuedSession, type SessionOrigin, type SessionView } from './sessions/session.service.js';
export { TeamDetailView, TeamMemberView, TeamView } from './teams/team.views.js';
export { MembershipEvents, type MembershipsEnded, type MembershipsEndedListener } from './teams/membership-events.js';
export { TeamDirectory } from './teams/team-directory.repository.js';
export { TeamsService } from './teams/teams.service.js';
export { ProfileService } from './users/profile.service.js';
export type { UserListFilter } from './users/user.repository.js';
export { MembershipView, toUserView, USER_STATUSES, UserView } from './users/user.views.js';
export { AccountAuditActors } from './users/account-audit-actors.js';
export { UserDirectoryModule } from './users/user-directory.module.js';
export { UserDirectory } from './users/user-directory.repository.js';
export { UsersService, type InvitedUser, type InviteUserInput, type MembershipInput, type UpdateUserInput } from './users/users.service.js';
export { safeEqual } from './security/tokens.js';
