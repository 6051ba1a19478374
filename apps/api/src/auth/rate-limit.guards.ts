import { Injectable, SetMetadata, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Response } from 'express';
import { DomainError } from '#domain';
import { addressBucket, AppConfig, RequestLimiter, type WindowCount } from '#platform';
import type { AuthenticatedRequest } from './current-principal.js';

const NO_RATE_LIMIT = 'yorisoi:no-rate-limit';
const ONE_MINUTE_MS = 60_000;

/** Routes outside the global request limits: the load balancer's health probes. */
export const NoRateLimit = () => SetMetadata(NO_RATE_LIMIT, true);

/**
 * The API's global request limits, one fixed window a minute, counted in Redis across every api
 * instance. Two guards at two points of the global guard chain: per network address before the
 * session is looked up (a flood without a valid session is refused before it costs a database
 * query), and per signed-in user after the access guard has said who is asking. One budget per
 * caller across all routes. Sign-in, second-factor and password-reset attempts have stricter
 * counters of their own.
 */
@Injectable() // for the constructor's parameter types, which the two guards inherit
abstract class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly limiter: RequestLimiter,
    protected readonly config: AppConfig,
  ) {}

  protected abstract readonly name: string;
  protected abstract limit(): number;
  /** Who is counted, or undefined when this limit does not apply to the request. */
  protected abstract caller(request: AuthenticatedRequest): string | undefined;

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(NO_RATE_LIMIT, [context.getHandler(), context.getClass()])) return true;
    const http = context.switchToHttp();
    const caller = this.caller(http.getRequest<AuthenticatedRequest>());
    if (caller === undefined) return true;
    const decision = await this.limiter.count(this.name, caller, this.limit(), ONE_MINUTE_MS);
    if (!decision.allowed) refuse(http.getResponse<Response>(), decision);
    return true;
  }
}

function refuse(response: Response, decision: WindowCount): never {
  response.setHeader('Retry-After', String(decision.retryAfterSeconds));
  throw new DomainError('RATE_LIMITED', 'Too many requests. Wait a moment and try again.', { retryAfterSeconds: decision.retryAfterSeconds });
}

@Injectable()
export class AddressRateLimitGuard extends RateLimitGuard {
  protected readonly name = 'address';

  protected limit(): number {
    return this.config.rateLimit.perAddressPerMinute;
  }

  protected caller(request: AuthenticatedRequest): string {
    return addressBucket(request.ip ?? 'unknown');
  }
}

@Injectable()
export class UserRateLimitGuard extends RateLimitGuard {
  protected readonly name = 'user';

  protected limit(): number {
    return this.config.rateLimit.perUserPerMinute;
  }

  protected caller(request: AuthenticatedRequest): string | undefined {
    return request.principal?.userId;
  }
}
