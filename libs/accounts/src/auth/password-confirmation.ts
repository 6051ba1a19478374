import { Injectable } from '@nestjs/common';
import { DomainError } from '#domain';
import { AuditAction, AuditService } from '#audit';
import type { Principal } from '../principal.js';
import { PasswordHasher } from '../security/password-hasher.js';
import { UserRepository } from '../users/user.repository.js';
import { LoginThrottle } from './login-throttle.js';

/** What a signed-in user confirms with their password; named in the audit trail. */
export type ConfirmedChange = 'password-change' | 'second-factor-enrolment' | 'recovery-codes';

/**
 * The password asked again before a change that would let a stolen session keep the account
 * (a new password, a second factor of the thief's own, recovery codes to read). Wrong answers
 * count toward the account's and the network address's lockouts exactly like wrong sign-ins, so a
 * session cannot be used to guess the password, and each is audited. A right answer gives back
 * only its own charge (LoginThrottle.succeeded), so confirming from a session cannot reset an
 * address that has been guessing at other accounts.
 */
@Injectable()
export class PasswordConfirmation {
  constructor(
    private readonly users: UserRepository,
    private readonly hasher: PasswordHasher,
    private readonly throttle: LoginThrottle,
    private readonly audit: AuditService,
  ) {}

  /** True when the password is the user's; refuses with LOGIN_THROTTLED while the account is locked. */
  async matches(principal: Principal, password: string, ip: string | undefined, change: ConfirmedChange): Promise<boolean> {
    const attempt = await this.throttle.admit({ email: principal.email, ip: ip ?? 'unknown' });
    const user = await this.users.findById(principal.userId);
    const valid = user?.passwordHash ? await this.hasher.verify(user.passwordHash, password) : await this.hasher.verifyNothing(password);
    if (valid) {
      await this.throttle.succeeded(attempt);
      return true;
    }
    await this.audit.record({
      action: AuditAction.PasswordConfirmationFailed,
      outcome: 'failure',
      target: { type: 'user', id: principal.userId },
      details: { change, locked: attempt.locks },
    });
    return false;
  }

  /** As `matches`, but refuses a wrong password with PASSWORD_CONFIRMATION_FAILED. */
  async require(principal: Principal, password: string | undefined, ip: string | undefined, change: ConfirmedChange): Promise<void> {
    if (password === undefined || password === '') {
      throw new DomainError('VALIDATION_FAILED', 'Type your current password to confirm this change.', {
        fields: [{ field: 'currentPassword', problems: ['required to confirm this change'] }],
      });
    }
    if (!(await this.matches(principal, password, ip, change))) {
      throw new DomainError('PASSWORD_CONFIRMATION_FAILED', 'The password is wrong, so nothing was changed.');
    }
  }
}
