import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError } from '#domain';
import { AppConfig, Clock, RequestContext } from '#platform';
import { AuditAction, AuditService } from '#audit';
import { Mailer, passwordResetEmail } from '#notifications';
import type { Principal } from '../principal.js';
import { SessionService } from '../sessions/session.service.js';
import { UserRepository } from '../users/user.repository.js';
import { AccountTokenService } from './account-token.service.js';
import { PasswordConfirmation } from './password-confirmation.js';
import { Passwords } from './passwords.js';
import { ResetRequestThrottle, type ResetRequestVerdict } from './reset-request-throttle.js';

/** Setting, changing and resetting passwords. Every change ends the user's other sessions. */
@Injectable()
export class PasswordService {
  private readonly logger = new Logger(PasswordService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UserRepository,
    private readonly passwords: Passwords,
    private readonly confirmation: PasswordConfirmation,
    private readonly tokens: AccountTokenService,
    private readonly sessions: SessionService,
    private readonly resetThrottle: ResetRequestThrottle,
    private readonly audit: AuditService,
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async change(principal: Principal, currentPassword: string, newPassword: string, ip: string | undefined): Promise<void> {
    if (!(await this.confirmation.matches(principal, currentPassword, ip, 'password-change'))) {
      throw new DomainError('INVALID_CREDENTIALS', 'The current password is wrong.');
    }
    const user = await this.users.findById(principal.userId);
    if (!user) throw new DomainError('USER_NOT_FOUND', 'No such user.');
    const passwordHash = await this.passwords.hashAcceptable(newPassword, user.email);
    await this.dataSource.transaction(async (manager) => {
      await this.users.setPassword(user.id, passwordHash, this.clock.now(), manager);
      const ended = await this.sessions.endAllForUser(user.id, 'password-changed', principal.sessionId, manager);
      await this.audit.record(
        { action: AuditAction.PasswordChanged, target: { type: 'user', id: user.id }, details: { otherSessionsEnded: ended } },
        manager,
      );
    });
  }

  /**
   * Answers the same way at once whether or not the address has an account; the lookup and the
   * email happen afterwards, so neither the answer nor its timing tells. Past the per-address
   * limit nothing is sent, silently: the limit applies to every address alike, and the caller
   * learns nothing it could use. Past the per-network-address limit the request is refused
   * (RATE_LIMITED): that limit says nothing about any address, and a person behind a busy
   * network should be told to wait rather than wait for mail that never comes.
   */
  async requestReset(email: string, ip: string | undefined): Promise<void> {
    const verdict = await this.resetThrottle.admit(email, ip ?? 'unknown');
    if (!verdict.allowed && verdict.limit === 'network-address') {
      if (verdict.first) await this.auditThrottled(verdict, null, null);
      throw new DomainError('RATE_LIMITED', 'Too many password-reset requests from this network. Wait and try again.', {
        retryAfterSeconds: verdict.retryAfterSeconds,
      });
    }
    const context = RequestContext.current();
    setImmediate(() => {
      const work = verdict.allowed ? this.sendReset(email) : verdict.first ? this.auditThrottledAddress(email, verdict) : Promise.resolve();
      const run = () => work.catch((error: unknown) => this.logger.error({ err: error }, 'password reset request failed'));
      if (context) RequestContext.run(context, () => void run());
      else void run();
    });
  }

  async completeReset(token: string, newPassword: string): Promise<void> {
    await this.setFromToken(token, newPassword, 'password-reset');
  }

  async acceptInvitation(token: string, newPassword: string): Promise<void> {
    await this.setFromToken(token, newPassword, 'invitation');
  }

  private async setFromToken(token: string, newPassword: string, purpose: 'password-reset' | 'invitation'): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const userId = await this.tokens.consume(token, purpose, manager);
      const user = await this.users.findByIdForUpdate(userId, manager);
      if (!user?.active) throw new DomainError('TOKEN_INVALID_OR_EXPIRED', 'This link is invalid, already used or expired.');
      const passwordHash = await this.passwords.hashAcceptable(newPassword, user.email);
      await this.users.setPassword(user.id, passwordHash, this.clock.now(), manager);
      const ended = await this.sessions.endAllForUser(user.id, purpose, undefined, manager);
      await this.audit.record(
        {
          action: purpose === 'invitation' ? AuditAction.InvitationAccepted : AuditAction.PasswordResetCompleted,
          actor: { userId: user.id, role: user.role },
          target: { type: 'user', id: user.id },
          details: { sessionsEnded: ended },
        },
        manager,
      );
    });
  }

  /** Once per window and address: whose account was asked for too often, without the address itself. */
  private async auditThrottledAddress(email: string, verdict: ResetRequestVerdict & { allowed: false }): Promise<void> {
    const user = await this.users.findByEmail(email);
    await this.auditThrottled(verdict, user?.id ?? null, this.resetThrottle.addressKey(email));
  }

  private async auditThrottled(verdict: ResetRequestVerdict & { allowed: false }, userId: string | null, addressKey: string | null): Promise<void> {
    await this.audit.record({
      action: AuditAction.PasswordResetThrottled,
      outcome: 'denied',
      actor: null,
      target: { type: 'user', id: userId },
      details: { limit: verdict.limit, retryAfterSeconds: verdict.retryAfterSeconds, ...(addressKey ? { addressKey } : {}) },
    });
  }

  private async sendReset(email: string): Promise<void> {
    const user = await this.users.findByEmail(email);
    if (!user?.active || user.passwordHash === null) return;
    const { token, expiresAt } = await this.tokens.issue(user.id, 'password-reset');
    await this.audit.record({
      action: AuditAction.PasswordResetRequested,
      actor: null,
      target: { type: 'user', id: user.id },
    });
    const url = `${this.config.http.publicUrl}/reset-password#token=${token}`;
    await this.mailer.send({ to: user.email, ...passwordResetEmail({ locale: user.locale, url, expiresAt }) });
  }
}
