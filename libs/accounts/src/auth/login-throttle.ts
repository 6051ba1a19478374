import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import { DomainError } from '#domain';
import { AppConfig, REDIS_CLIENT } from '#platform';

export interface ThrottleKey {
  /** The email as typed (normalised here): unknown addresses are throttled exactly like real ones. */
  readonly email: string;
  readonly ip: string;
}

/**
 * Failed sign-in counters, in Redis so every api instance sees the same ones.
 *
 * - Per account: after 3 failures each further attempt waits longer (0.25 s, 0.5 s, 1 s … up to
 *   4 s); at AUTH_LOCKOUT_THRESHOLD failures the account is locked for AUTH_LOCKOUT_SECONDS.
 * - Per address: at AUTH_IP_FAILURE_LIMIT failures the address is blocked for the same time.
 * A success clears the account's counter. Keys hold a hash of the email, never the address itself.
 */
@Injectable()
export class LoginThrottle {
  constructor(
    @Inject(REDIS_CLIENT) private readonly redis: Redis,
    private readonly config: AppConfig,
  ) {}

  /** Refuses at once while locked; otherwise waits the growing delay, then lets the check run. */
  async beforeAttempt(key: ThrottleKey): Promise<void> {
    const keys = this.keys(key);
    const [accountLockTtl, ipLockTtl, failuresRaw] = await Promise.all([
      this.redis.pttl(keys.accountLock),
      this.redis.pttl(keys.ipLock),
      this.redis.get(keys.accountFailures),
    ]);
    const lockedForMs = Math.max(accountLockTtl, ipLockTtl);
    if (lockedForMs > 0) {
      throw new DomainError('LOGIN_THROTTLED', 'Too many failed sign-ins. Wait and try again, or reset your password.', {
        retryAfterSeconds: Math.ceil(lockedForMs / 1000),
      });
    }
    const failures = Number(failuresRaw ?? 0);
    const delayMs = failures < 3 ? 0 : Math.min(250 * 2 ** (failures - 3), 4_000);
    if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
  }

  /** Counts a failure; returns true when this failure locked the account or the address. */
  async recordFailure(key: ThrottleKey): Promise<boolean> {
    const keys = this.keys(key);
    const window = this.config.auth.lockoutMs;
    const results = await this.redis
      .multi()
      .incr(keys.accountFailures)
      .pexpire(keys.accountFailures, window)
      .incr(keys.ipFailures)
      .pexpire(keys.ipFailures, window)
      .exec();
    const accountFailures = Number(results?.[0]?.[1] ?? 0);
    const ipFailures = Number(results?.[2]?.[1] ?? 0);
    let locked = false;
    if (accountFailures >= this.config.auth.lockoutThreshold) {
      await this.redis.multi().set(keys.accountLock, '1', 'PX', window).del(keys.accountFailures).exec();
      locked = true;
    }
    if (ipFailures >= this.config.auth.ipFailureLimit) {
      await this.redis.multi().set(keys.ipLock, '1', 'PX', window).del(keys.ipFailures).exec();
      locked = true;
    }
    return locked;
  }

  async recordSuccess(key: ThrottleKey): Promise<void> {
    await this.redis.del(this.keys(key).accountFailures);
  }

  private keys(key: ThrottleKey) {
    const account = createHash('sha256').update(key.email.trim().toLowerCase()).digest('hex');
    return {
      accountFailures: `auth:failures:account:${account}`,
      accountLock: `auth:lock:account:${account}`,
      ipFailures: `auth:failures:ip:${key.ip}`,
      ipLock: `auth:lock:ip:${key.ip}`,
    };
  }
}
