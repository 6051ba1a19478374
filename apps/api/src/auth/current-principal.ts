import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { DomainError } from '#domain';
import type { Principal } from '#accounts';

export type AuthenticatedRequest = Request & { principal?: Principal };

/** The signed-in caller, as resolved by the global guard. */
export const CurrentPrincipal = createParamDecorator((_data: unknown, context: ExecutionContext): Principal => {
  const principal = context.switchToHttp().getRequest<AuthenticatedRequest>().principal;
  if (!principal) throw new DomainError('UNAUTHENTICATED', 'Sign in first.');
  return principal;
});
