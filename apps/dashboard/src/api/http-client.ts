import createClient, { type Client } from 'openapi-fetch';
import type { ErrorCode } from '#domain';
import type { paths } from './generated/openapi';

/**
 * The one way the dashboard talks to the API: same origin, the session cookie, JSON both ways,
 * and the CSRF token on every state-changing request. Calls are typed by the routes of
 * openapi.json (`generated/openapi.d.ts`, written by `npm run openapi`). Every failure becomes an
 * `ApiError` with the server's `{ code, message, details, correlationId }`.
 */

export type QueryValue = string | number | boolean | undefined | null;
export type Query = Readonly<Record<string, QueryValue | readonly QueryValue[]>>;

/** Codes the client makes up for failures that never reached the API's error filter. */
export const NETWORK_ERROR = 'NETWORK_ERROR';
/** The connection broke while a file was being sent (a size limit answered mid-upload looks like this). */
export const UPLOAD_INTERRUPTED = 'UPLOAD_INTERRUPTED';

/** What an `ApiError` can say: the API's codes (libs/domain) and the client's own. */
export type ApiErrorCode = ErrorCode | typeof NETWORK_ERROR | typeof UPLOAD_INTERRUPTED;

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly details: Readonly<Record<string, unknown>> | undefined,
    readonly correlationId: string | undefined,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The server failed (or could not be reached): the user can only retry or report it. */
  get isServerFault(): boolean {
    return this.status === 0 || this.status >= 500;
  }
}

export function isApiError(error: unknown, code?: ApiErrorCode): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const CORRELATION_HEADER = 'X-Correlation-Id';

/** Told when the server says the session is gone (401), changed, or waits for its second factor (403). */
export type AuthProblemListener = (error: ApiError) => void;

export type ApiClient = Client<paths>;

export class HttpClient {
  private csrfToken: string | null = null;
  private authProblemListener: AuthProblemListener | null = null;

  /** Requests of the signed-in session. */
  readonly api: ApiClient = this.client(false);
  /**
   * Requests made before or while signing in (the who-am-I check, the sign-in itself): a 401
   * there is an answer for the page, not a sign that the session ended.
   */
  readonly anonymous: ApiClient = this.client(true);

  setCsrfToken(token: string | null): void {
    this.csrfToken = token;
  }

  onAuthProblem(listener: AuthProblemListener | null): void {
    this.authProblemListener = listener;
  }

  private client(anonymous: boolean): ApiClient {
    return createClient<paths>({
      credentials: 'same-origin',
      cache: 'no-store',
      headers: { Accept: 'application/json' },
      querySerializer: (query) => queryString(query as Query),
      fetch: (request) => this.send(request, anonymous),
    });
  }

  private async send(request: Request, anonymous: boolean): Promise<Response> {
    if (UNSAFE_METHODS.has(request.method) && this.csrfToken) request.headers.set('X-CSRF-Token', this.csrfToken);
    let response: Response;
    try {
      response = await fetch(request);
    } catch (error) {
      if (isAbort(error)) throw error;
      throw new ApiError(0, NETWORK_ERROR, 'The server could not be reached.', undefined, undefined);
    }
    if (response.ok) return response;

    const error = await toApiError(response);
    const sessionEnded = error.status === 401 && error.code === 'UNAUTHENTICATED';
    // A CSRF refusal means the cookie now belongs to another sign-in (another tab signed in
    // again, perhaps as someone else): nothing happened, and retrying with the new session's
    // token could act as another person. The session is looked up again instead.
    const sessionChanged =
      error.code === 'CSRF_TOKEN_INVALID' || error.code === 'SECOND_FACTOR_REQUIRED' || error.code === 'SECOND_FACTOR_ENROLMENT_REQUIRED';
    if ((sessionEnded && !anonymous) || sessionChanged) this.authProblemListener?.(error);
    throw error;
  }
}

/**
 * The body of a typed call's answer. A failure never gets here: the client has already thrown
 * it as an `ApiError`.
 */
export async function answer<T>(call: Promise<{ readonly data?: T }>): Promise<T> {
  return (await call).data as T;
}

/** Leaves out empty values; a list is sent as the name repeated (`stage=a&stage=b`). */
function queryString(query: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    for (const item of Array.isArray(value) ? (value as readonly QueryValue[]) : [value as QueryValue]) {
      if (item !== undefined && item !== null && item !== '') params.append(key, String(item));
    }
  }
  return params.toString();
}

export function withQuery(path: string, query: Query | undefined): string {
  const text = query ? queryString(query) : '';
  return text ? `${path}?${text}` : path;
}

async function readJson(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const text = await response.text();
  return text === '' ? undefined : (JSON.parse(text) as unknown);
}

/** An answer that is not a success, as the `ApiError` it stands for. */
export async function toApiError(response: Response): Promise<ApiError> {
  const headerCorrelation = response.headers.get(CORRELATION_HEADER) ?? undefined;
  let body: unknown;
  try {
    body = await readJson(response);
  } catch {
    body = undefined;
  }
  return errorFromBody(response.status, response.statusText, body, headerCorrelation);
}

/** The API's error body, or for a proxy or a crashed process in front of it (no error body) the status alone. */
export function errorFromBody(status: number, statusText: string, body: unknown, headerCorrelation: string | undefined): ApiError {
  if (isErrorBody(body)) {
    return new ApiError(status, body.code, body.message, body.details, body.correlationId ?? headerCorrelation);
  }
  const code = status >= 500 ? 'INTERNAL' : 'MALFORMED_REQUEST';
  return new ApiError(status, code, statusText || `HTTP ${status}`, undefined, headerCorrelation);
}

interface ErrorBody {
  readonly code: ErrorCode;
  readonly message: string;
  readonly details?: Readonly<Record<string, unknown>>;
  readonly correlationId?: string;
}

export function isErrorBody(value: unknown): value is ErrorBody {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate.code === 'string' && typeof candidate.message === 'string';
}

/** The client every screen uses. */
export const http = new HttpClient();
