import { Catch, HttpException, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DomainError, type ErrorCode } from '#domain';
import { RequestContext } from '#platform';
import type { ErrorBody } from './error-body.js';
import { errorCodeForHttpStatus, httpStatusForErrorCode } from './http-status-for-error-code.js';

interface MappedError {
  readonly code: ErrorCode;
  readonly message: string;
  readonly details?: Record<string, unknown>;
}

/** Errors raised by Express' body parser (malformed JSON, too large, wrong charset). */
interface BodyParserError {
  readonly type: string;
  readonly status: number;
}

function isBodyParserError(error: unknown): error is BodyParserError {
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { type?: unknown }).type === 'string' &&
    typeof (error as { status?: unknown }).status === 'number'
  );
}

const BODY_PARSER_MESSAGES: Record<string, string> = {
  'entity.parse.failed': 'The request body is not valid JSON.',
  'entity.too.large': 'The request body is too large.',
  'encoding.unsupported': 'The request body has an unsupported content encoding.',
  'charset.unsupported': 'The request body has an unsupported charset; send UTF-8.',
  'request.aborted': 'The request was aborted before its body was received.',
};

export interface ErrorResponse {
  readonly status: number;
  readonly body: ErrorBody;
  /** True for errors nobody raised on purpose: the caller logs them with their stack. */
  readonly unexpected: boolean;
}

/**
 * Turns any error into `{ code, message, details?, correlationId }` and its status.
 *
 * - Domain errors carry their code; the status comes from the exhaustive code → status switch.
 * - Framework and body-parser errors carry a status; a generic code is derived from it.
 * - Anything else is a bug: answered as a bare 500 with no stack and no detail.
 */
export function errorResponseFor(error: unknown): ErrorResponse {
  const mapped = mapError(error);
  return {
    status: httpStatusForErrorCode(mapped.code),
    body: {
      code: mapped.code,
      message: mapped.message,
      ...(mapped.details ? { details: mapped.details } : {}),
      correlationId: RequestContext.correlationId() ?? 'unknown',
    },
    unexpected: mapped.code === 'INTERNAL',
  };
}

function mapError(error: unknown): MappedError {
  if (error instanceof DomainError) {
    const domain = error as DomainError;
    return { code: domain.code, message: domain.message, details: domain.details };
  }
  if (error instanceof HttpException) {
    const code = errorCodeForHttpStatus(error.getStatus());
    if (code === 'INTERNAL') return internal();
    return { code, message: messageOf(error, code) };
  }
  if (isBodyParserError(error) && error.status >= 400 && error.status < 500) {
    const code = error.type === 'entity.parse.failed' ? 'MALFORMED_REQUEST' : errorCodeForHttpStatus(error.status);
    return { code, message: BODY_PARSER_MESSAGES[error.type] ?? 'The request body could not be read.' };
  }
  return internal();
}

/** Sends the error response; logs unexpected errors server-side with their stack. */
export function sendError(error: unknown, request: Request, response: Response, logger: Logger): void {
  const { status, body, unexpected } = errorResponseFor(error);
  if (unexpected) {
    const route = (request.route as { path?: string } | undefined)?.path;
    logger.error({ err: error, method: request.method, route }, 'unhandled error');
  }
  if (response.headersSent) {
    response.end();
    return;
  }
  response.status(status).json(body);
}

/** The global Nest filter: every error thrown by a route, guard, pipe or interceptor. */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpErrorFilter');

  catch(error: unknown, host: ArgumentsHost): void {
    const context = host.switchToHttp();
    sendError(error, context.getRequest<Request>(), context.getResponse<Response>(), this.logger);
  }
}

function internal(): MappedError {
  return { code: 'INTERNAL', message: 'Something went wrong on our side. The error has been logged; quote the correlation id when reporting it.' };
}

const GENERIC_MESSAGES: Partial<Record<ErrorCode, string>> = {
  ROUTE_NOT_FOUND: 'There is no such route.',
  UNAUTHENTICATED: 'Sign in first.',
  FORBIDDEN: 'You may not do this.',
  PAYLOAD_TOO_LARGE: 'The request body is too large.',
  RATE_LIMITED: 'Too many requests; wait a moment and try again.',
  SERVICE_UNAVAILABLE: 'The service is temporarily unavailable.',
};

/**
 * Framework exceptions carry messages written by Nest (e.g. "Validation failed (uuid is
 * expected)"): safe to show, as they never contain request values.
 */
function messageOf(error: HttpException, code: ErrorCode): string {
  const generic = GENERIC_MESSAGES[code];
  if (generic && code !== 'MALFORMED_REQUEST') return generic;
  const response = error.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  if (typeof message === 'string') return message;
  if (Array.isArray(message) && message.every((m) => typeof m === 'string')) return message.join('; ');
  return 'The request could not be accepted.';
}
