import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DomainError } from '#domain';
import { AppConfig, Clock } from '#platform';
import type { SessionState } from '../entities/session.entity.js';
import type { Principal } from '../principal.js';
import { hashToken, newToken } from '../security/tokens.js';
import { SessionCache } from './session-cache.js';
import { SessionRepository } from './session.repository.js';

/** last_seen_at is written at most this often per session, not on every request. */
const TOUCH_INTERVAL_MS = 60_000;

export interface IssuedSession {
  readonly sessionId: string;
  /** The cookie value. Shown once; only its hash is stored. */
  readonly token: string;
  readonly csrfToken: string;
  readonly state: SessionState;
  readonly expiresAt: Date;
}

export interface SessionOrigin {
  readonly ip: string | undefined;
  readonly userAgent: string | undefined;
}

export interface SessionView {
  readonly id: string;
  readonly createdAt: string;
  readonly lastSeenAt: string;
  readonly expiresAt: string;
  readonly ip: string | null;
  readonly userAgent: string | null;
  readonly current: boolean;
}

/**
 * Server-side sessions: issued at sign-in with a fresh random id (so a planted cookie is never
 * adopted), ended by sign-out, idle timeout, absolute lifetime, revocation, a password change
 * or the user's deactivation.
 */
@Injectable()
export class SessionService {
  constructor(
    private readonly sessions: SessionRepository,
    private readonly cache: SessionCache,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async issue(userId: string, state: SessionState, origin: SessionOrigin, manager?: EntityManager): Promise<IssuedSession> {
    const now = this.clock.now();
    const token = newToken();
    const csrfToken = newToken();
    const expiresAt = new Date(now.getTime() + this.config.auth.sessionAbsoluteTimeoutMs);
    const sessionId = await this.sessions.insert(
      {
        tokenHash: hashToken(token),
        userId,
        state,
        csrfToken,
        createdAt: now,
        lastSeenAt: now,
        expiresAt,
        ip: origin.ip ?? null,
        userAgent: origin.userAgent?.slice(0, 300) ?? null,
        revokedAt: null,
        revokedReason: null,
      },
      manager,
    );
    return { sessionId, token, csrfToken, state, expiresAt };
  }

  /** The caller behind a cookie, or undefined if the session is unknown, ended or expired. */
  async resolve(token: string): Promise<Principal | undefined> {
    if (token.length < 20 || token.length > 100) return undefined;
    const now = this.clock.now();
    const idleSince = this.idleSince(now);
    const tokenHash = hashToken(token);
    const key = tokenHash.toString('hex');
    let row = this.cache.get(key, now, idleSince);
    if (!row) {
      const generation = this.cache.begin();
      row = await this.sessions.findLiveByTokenHash(tokenHash, now, idleSince);
      if (!row) return undefined;
      this.cache.store(key, row, generation);
    }
    if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
      await this.sessions.touch(row.sessionId, now);
      this.cache.touched(key, now);
    }
    return {
      userId: row.userId,
      role: row.role,
      email: row.email,
      displayName: row.displayName,
      locale: row.locale,
      sessionId: row.sessionId,
      sessionState: row.state,
      secondFactorEnabled: row.secondFactorEnabled,
      csrfToken: row.csrfToken,
      teamIds: row.teamIds,
      supervisedTeamIds: row.supervisedTeamIds,
      breakGlassClientIds: row.breakGlassClientIds,
    };
  }

  /**
   * After the second factor: same session record, new cookie and CSRF token, now fully active.
   * Changing the id whenever the privilege level changes closes the door on fixation.
   */
  async promote(sessionId: string): Promise<IssuedSession> {
    const token = newToken();
    const csrfToken = newToken();
    const expiresAt = await this.sessions.replaceToken(sessionId, {
      tokenHash: hashToken(token),
      csrfToken,
      state: 'active',
      lastSeenAt: this.clock.now(),
    });
    if (!expiresAt) throw new DomainError('UNAUTHENTICATED', 'The session has ended; sign in again.');
    return { sessionId, token, csrfToken, state: 'active', expiresAt };
  }

  async end(sessionId: string, reason: string): Promise<void> {
    await this.sessions.revoke({ id: sessionId }, reason, this.clock.now());
  }

  /** Ends every session of a user (but `exceptSessionId`, when given): password change, deactivation. */
  async endAllForUser(userId: string, reason: string, exceptSessionId?: string, manager?: EntityManager): Promise<number> {
    return this.sessions.revoke({ userId }, reason, this.clock.now(), exceptSessionId, manager);
  }

  async listForUser(principal: Principal): Promise<SessionView[]> {
    const now = this.clock.now();
    const sessions = await this.sessions.findLiveForUser(principal.userId, now, this.idleSince(now));
    return sessions.map((session) => ({
      id: session.id,
      createdAt: session.createdAt.toISOString(),
      lastSeenAt: session.lastSeenAt.toISOString(),
      expiresAt: session.expiresAt.toISOString(),
      ip: session.ip,
      userAgent: session.userAgent,
      current: session.id === principal.sessionId,
    }));
  }

  /** A user ends one of their own sessions (a lost phone, a shared computer). */
  async revokeOwn(principal: Principal, sessionId: string): Promise<void> {
    const ended = await this.sessions.revoke({ id: sessionId, userId: principal.userId }, 'revoked-by-user', this.clock.now());
    if (ended === 0) throw new DomainError('SESSION_NOT_FOUND', 'No such session.');
  }

  private idleSince(now: Date): Date {
    return new Date(now.getTime() - this.config.auth.sessionIdleTimeoutMs);
  }
}
