import { Logger, type INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import type { Logger as PinoLogger } from 'pino';
import { correlationIdFrom, createValidationPipe, refuseUnstorableInput, RequestContext, type AppConfig } from '#platform';
import { HttpErrorFilter, sendError } from './http-error.filter.js';
import { closeConnectionsWhileDraining } from './close-connections-while-draining.js';
import { readAfterCookie } from './read-after-cookie.js';

const CORRELATION_HEADER = 'X-Correlation-Id';

/**
 * Everything that makes an HTTP app a Yorisoi HTTP app. Shared by `main.ts` and the e2e tests,
 * so the tests exercise the middleware the deployment runs. Call before `app.init()`.
 * The app must be created with `bodyParser: false`: the JSON parser is registered here.
 */
export interface HttpAppOptions {
  /** `METHOD path` patterns that take a multipart/form-data body (file uploads); everything else takes JSON. */
  readonly multipartRoutes?: readonly { readonly method: string; readonly path: RegExp }[];
}

export function configureHttpApp(app: INestApplication, config: AppConfig, accessLog?: PinoLogger, options: HttpAppOptions = {}): void {
  const express = app as NestExpressApplication;
  express.set('trust proxy', config.http.trustProxy);
  express.disable('x-powered-by');
  express.use(correlationMiddleware);
  express.use(readAfterCookie(app, config));
  express.use(closeConnectionsWhileDraining(app));
  if (accessLog) express.use(accessLogMiddleware(accessLog));
  express.use(helmet());
  express.use(noStoreForApi);
  express.use(requireJsonBody(options.multipartRoutes ?? []));
  express.useBodyParser('json', { limit: config.http.bodyLimit });
  express.use(refuseUnstorableInput);
  // Errors of the Express middleware above (malformed JSON, body too large) never reach Nest's
  // filters: answer them here in the same shape.
  const middlewareLogger = new Logger('HttpMiddleware');
  express.use((error: unknown, request: Request, response: Response, _next: NextFunction) =>
    sendError(error, request, response, middlewareLogger),
  );
  express.useGlobalPipes(createValidationPipe());
  express.useGlobalFilters(new HttpErrorFilter());
}

function correlationMiddleware(request: Request, response: Response, next: NextFunction): void {
  const correlationId = correlationIdFrom(request.headers['x-request-id']);
  response.setHeader(CORRELATION_HEADER, correlationId);
  RequestContext.run({ correlationId, ip: request.ip }, next);
}

/**
 * One line per request: method, path without the query string (search terms are names), status
 * and duration. Never headers or bodies.
 */
function accessLogMiddleware(logger: PinoLogger) {
  return (request: Request, response: Response, next: NextFunction): void => {
    const started = process.hrtime.bigint();
    const path = request.originalUrl.split('?')[0];
    response.on('finish', () => {
      const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
      // 503 is an announced state (a dependency is down, see /health/ready), not a fault of ours.
      const level = response.statusCode >= 500 && response.statusCode !== 503 ? 'error' : 'info';
      logger[level](
        { method: request.method, path, status: response.statusCode, durationMs: Math.round(durationMs * 10) / 10 },
        'request',
      );
    });
    next();
  };
}

/**
 * API answers carry client files, sessions and tokens: no browser or proxy may keep a copy (a
 * shared office computer's cache, a corporate proxy). The dashboard's own files are cached as
 * usual.
 */
function noStoreForApi(request: Request, response: Response, next: NextFunction): void {
  if (API_PATH.test(request.path)) response.setHeader('Cache-Control', 'no-store');
  next();
}

// Express matches routes without regard to case: so must this.
const API_PATH = /^\/api(\/|$)/i;

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Requests that carry a body must send it as JSON, except uploads on the routes declared for them,
 * which send multipart/form-data (streamed by their controller, never buffered here). Besides
 * clear errors, this closes the door on cross-site HTML forms, which cannot send
 * `application/json`; the upload routes are closed to them by the CSRF header every change needs.
 */
function requireJsonBody(multipartRoutes: NonNullable<HttpAppOptions['multipartRoutes']>) {
  return (request: Request, response: Response, next: NextFunction): void => {
    const hasBody = request.headers['transfer-encoding'] !== undefined || Number(request.headers['content-length'] ?? 0) > 0;
    if (!BODY_METHODS.has(request.method) || !hasBody) {
      next();
      return;
    }
    const upload = multipartRoutes.some((route) => route.method === request.method && route.path.test(request.path));
    if (upload ? request.is('multipart/form-data') : request.is('application/json')) {
      next();
      return;
    }
    response.status(415).json({
      code: 'UNSUPPORTED_MEDIA_TYPE',
      message: upload ? 'Send the file as multipart/form-data.' : 'Send the request body as JSON (Content-Type: application/json).',
      correlationId: RequestContext.correlationId() ?? 'unknown',
    });
  };
}
