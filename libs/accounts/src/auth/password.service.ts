import { Inject, Injectable, Logger } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { DomainError } from '#domain';
import { AppConfig, Clock, REDIS_CLIENT, RequestContext } from '#platform';
import { AuditAction, AuditService } from '#audit';
import { Mailer, passwordResetEmail } from '#notifications';
import { UserEntity } from '../entities/user.entity.js';
import type { Principal } from '../principal.js';
import { PasswordHasher } from '../security/password-hasher.js';
import { SessionService } from '../sessions/session.service.js';
import { UserRepository } from '../users/user.repository.js';
import { AccountTokenService } from './account-token.service.js';
import { LoginThrottle } from './login-throttle.js';
import { Passwords } from './passwords.js';

/** Reset emails per address per hour: enough for a forgetful person, useless for mail-bombing. */
const RESET_REQUESTS_PER_HOUR = 3;

/** Setting, changing and resetting passwords. Every change ends the user's other sessions. */
@Injectable()
export class PasswordService {
  private readonly logger = new Logger(PasswordService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UserRepository,
    private readonly passwords: Passwords,
    private readonly hasher: PasswordHasher,
    private readonly tokens: AccountTokenService,
    private readonly sessions: SessionService,
    private readonly throttle: LoginThrottle,
    private readonly audit: AuditService,
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    @Inject(REDIS_CLIENT) private readonly redis: Redis,
  ) {}

  async change(principal: Principal, currentPassword: string, newPassword: string, ip: string | undefined): Promise<void> {
    const key = { email: principal.email, ip: ip ?? 'unknown' };
    await this.throttle.beforeAttempt(key);
    const user = await this.users.findById(principal.userId);
    if (!user?.passwordHash || !(await this.hasher.verify(user.passwordHash, currentPassword))) {
      await this.throttle.recordFailure(key);
      throw new DomainError('INVALID_CREDENTIALS', 'The current password is wrong.');
    }
    const passwordHash = await this.passwords.hashAcceptable(newPassword, user.email);
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(UserEntity).update({ id: user.id }, { passwordHash, passwordChangedAt: this.clock.now() });
      const ended = await this.sessions.endAllForUser(user.id, 'password-changed', principal.sessionId, manager);
      await this.audit.record(
        { action: AuditAction.PasswordChanged, target: { type: 'user', id: user.id }, details: { otherSessionsEnded: ended } },
        manager,
      );
    });
  }

  /**
   * Always answers the same way at once; the lookup and the email happen afterwards, so neither
   * the answer nor its timing says whether the address has an account.
   */
  requestReset(email: string): void {
    const context = RequestContext.current();
    setImmediate(() => {
      const run = () => this.sendReset(email).catch((error: unknown) => this.logger.error({ err: error }, 'password reset email failed'));
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
      await manager.getRepository(UserEntity).update({ id: user.id }, { passwordHash, passwordChangedAt: this.clock.now() });
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

  private async sendReset(email: string): Promise<void> {
    const counter = `auth:reset-requests:${createHash('sha256').update(email.trim().toLowerCase()).digest('hex')}`;
    const count = await this.redis.incr(counter);
    if (count === 1) await this.redis.expire(counter, 3600);
    if (count > RESET_REQUESTS_PER_HOUR) return;
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
