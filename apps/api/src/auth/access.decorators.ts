import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiCookieAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Role } from '#accounts';

export const ACCESS_METADATA = 'yorisoi:access';
export const SESSION_COOKIE_DOC = 'session';

/**
 * Who may call a route. Every route must say: the global guard refuses a route that declares
 * nothing (deny by default), and a test walks every route to check each one declares access.
 */
export type AccessRule =
  | { readonly kind: 'public' }
  | { readonly kind: 'signed-in'; readonly roles: readonly Role[] | 'any'; readonly duringSignIn: boolean };

/** Open to anyone: sign-in, password reset, health. */
export const Public = () => SetMetadata(ACCESS_METADATA, { kind: 'public' } satisfies AccessRule);

/** A fully signed-in user of one of these roles (any role when none is given). */
export const SignedIn = (...roles: Role[]) =>
  applyDecorators(
    SetMetadata(ACCESS_METADATA, { kind: 'signed-in', roles: roles.length > 0 ? roles : 'any', duringSignIn: false } satisfies AccessRule),
    ApiCookieAuth(SESSION_COOKIE_DOC),
    ApiUnauthorizedResponse({ description: 'No valid session.' }),
    ApiForbiddenResponse({ description: 'Role not allowed, second factor pending, or CSRF token missing.' }),
  );

/**
 * Also usable while a sign-in waits for its second factor (verify, enrol, sign out, who am I).
 */
export const DuringSignIn = () =>
  applyDecorators(
    SetMetadata(ACCESS_METADATA, { kind: 'signed-in', roles: 'any', duringSignIn: true } satisfies AccessRule),
    ApiCookieAuth(SESSION_COOKIE_DOC),
    ApiUnauthorizedResponse({ description: 'No valid session.' }),
  );
