import type { Request, Response } from 'express';
import { parse } from 'cookie';
import type { IssuedSession } from '#accounts';
import type { AppConfig } from '#platform';

/**
 * `__Host-` cookies must be Secure, host-only and for path /: browsers then refuse any attempt by
 * a sibling domain or plain-HTTP page to plant or overwrite the session cookie.
 */
export function sessionCookieName(config: AppConfig): string {
  return config.auth.secureCookies ? '__Host-yorisoi_session' : 'yorisoi_session';
}

export function readSessionCookie(request: Request, config: AppConfig): string | undefined {
  const header = request.headers.cookie;
  if (!header) return undefined;
  return parse(header)[sessionCookieName(config)];
}

/**
 * A browser-session cookie (no Expires): closing the browser on a shared office computer ends it
 * on that side too. The server enforces the idle and absolute lifetimes either way.
 */
export function setSessionCookie(response: Response, config: AppConfig, session: IssuedSession): void {
  response.cookie(sessionCookieName(config), session.token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: config.auth.secureCookies,
    path: '/',
  });
}

export function clearSessionCookie(response: Response, config: AppConfig): void {
  response.clearCookie(sessionCookieName(config), {
    httpOnly: true,
    sameSite: 'lax',
    secure: config.auth.secureCookies,
    path: '/',
  });
}
