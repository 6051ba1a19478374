import { Injectable } from '@nestjs/common';
import { DomainError } from '#domain';
import { AppConfig, FixedWindowCounter, type WindowCount } from '#platform';

/**
 * Duplicate checks per user in a fixed window (DUPLICATE_CHECK_LIMIT per
 * DUPLICATE_CHECK_WINDOW_SECONDS), counted in Redis so every api instance shares the count, and
 * counted and decided in one step, so however many checks arrive at once exactly the ones beyond
 * the limit are refused. Fails closed: each check tells whether a person is known in another team,
 * so without a count there is no check.
 */
@Injectable()
export class DuplicateCheckThrottle {
  constructor(
    private readonly counter: FixedWindowCounter,
    private readonly config: AppConfig,
  ) {}

  take(userId: string): Promise<WindowCount> {
    const { limit, windowMs } = this.config.duplicateCheck;
    return this.counter.take(`duplicate-check:${userId}`, limit, windowMs);
  }
}

export function duplicateCheckRefused(retryAfterSeconds: number): DomainError {
  return new DomainError('RATE_LIMITED', 'Too many duplicate checks. Wait, then try again.', { retryAfterSeconds });
}
