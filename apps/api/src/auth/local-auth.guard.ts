import { Injectable, type ExecutionContext } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import type { Request } from 'express';
import { DomainError } from '#domain';
import { createValidationPipe } from '#platform';
import { SignInRequest } from './auth.dto.js';

const validation = createValidationPipe();

/**
 * Runs the passport-local strategy, after checking the body's shape: a malformed sign-in is a 400
 * naming the field, like any other request, not passport's bare 401.
 */
@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request>();
    await validation.transform(request.body, { type: 'body', metatype: SignInRequest });
    return (await super.canActivate(context)) as boolean;
  }

  /** Passes the sign-in service's own errors (wrong password, throttled) through unchanged. */
  override handleRequest<T>(error: unknown, user: T): T {
    if (error instanceof Error) throw error;
    if (!user) throw new DomainError('INVALID_CREDENTIALS', 'Email or password is wrong.');
    return user;
  }
}
