import { Injectable, Logger } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { FixedWindowCounter, type WindowCount } from '../queue/fixed-window-counter.js';

/**
 * The API's global request limits, one fixed window per caller. When Redis cannot answer, the
 * request is let through: these limits protect capacity, not secrets (sign-in and second-factor
 * attempts have counters of their own, which refuse while Redis is down), and an outage of the
 * queue store must not take the whole API away from its users.
 */
@Injectable()
export class RequestLimiter {
  private readonly logger = new Logger(RequestLimiter.name);
  private lastWarningAt = 0;

  constructor(private readonly counter: FixedWindowCounter) {}

  /** Counts one request of `caller` (hashed: keys never hold an address or an id in clear). */
  async count(limitName: string, caller: string, limit: number, windowMs: number): Promise<WindowCount> {
    const key = `requests:${limitName}:${createHash('sha256').update(caller).digest('hex')}`;
    try {
      return await this.counter.take(key, limit, windowMs);
    } catch (error) {
      const now = Date.now();
      if (now - this.lastWarningAt > 60_000) {
        this.lastWarningAt = now;
        this.logger.warn({ err: error }, 'request limits not applied: Redis did not answer');
      }
      return { allowed: true, firstRefusal: false, retryAfterSeconds: 0 };
    }
  }
}
