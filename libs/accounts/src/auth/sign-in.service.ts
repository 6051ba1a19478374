import { Injectable } from '@nestjs/common';
import { DomainError } from '#domain';
import { AppConfig, Clock } from '#platform';
import { AuditAction, AuditService } from '#audit';
import { UserEntity } from '../entities/user.entity.js';
import type { SessionState } from '../entities/session.entity.js';
import type { Principal } from '../principal.js';
import { PasswordHasher } from '../security/password-hasher.js';
import { SessionService, type IssuedSession, type SessionOrigin } from '../sessions/session.service.js';
import { UserRepository } from '../users/user.repository.js';
import { LoginThrottle } from './login-throttle.js';

const INVALID = 'Email or password is wrong.';

/**
 * Password sign-in. An unknown email, a deactivated account, an account still waiting for its
 * invitation and a wrong password all get the same answer after the same work, so the answer
 * tells an attacker nothing about which addresses have accounts.
 */
@Injectable()
export class SignInService {
  constructor(
    private readonly users: UserRepository,
    private readonly hasher: PasswordHasher,
    private readonly throttle: LoginThrottle,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async signIn(email: string, password: string, origin: SessionOrigin): Promise<IssuedSession> {
    // Refused attempts stop here, before the lookup and the argon2 work.
    const attempt = await this.throttle.admit({ email, ip: origin.ip ?? 'unknown' });
    const user = await this.users.findByEmail(email);
    const usable = user !== null && user.active && user.passwordHash !== null;
    const valid = usable ? await this.hasher.verify(user.passwordHash as string, password) : await this.hasher.verifyNothing(password);
    if (!valid || !user) {
      await this.audit.record({
        action: AuditAction.SignIn,
        outcome: 'failure',
        actor: null,
        target: { type: 'user', id: user?.id ?? null },
        details: { locked: attempt.locks },
      });
      throw new DomainError('INVALID_CREDENTIALS', INVALID);
    }
    await this.throttle.succeeded(attempt);
    const session = await this.sessions.issue(user.id, this.stateAfterPassword(user), origin);
    await this.users.markSignedIn(user.id, this.clock.now());
    await this.audit.record({
      action: AuditAction.SignIn,
      actor: { userId: user.id, role: user.role },
      target: { type: 'session', id: session.sessionId },
      details: { secondFactorPending: session.state !== 'active' },
    });
    return session;
  }

  async signOut(principal: Principal): Promise<void> {
    await this.sessions.end(principal.sessionId, 'signed-out');
    await this.audit.record({ action: AuditAction.SignOut, target: { type: 'session', id: principal.sessionId } });
  }

  /** A user ends one of their own sessions (a lost phone, a shared computer); audited. */
  async revokeOwnSession(principal: Principal, sessionId: string): Promise<void> {
    await this.sessions.revokeOwn(principal, sessionId);
    await this.audit.record({ action: AuditAction.SessionRevoked, target: { type: 'session', id: sessionId } });
  }

  /** A user signs out everywhere else at once, keeping the session they ask from; audited. */
  async revokeOtherSessions(principal: Principal): Promise<number> {
    const ended = await this.sessions.endAllForUser(principal.userId, 'revoked-by-user', principal.sessionId);
    if (ended > 0) await this.audit.record({ action: AuditAction.SessionRevoked, target: { type: 'session', id: null }, details: { others: ended } });
    return ended;
  }

  /** Anyone who enrolled a second factor uses it; the listed roles must enrol before doing anything. */
  private stateAfterPassword(user: UserEntity): SessionState {
    if (user.mfaEnabledAt !== null) return 'mfa-pending';
    return this.config.auth.mfaRequiredRoles.includes(user.role) ? 'mfa-enrolment-required' : 'active';
  }
}
