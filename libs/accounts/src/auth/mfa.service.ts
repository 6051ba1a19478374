import { Injectable } from '@nestjs/common';
import { randomInt } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError } from '#domain';
import { Clock } from '#platform';
import { AuditAction, AuditService } from '#audit';
import { RecoveryCodeEntity } from '../entities/recovery-code.entity.js';
import { UserEntity } from '../entities/user.entity.js';
import type { Principal } from '../principal.js';
import { hashToken } from '../security/tokens.js';
import { SessionService, type IssuedSession } from '../sessions/session.service.js';
import { UserRepository } from '../users/user.repository.js';
import { LoginThrottle } from './login-throttle.js';
import { Totp } from './totp.js';

const RECOVERY_CODE_COUNT = 10;
/** Unambiguous characters (no 0/O, 1/I/L). */
const RECOVERY_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

export interface EnrolmentStart {
  readonly secret: string;
  readonly otpauthUri: string;
  readonly qrCodeDataUrl: string;
}

export interface EnrolmentDone {
  /** Shown once: the user must store them somewhere safe. */
  readonly recoveryCodes: readonly string[];
  /** Present when the enrolment completed a sign-in: the session was promoted to a new cookie. */
  readonly session?: IssuedSession;
}

export type SecondFactor = { readonly code: string } | { readonly recoveryCode: string };

