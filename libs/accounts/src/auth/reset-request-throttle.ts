import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { addressBucket, AppConfig, REDIS_CLIENT, RedisScript } from '#platform';
import { KeyedHash } from '../security/keyed-hash.js';

/** Reset emails per address per hour: enough for a forgetful person, useless for mail-bombing. */
export const RESET_REQUESTS_PER_ADDRESS = 3;
/** Requests per network address per hour: an office behind one address, not a script trying a list. */
export const RESET_REQUESTS_PER_NETWORK_ADDRESS = 20;
const WINDOW_MS = 3_600_000;

/**
 * One step: counts the request for the network address and, if that is within its limit, for the
 * email address. Fixed one-hour windows from the first request. Returns {verdict, waitMs, over}:
 * verdict 0 allowed, 1 over the per-address limit, 2 over the per-network-address limit; `over`
 * is 1 for the first refused request of the window.
 */
const ADMIT = new RedisScript(`
local ip = redis.call('INCR', KEYS[2])
if redis.call('PTTL', KEYS[2]) < 0 then redis.call('PEXPIRE', KEYS[2], ARGV[3]) end
if ip > tonumber(ARGV[2]) then return {2, redis.call('PTTL', KEYS[2]), ip - tonumber(ARGV[2])} end
local email = redis.call('INCR', KEYS[1])
if redis.call('PTTL', KEYS[1]) < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[3]) end
if email > tonumber(ARGV[1]) then return {1, redis.call('PTTL', KEYS[1]), email - tonumber(ARGV[1])} end
return {0, 0, 0}
`);

export type ResetRequestVerdict =
  | { readonly allowed: true }
  | {
      readonly allowed: false;
      readonly limit: 'address' | 'network-address';
      readonly retryAfterSeconds: number;
      /** The first refusal in this window: audited once, not once per request of a flood. */
      readonly first: boolean;
    };

/** Password-reset requests per email address and per network address, counted in Redis. */
@Injectable()
export class ResetRequestThrottle {
  private readonly emailHash: KeyedHash;

  constructor(
    @Inject(REDIS_CLIENT) private readonly redis: Redis,
    config: AppConfig,
  ) {
    this.emailHash = new KeyedHash(config.auth.secret, 'throttle-email');
  }

  async admit(email: string, ip: string): Promise<ResetRequestVerdict> {
    const [verdict, waitMs, over] = await ADMIT.run(
      this.redis,
      [`auth:reset-requests:address:${this.addressKey(email)}`, `auth:reset-requests:ip:${addressBucket(ip)}`],
      [RESET_REQUESTS_PER_ADDRESS, RESET_REQUESTS_PER_NETWORK_ADDRESS, WINDOW_MS],
    );
    if (verdict === 0) return { allowed: true };
    return {
      allowed: false,
      limit: verdict === 2 ? 'network-address' : 'address',
      retryAfterSeconds: Math.max(1, Math.ceil(Number(waitMs) / 1000)),
      first: over === 1,
    };
  }

  /** Names an email address in Redis and in the audit trail without spelling it out. */
  addressKey(email: string): string {
    return this.emailHash.hex(email.trim().toLowerCase());
  }
}
