import { Module } from '@nestjs/common';
import { AccountTokenRepository } from './auth/account-token.repository.js';
import { AccountTokenService } from './auth/account-token.service.js';
import { LoginThrottle } from './auth/login-throttle.js';
import { MfaService } from './auth/mfa.service.js';
import { PasswordConfirmation } from './auth/password-confirmation.js';
import { PasswordService } from './auth/password.service.js';
import { Passwords } from './auth/passwords.js';
import { ResetRequestThrottle } from './auth/reset-request-throttle.js';
import { SecondFactorThrottle } from './auth/second-factor-throttle.js';
import { SignInService } from './auth/sign-in.service.js';
import { Totp } from './auth/totp.js';
import { PasswordHasher } from './security/password-hasher.js';
import { PrincipalChanges } from './sessions/principal-changes.js';
import { SessionCache } from './sessions/session-cache.js';
import { SessionRepository } from './sessions/session.repository.js';
import { SessionService } from './sessions/session.service.js';
import { MembershipEvents } from './teams/membership-events.js';
import { TeamRepository } from './teams/team.repository.js';
import { TeamsService } from './teams/teams.service.js';
import { ProfileService } from './users/profile.service.js';
import { UserRepository } from './users/user.repository.js';
import { UsersService } from './users/users.service.js';

/**
 * Accounts, teams, sign-in, sessions and the second factor. Needs the audit and notifications
 * modules, and a provider of EmergencyAccessGrants (the client files library).
 */
@Module({
  providers: [
    AccountTokenRepository,
    AccountTokenService,
    LoginThrottle,
    MembershipEvents,
    MfaService,
    PasswordConfirmation,
    PasswordHasher,
    PasswordService,
    Passwords,
    PrincipalChanges,
    ProfileService,
    ResetRequestThrottle,
    SecondFactorThrottle,
    SessionCache,
    SessionRepository,
    SessionService,
    SignInService,
    TeamRepository,
    TeamsService,
    Totp,
    UserRepository,
    UsersService,
  ],
  exports: [MembershipEvents, MfaService, PasswordService, PrincipalChanges, ProfileService, SessionCache, SessionService, SignInService, TeamsService, UsersService, PasswordHasher],
})
export class AccountsModule {}
