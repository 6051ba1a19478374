import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { DomainError } from '#domain';
import { addressBucket, AppConfig, REDIS_CLIENT, RedisScript } from '#platform';
import { KeyedHash } from '../security/keyed-hash.js';

export interface ThrottleKey {
  /** The email as typed (normalised here): unknown addresses are throttled exactly like real ones. */
  readonly email: string;
  readonly ip: string;
}

/** An attempt let through: the password may now be checked. Hand it back with the outcome. */
export interface PasswordAttempt {
  readonly key: ThrottleKey;
  /** This attempt locked the account or the address; a wrong password keeps it locked. */
  readonly locks: boolean;
  /** Written into the lock this attempt set, so no other attempt's success can lift it. */
  readonly token: string;
}

/**
 * Counts and decides in one step. Every attempt let through is counted as a failure before the
 * password is checked; the attempt that reaches a limit sets the lock itself. So however many
 * attempts arrive at once, at most AUTH_LOCKOUT_THRESHOLD of them are checked before the lock.
 * The counters stay as they are when a lock is set (no attempt is let through to raise them while
 * it holds, and they expire with it), so a later success can only give back its own charge.
 * Returns {0, waitMs} when refused, {1, accountAttempt, locks} when let through.
 */
const ADMIT = new RedisScript(`
local wait = math.max(redis.call('PTTL', KEYS[2]), redis.call('PTTL', KEYS[4]))
if wait > 0 then return {0, wait, 0} end
local account = redis.call('INCR', KEYS[1])
redis.call('PEXPIRE', KEYS[1], ARGV[3])
local ip = redis.call('INCR', KEYS[3])
redis.call('PEXPIRE', KEYS[3], ARGV[3])
local locks = 0
if account >= tonumber(ARGV[1]) then
  redis.call('SET', KEYS[2], ARGV[4], 'PX', ARGV[3])
  locks = 1
end
if ip >= tonumber(ARGV[2]) then
  redis.call('SET', KEYS[4], ARGV[4], 'PX', ARGV[3])
  locks = 1
end
return {1, account, locks}
`);

/**
 * A right password: it was no failure after all. The account's own password clears the account's
 * counter and lifts the account lock if this very attempt set it. The address only gets back the
 * one failure this attempt was charged: its other failures may be guesses at other accounts (a
 * password spray with the attacker's own account in between), so they stay, and the address lock
 * is lifted only if this attempt set it and, without its charge, the address is under its limit.
 * ARGV: token, AUTH_IP_FAILURE_LIMIT.
 */
const SUCCEED = new RedisScript(`
redis.call('DEL', KEYS[1])
if redis.call('GET', KEYS[2]) == ARGV[1] then redis.call('DEL', KEYS[2]) end
local ip = tonumber(redis.call('GET', KEYS[3]) or '0')
if ip > 0 then ip = redis.call('DECR', KEYS[3]) end
if ip < tonumber(ARGV[2]) and redis.call('GET', KEYS[4]) == ARGV[1] then redis.call('DEL', KEYS[4]) end
return 1
`);

/**
 * Failed password checks (sign-in, and the password asked again before sensitive changes), in
 * Redis so every api instance sees the same counters.
 *
 * - Per account: from the 4th attempt in a row each waits longer (0.25 s, 0.5 s, 1 s … up to
 *   4 s); the AUTH_LOCKOUT_THRESHOLD-th locks the account for AUTH_LOCKOUT_SECONDS.
 * - Per network address (an IPv6 client by its /64, see addressBucket): the
 *   AUTH_IP_FAILURE_LIMIT-th failure blocks the address for the same time.
 * A refused attempt is never checked (no argon2 work for an attacker's flood). A success clears
 * the account's counter but takes back from the address only its own charge, so signing in to
 * one's own account between guesses never buys an address more guesses. Keys hold a keyed hash
 * of the email, never the email address itself.
 */
@Injectable()
export class LoginThrottle {
  private readonly emailHash: KeyedHash;

  constructor(
    @Inject(REDIS_CLIENT) private readonly redis: Redis,
    private readonly config: AppConfig,
  ) {
    this.emailHash = new KeyedHash(config.auth.secret, 'throttle-email');
  }

  /**
   * Refuses at once while locked (LOGIN_THROTTLED with retryAfterSeconds); otherwise counts the
   * attempt, waits the growing delay, and lets the password check run.
   */
  async admit(key: ThrottleKey): Promise<PasswordAttempt> {
    const token = randomUUID();
    const [admitted, value, locks] = await ADMIT.run(this.redis, this.keys(key), [
      this.config.auth.lockoutThreshold,
      this.config.auth.ipFailureLimit,
      this.config.auth.lockoutMs,
      token,
    ]);
    if (admitted !== 1) {
      throw new DomainError('LOGIN_THROTTLED', 'Too many failed sign-ins. Wait and try again, or reset your password.', {
        retryAfterSeconds: Math.ceil(Number(value) / 1000),
      });
    }
    // Attempts before this one in the window; a burst sent at once gets the same growing delays.
    const earlier = Number(value) - 1;
    const delayMs = earlier < 3 ? 0 : Math.min(250 * 2 ** (earlier - 3), 4_000);
    if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
    return { key, locks: locks === 1, token };
  }

  /** The password was right. (A wrong one needs no call: it was counted when let through.) */
  async succeeded(attempt: PasswordAttempt): Promise<void> {
    await SUCCEED.run(this.redis, this.keys(attempt.key), [attempt.token, this.config.auth.ipFailureLimit]);
  }

  private keys(key: ThrottleKey): string[] {
    const account = this.emailHash.hex(key.email.trim().toLowerCase());
    const network = addressBucket(key.ip);
    return [`auth:failures:account:${account}`, `auth:lock:account:${account}`, `auth:failures:ip:${network}`, `auth:lock:ip:${network}`];
  }
}