/** TOTP second factor: enrolment, verification at sign-in, recovery codes, reset by an administrator. */
@Injectable()
export class MfaService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UserRepository,
    private readonly totp: Totp,
    private readonly sessions: SessionService,
    private readonly throttle: LoginThrottle,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async startEnrolment(principal: Principal): Promise<EnrolmentStart> {
    const user = await this.requireUser(principal.userId);
    if (user.mfaEnabledAt !== null) {
      throw new DomainError('SECOND_FACTOR_ALREADY_ENABLED', 'A second factor is already set up. Ask an administrator to reset it.');
    }
    const enrolment = await this.totp.enrol(user.email);
    await this.dataSource.getRepository(UserEntity).update({ id: user.id }, { mfaSecret: enrolment.sealedSecret });
    return { secret: enrolment.secret, otpauthUri: enrolment.otpauthUri, qrCodeDataUrl: enrolment.qrCodeDataUrl };
  }

  async confirmEnrolment(principal: Principal, code: string): Promise<EnrolmentDone> {
    const user = await this.requireUser(principal.userId);
    if (user.mfaEnabledAt !== null) {
      throw new DomainError('SECOND_FACTOR_ALREADY_ENABLED', 'A second factor is already set up.');
    }
    if (user.mfaSecret === null) {
      throw new DomainError('SECOND_FACTOR_NOT_STARTED', 'Start the set-up first: scan the QR code, then enter a code.');
    }
    const now = this.clock.now();
    const step = await this.totp.verify(user.mfaSecret, code, now, null);
    if (step === undefined) throw new DomainError('INVALID_SECOND_FACTOR', 'That code is not right. Check the time on your phone and try the next code.');
    const recoveryCodes = await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(UserEntity).update({ id: user.id }, { mfaEnabledAt: now, mfaLastTimeStep: String(step) });
      const codes = await this.replaceRecoveryCodes(user.id, manager);
      await this.audit.record({ action: AuditAction.MfaEnrolled, target: { type: 'user', id: user.id } }, manager);
      return codes;
    });
    if (principal.sessionState === 'mfa-enrolment-required') {
      const session = await this.sessions.promote(principal.sessionId);
      return { recoveryCodes, session };
    }
    return { recoveryCodes };
  }

  /** The second step of sign-in. Wrong codes count towards the account's lockout. */
  async verify(principal: Principal, factor: SecondFactor, ip: string | undefined): Promise<IssuedSession> {
    if (principal.sessionState !== 'mfa-pending') {
      throw new DomainError('SECOND_FACTOR_NOT_STARTED', 'This session is not waiting for a second factor.');
    }
    const key = { email: principal.email, ip: ip ?? 'unknown' };
    await this.throttle.beforeAttempt(key);
    const user = await this.requireUser(principal.userId);
    const method = 'code' in factor ? 'totp' : 'recovery-code';
    const accepted = 'code' in factor ? await this.acceptTotp(user, factor.code) : await this.acceptRecoveryCode(user.id, factor.recoveryCode);
    if (!accepted) {
      const locked = await this.throttle.recordFailure(key);
      if (locked) await this.sessions.end(principal.sessionId, 'locked-out');
      await this.audit.record({
        action: AuditAction.SignInMfa,
        outcome: 'failure',
        target: { type: 'session', id: principal.sessionId },
        details: { method, locked },
      });
      throw new DomainError('INVALID_SECOND_FACTOR', 'That code is not right.');
    }
    await this.throttle.recordSuccess(key);
    const session = await this.sessions.promote(principal.sessionId);
    await this.audit.record({ action: AuditAction.SignInMfa, target: { type: 'session', id: principal.sessionId }, details: { method } });
    return session;
  }

  async regenerateRecoveryCodes(principal: Principal): Promise<readonly string[]> {
    const user = await this.requireUser(principal.userId);
    if (user.mfaEnabledAt === null) throw new DomainError('SECOND_FACTOR_NOT_STARTED', 'Set up a second factor first.');
    return this.dataSource.transaction(async (manager) => {
      const codes = await this.replaceRecoveryCodes(user.id, manager);
      await this.audit.record({ action: AuditAction.RecoveryCodesRegenerated, target: { type: 'user', id: user.id } }, manager);
      return codes;
    });
  }

  /** An administrator clears a user's second factor (lost phone); the user enrols again at next sign-in. */
  async resetForUser(userId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const user = await this.users.findByIdForUpdate(userId, manager);
      if (!user) throw new DomainError('USER_NOT_FOUND', 'No such user.');
      await manager.getRepository(UserEntity).update({ id: userId }, { mfaSecret: null, mfaEnabledAt: null, mfaLastTimeStep: null });
      await manager.getRepository(RecoveryCodeEntity).delete({ userId });
      await this.sessions.endAllForUser(userId, 'second-factor-reset', undefined, manager);
      await this.audit.record({ action: AuditAction.MfaReset, target: { type: 'user', id: userId } }, manager);
    });
  }

  private async acceptTotp(user: UserEntity, code: string): Promise<boolean> {
    if (user.mfaSecret === null || user.mfaEnabledAt === null) return false;
    const last = user.mfaLastTimeStep === null ? null : Number(user.mfaLastTimeStep);
    const step = await this.totp.verify(user.mfaSecret, code, this.clock.now(), last);
    if (step === undefined) return false;
    // Conditional, so two requests racing with the same code cannot both succeed.
    const result = await this.dataSource.query<[unknown[], number]>(
      `UPDATE user_account SET mfa_last_time_step = $2
        WHERE id = $1 AND (mfa_last_time_step IS NULL OR mfa_last_time_step < $2)`,
      [user.id, step],
    );
    return result[1] === 1;
  }

  private async acceptRecoveryCode(userId: string, recoveryCode: string): Promise<boolean> {
    const normalised = recoveryCode.toUpperCase().replace(/[^A-Z0-9]/g, '');
    const rows = await this.dataSource.query<[unknown[], number]>(
      `UPDATE mfa_recovery_code SET used_at = $3 WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL`,
      [userId, hashToken(normalised), this.clock.now()],
    );
    return rows[1] === 1;
  }

  private async replaceRecoveryCodes(userId: string, manager: EntityManager): Promise<string[]> {
    const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () => {
      const raw = Array.from({ length: 10 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]).join('');
      return `${raw.slice(0, 5)}-${raw.slice(5)}`;
    });
    const repo = manager.getRepository(RecoveryCodeEntity);
    await repo.delete({ userId });
    await repo.insert(codes.map((code) => ({ userId, codeHash: hashToken(code.replace('-', '')), usedAt: null })));
    return codes;
  }

  private async requireUser(userId: string): Promise<UserEntity> {
    const user = await this.users.findById(userId);
    if (!user) throw new DomainError('USER_NOT_FOUND', 'No such user.');
    return user;
  }
}
