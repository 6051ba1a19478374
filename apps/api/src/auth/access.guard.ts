import { Injectable, Logger, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError } from '#domain';
import { safeEqual, SessionService } from '#accounts';
import { AppConfig, RequestContext } from '#platform';
import { ACCESS_METADATA, type AccessRule } from './access.decorators.js';
import type { AuthenticatedRequest } from './current-principal.js';

import { readSessionCookie } from './session-cookie.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The global guard. Resolves the session cookie (one query), then applies the route's access
 * rule: deny by default, second factor before anything else, CSRF token on every
 * state-changing request made with the cookie, then the role.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
    private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_METADATA, [context.getHandler(), context.getClass()]);
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const unsafe = !SAFE_METHODS.has(request.method);

    if (!rule) {
      this.logger.error({ route: `${request.method} ${request.path}` }, 'route declares no access rule; refused');
      throw new DomainError('FORBIDDEN', 'You may not do this.');
    }
    if (rule.kind === 'public') {
      if (unsafe) this.checkOrigin(request);
      await this.attachPrincipal(request);
      return true;
    }
    const principal = await this.attachPrincipal(request);
    if (!principal) throw new DomainError('UNAUTHENTICATED', 'Sign in first.');
    if (principal.sessionState !== 'active' && !rule.duringSignIn) {
      throw principal.sessionState === 'mfa-pending'
        ? new DomainError('SECOND_FACTOR_REQUIRED', 'Enter the code from your authenticator app first.')
        : new DomainError('SECOND_FACTOR_ENROLMENT_REQUIRED', 'Set up your authenticator app first.');
    }
    if (unsafe) {
      const token = request.headers['x-csrf-token'];
      if (typeof token !== 'string' || !safeEqual(token, principal.csrfToken)) {
        throw new DomainError('CSRF_TOKEN_INVALID', 'Missing or wrong X-CSRF-Token header; reload the page.');
      }
    }
    if (rule.roles !== 'any' && !rule.roles.includes(principal.role)) {
      throw new DomainError('FORBIDDEN', 'Your role may not do this.');
    }
    return true;
  }

  private async attachPrincipal(request: AuthenticatedRequest) {
    const token = readSessionCookie(request, this.config);
    const principal = token ? await this.sessions.resolve(token) : undefined;
    if (principal) {
      request.principal = principal;
      const context = RequestContext.current();
      if (context) {
        context.userId = principal.userId;
        context.role = principal.role;
      }
    }
    return principal;
  }

  /**
   * Public state-changing routes (sign-in, password reset) have no session to carry a CSRF token.
   * A browser always names the page that sent a cross-site request: refuse foreign origins.
   */
  private checkOrigin(request: AuthenticatedRequest): void {
    const origin = request.headers.origin;
    if (origin === undefined || origin === new URL(this.config.http.publicUrl).origin) return;
    throw new DomainError('CSRF_TOKEN_INVALID', 'Cross-site request refused.');
  }
}
