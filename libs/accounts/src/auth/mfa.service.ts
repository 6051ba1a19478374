import { Injectable } from '@nestjs/common';
import { randomInt } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError } from '#domain';
import { AppConfig, Clock } from '#platform';
import { AuditAction, AuditService } from '#audit';
import { UserEntity } from '../entities/user.entity.js';
import type { Principal } from '../principal.js';
import { KeyedHash } from '../security/keyed-hash.js';
import { hashToken } from '../security/tokens.js';
import { SessionService, type IssuedSession } from '../sessions/session.service.js';
import { UserRepository } from '../users/user.repository.js';
import { PasswordConfirmation } from './password-confirmation.js';
import { SecondFactorThrottle } from './second-factor-throttle.js';
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

/** The signed-in user's password, typed again for a sensitive change, and where the request came from. */
export interface Reauthentication {
  readonly currentPassword: string | undefined;
  readonly ip: string | undefined;
}

/** TOTP second factor: enrolment, verification at sign-in, recovery codes, reset by an administrator. */
@Injectable()
export class MfaService {
  private readonly recoveryCodeHash: KeyedHash;

  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UserRepository,
    private readonly totp: Totp,
    private readonly sessions: SessionService,
    private readonly throttle: SecondFactorThrottle,
    private readonly passwordConfirmation: PasswordConfirmation,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {
    this.recoveryCodeHash = new KeyedHash(config.auth.secret, 'recovery-code');
  }

  /**
   * From a fully signed-in session (the account page) the password is asked again: a stolen
   * session must not be able to tie the account to the thief's phone. During a sign-in that must
   * end in enrolment it is not: that session was made by typing the password moments ago and can
   * do nothing but enrol.
   */
  async startEnrolment(principal: Principal, reauthentication: Reauthentication): Promise<EnrolmentStart> {
    const user = await this.requireUser(principal.userId);
    if (user.mfaEnabledAt !== null) {
      throw new DomainError('SECOND_FACTOR_ALREADY_ENABLED', 'A second factor is already set up. Ask an administrator to reset it.');
    }
    if (principal.sessionState !== 'mfa-enrolment-required') {
      await this.passwordConfirmation.require(principal, reauthentication.currentPassword, reauthentication.ip, 'second-factor-enrolment');
    }
    const enrolment = await this.totp.enrol(user.email);
    await this.users.startSecondFactor(user.id, enrolment.sealedSecret);
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
      await this.users.enableSecondFactor(user.id, now, step, manager);
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

  /**
   * The second step of sign-in. Wrong codes count per user, apart from the password's counter;
   * at the limit the second factor is locked (SECOND_FACTOR_LOCKED) and a locked attempt is not
   * even checked. The session stays waiting, so its owner can go on after the wait.
   */
  async verify(principal: Principal, factor: SecondFactor): Promise<IssuedSession> {
    if (principal.sessionState !== 'mfa-pending') {
      throw new DomainError('SECOND_FACTOR_NOT_STARTED', 'This session is not waiting for a second factor.');
    }
    const attempt = await this.throttle.admit(principal.userId);
    const user = await this.requireUser(principal.userId);
    const method = 'code' in factor ? 'totp' : 'recovery-code';
    const accepted = 'code' in factor ? await this.acceptTotp(user, factor.code) : await this.acceptRecoveryCode(user.id, factor.recoveryCode);
    if (!accepted) {
      await this.audit.record({
        action: AuditAction.SignInMfa,
        outcome: 'failure',
        target: { type: 'session', id: principal.sessionId },
        details: { method, locked: attempt.locks },
      });
      if (attempt.locks) {
        await this.audit.record({
          action: AuditAction.SecondFactorLocked,
          target: { type: 'user', id: user.id },
          details: { failures: attempt.failures, lockedForSeconds: Math.ceil(this.config.auth.lockoutMs / 1000) },
        });
      }
      throw new DomainError('INVALID_SECOND_FACTOR', 'That code is not right.');
    }
    await this.throttle.succeeded(attempt);
    const session = await this.sessions.promote(principal.sessionId);
    await this.audit.record({ action: AuditAction.SignInMfa, target: { type: 'session', id: principal.sessionId }, details: { method } });
    return session;
  }

  /** Asks for the password again: new codes are a way into the account for whoever reads them. */
  async regenerateRecoveryCodes(principal: Principal, reauthentication: Reauthentication): Promise<readonly string[]> {
    const user = await this.requireUser(principal.userId);
    if (user.mfaEnabledAt === null) throw new DomainError('SECOND_FACTOR_NOT_STARTED', 'Set up a second factor first.');
    await this.passwordConfirmation.require(principal, reauthentication.currentPassword, reauthentication.ip, 'recovery-codes');
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
      await this.users.clearSecondFactor(userId, manager);
      await this.sessions.endAllForUser(userId, 'second-factor-reset', undefined, manager);
      await this.audit.record({ action: AuditAction.MfaReset, target: { type: 'user', id: userId } }, manager);
    });
  }

  private async acceptTotp(user: UserEntity, code: string): Promise<boolean> {
    if (user.mfaSecret === null || user.mfaEnabledAt === null) return false;
    const last = user.mfaLastTimeStep === null ? null : Number(user.mfaLastTimeStep);
    const step = await this.totp.verify(user.mfaSecret, code, this.clock.now(), last);
    if (step === undefined) return false;
    return this.users.acceptTimeStep(user.id, step);
  }

  /** Codes made before keyed hashing (`sha256`) still work until used or replaced. */
  private async acceptRecoveryCode(userId: string, recoveryCode: string): Promise<boolean> {
    const normalised = recoveryCode.toUpperCase().replace(/[^A-Z0-9]/g, '');
    return this.users.useRecoveryCode(userId, this.recoveryCodeHash.digest(normalised), hashToken(normalised), this.clock.now());
  }

  private async replaceRecoveryCodes(userId: string, manager: EntityManager): Promise<string[]> {
    const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () => {
      const raw = Array.from({ length: 10 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]).join('');
      return `${raw.slice(0, 5)}-${raw.slice(5)}`;
    });
    await this.users.replaceRecoveryCodes(
      userId,
      codes.map((code) => this.recoveryCodeHash.digest(code.replace('-', ''))),
      manager,
    );
    return codes;
  }

  private async requireUser(userId: string): Promise<UserEntity> {
    const user = await this.users.findById(userId);
    if (!user) throw new DomainError('USER_NOT_FOUND', 'No such user.');
    return user;
  }
}
