import { Logger, type INestApplication } from '@nestjs/common';
import { parse } from 'cookie';
import type { CookieOptions, NextFunction, Request, Response } from 'express';
import { isWalPosition, ReadReplicas, RequestContext, type AppConfig } from '#platform';

/** The primary's log position after the caller's last write; see ReadReplicas. */
export const READ_AFTER_COOKIE = 'yorisoi_read_after';

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const logger = new Logger('ReadAfterCookie');

/** The cookie's value when it is a log position as PostgreSQL writes one; anything else is ignored. */
export function readAfterFrom(cookieHeader: string | undefined): string | undefined {
  if (cookieHeader === undefined) return undefined;
  // A cookie header only a browser bug or an attacker would send is not parsed at length.
  if (cookieHeader.length > 8_192) return undefined;
  let value: string | undefined;
  try {
    value = parse(cookieHeader)[READ_AFTER_COOKIE];
  } catch {
    return undefined;
  }
  return isWalPosition(value) ? value : undefined;
}

/**
 * Read-your-own-writes with read replicas. After every request that may have written (POST, PUT,
 * PATCH, DELETE), whatever its outcome, the primary's log position is read and handed to the
 * browser as `yorisoi_read_after`; a request that brings it back only reads from a replica that
 * has replayed that far, so a caseworker's list shows the file they just saved. The cookie lives
 * a little longer than the replicas may lag: by then any replica still read from has it.
 *
 * The position must be read after the handler has committed and set before the headers go, and
 * it must be set for answers that never reach a Nest interceptor (a guard's 401 or 403, a body
 * refused by the middleware): so the response's `end` waits for it. Without replicas nothing of
 * this runs.
 */
export function readAfterCookie(app: INestApplication, config: AppConfig) {
  // Looked up on the first request: the middleware is registered before the application has
  // resolved its providers (and an OpenAPI preview build never resolves them).
  let replicas: ReadReplicas | undefined;
  return (request: Request, response: Response, next: NextFunction): void => {
    replicas ??= app.get<ReadReplicas>(ReadReplicas);
    if (!replicas.enabled) {
      next();
      return;
    }
    const store = RequestContext.current();
    const readAfter = readAfterFrom(request.headers.cookie);
    if (store !== undefined && readAfter !== undefined) store.readAfter = readAfter;
    if (UNSAFE_METHODS.has(request.method)) {
      const cookie: CookieOptions = {
        httpOnly: true,
        sameSite: 'lax',
        secure: config.auth.secureCookies,
        path: '/',
        maxAge: replicas.readAfterMaxAgeMs,
      };
      setCookieBeforeEnd(response, replicas, cookie);
    }
    next();
  };
}

function setCookieBeforeEnd(response: Response, replicas: ReadReplicas, cookie: CookieOptions): void {
  const end = response.end.bind(response) as (...args: unknown[]) => Response;
  let ending = false;
  response.end = ((...args: unknown[]) => {
    // Headers already sent (a streamed answer): too late for a cookie. A second end() while the
    // first waits is dropped, as Node drops an end() after the response has ended.
    if (response.headersSent) return end(...args);
    if (ending) return response;
    ending = true;
    void replicas
      .writePosition()
      .then(
        (position) => {
          if (!response.headersSent) response.cookie(READ_AFTER_COOKIE, position, cookie);
        },
        // Without the position the caller may read from a replica that lacks its write for up
        // to the maximum lag: a stale list, never a failed request.
        (error: unknown) => logger.warn({ err: error }, 'could not read the primary log position for the read-after cookie'),
      )
      .finally(() => end(...args));
    return response;
  }) as Response['end'];
}
