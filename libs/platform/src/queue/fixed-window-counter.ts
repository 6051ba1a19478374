import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { REDIS_CLIENT } from './redis-client.token.js';
import { RedisScript } from './redis-script.js';

export interface WindowCount {
  /** Within the limit, this request included. */
  readonly allowed: boolean;
  /** The first request of the window over the limit: worth one audit row, not one per request of a flood. */
  readonly firstRefusal: boolean;
  /** Seconds until the window ends and counting starts again (at least 1). */
  readonly retryAfterSeconds: number;
}

/**
 * Counts and reads the window's time left in one step, so however many requests arrive at once
 * (on one api instance or several) exactly the ones beyond the limit are refused. The window
 * opens with the first request. KEYS: the counter. ARGV: window ms. Returns count, ms left.
 */
const COUNT = new RedisScript(`
local count = redis.call('INCR', KEYS[1])
local left = redis.call('PTTL', KEYS[1])
if left < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  left = tonumber(ARGV[1])
end
return {count, left}
`);

/**
 * Fixed-window counters in Redis, for limits every api instance shares (requests per user, duplicate
 * checks per user). Throws when Redis does not answer: each caller decides whether its limit fails
 * open or closed.
 */
@Injectable()
export class FixedWindowCounter {
  constructor(@Inject(REDIS_CLIENT) private readonly redis: Redis) {}

  async take(key: string, limit: number, windowMs: number): Promise<WindowCount> {
    const [count, leftMs] = await COUNT.run(this.redis, [`window:${key}`], [windowMs]);
    return {
      allowed: count <= limit,
      firstRefusal: count === limit + 1,
      retryAfterSeconds: Math.max(1, Math.ceil(leftMs / 1000)),
    };
  }
}
