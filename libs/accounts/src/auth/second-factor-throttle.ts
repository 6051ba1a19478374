import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { DomainError } from '#domain';
import { AppConfig, REDIS_CLIENT, RedisScript } from '#platform';

/**
 * Wrong second factors are remembered this long after the last one. Within it, once the limit is
 * reached, every further wrong code locks the second factor again: after the first lock an
 * attacker who has the password gets one guess per AUTH_LOCKOUT_SECONDS, not a fresh handful.
 */
const FAILURE_MEMORY_MS = 24 * 3_600_000;

/** A second-factor check let through. Hand it back when the factor was right. */
export interface SecondFactorAttempt {
  readonly userId: string;
  /** Wrong second factors in a row, this one included if it turns out wrong. */
  readonly failures: number;
  /** This attempt locked the second factor; a wrong code keeps it locked. */
  readonly locks: boolean;
  readonly token: string;
}

/**
 * Counts and decides in one step, as the password lockout does: each attempt let through counts
 * as a failure before the code is checked, and the attempt that reaches the limit sets the lock.
 * Returns {0, waitMs} when refused, {1, failures, locks} when let through.
 */
const ADMIT = new RedisScript(`
local wait = redis.call('PTTL', KEYS[2])
if wait > 0 then return {0, wait, 0} end
local failures = redis.call('INCR', KEYS[1])
redis.call('PEXPIRE', KEYS[1], ARGV[3])
if failures >= tonumber(ARGV[1]) then
  redis.call('SET', KEYS[2], ARGV[4], 'PX', ARGV[2])
  return {1, failures, 1}
end
return {1, failures, 0}
`);

/** A right second factor clears the count, and the lock if this very attempt set it. */
const SUCCEED = new RedisScript(`
redis.call('DEL', KEYS[1])
if redis.call('GET', KEYS[2]) == ARGV[1] then redis.call('DEL', KEYS[2]) end
return 1
`);

/**
 * Wrong authenticator and recovery codes, per user and apart from the password's counter: a right
 * password does not clear them (someone who has the password must not get endless guesses), only
 * a right second factor does. At AUTH_MFA_FAILURE_LIMIT the second factor is locked for
 * AUTH_LOCKOUT_SECONDS.
 */
@Injectable()
export class SecondFactorThrottle {
  constructor(
    @Inject(REDIS_CLIENT) private readonly redis: Redis,
    private readonly config: AppConfig,
  ) {}

  /** Refuses while locked (SECOND_FACTOR_LOCKED with retryAfterSeconds); otherwise counts the attempt. */
  async admit(userId: string): Promise<SecondFactorAttempt> {
    const token = randomUUID();
    const [admitted, value, locks] = await ADMIT.run(this.redis, this.keys(userId), [
      this.config.auth.mfaFailureLimit,
      this.config.auth.lockoutMs,
      Math.max(FAILURE_MEMORY_MS, this.config.auth.lockoutMs),
      token,
    ]);
    if (admitted !== 1) {
      throw new DomainError('SECOND_FACTOR_LOCKED', 'Too many wrong codes: two-step verification is paused for this account. Wait and try again.', {
        retryAfterSeconds: Math.ceil(Number(value) / 1000),
      });
    }
    return { userId, failures: Number(value), locks: locks === 1, token };
  }

  async succeeded(attempt: SecondFactorAttempt): Promise<void> {
    await SUCCEED.run(this.redis, this.keys(attempt.userId), [attempt.token]);
  }

  private keys(userId: string): string[] {
    return [`auth:failures:second-factor:${userId}`, `auth:lock:second-factor:${userId}`];
  }
}
