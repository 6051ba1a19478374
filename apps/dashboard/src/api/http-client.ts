/**
 * The one way the dashboard talks to the API: same origin, the session cookie, JSON both ways,
 * and the CSRF token on every state-changing request. Every failure becomes an `ApiError` with
 * the server's `{ code, message, details, correlationId }`.
 */

export type QueryValue = string | number | boolean | undefined | null;
export type Query = Readonly<Record<string, QueryValue>>;

export interface RequestOptions {
  readonly body?: unknown;
  readonly query?: Query;
  readonly signal?: AbortSignal;
  /**
   * A request made before or while signing in (the who-am-I check, the sign-in itself): a 401
   * there is an answer for the page, not a sign that the session ended.
   */
  readonly anonymous?: boolean;
}

/** Codes the client makes up for failures that never reached the API's error filter. */
export const NETWORK_ERROR = 'NETWORK_ERROR';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
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

export function isApiError(error: unknown, code?: string): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const CORRELATION_HEADER = 'X-Correlation-Id';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Told when the server says the session is gone (401), changed, or waits for its second factor (403). */
export type AuthProblemListener = (error: ApiError) => void;

export class HttpClient {
  private csrfToken: string | null = null;
  private authProblemListener: AuthProblemListener | null = null;

  setCsrfToken(token: string | null): void {
    this.csrfToken = token;
  }

  onAuthProblem(listener: AuthProblemListener | null): void {
    this.authProblemListener = listener;
  }

  get<T>(path: string, options: RequestOptions = {}): Promise<T> {
    return this.request<T>('GET', path, options);
  }

  post<T>(path: string, options: RequestOptions = {}): Promise<T> {
    return this.request<T>('POST', path, options);
  }

  put<T>(path: string, options: RequestOptions = {}): Promise<T> {
    return this.request<T>('PUT', path, options);
  }

  patch<T>(path: string, options: RequestOptions = {}): Promise<T> {
    return this.request<T>('PATCH', path, options);
  }

  delete<T>(path: string, options: RequestOptions = {}): Promise<T> {
    return this.request<T>('DELETE', path, options);
  }

  private async request<T>(method: Method, path: string, options: RequestOptions): Promise<T> {
    const response = await this.send(method, path, options);
    if (response.ok) return (await readJson(response)) as T;

    const error = await toApiError(response);
    const sessionEnded = error.status === 401 && error.code === 'UNAUTHENTICATED';
    // A CSRF refusal means the cookie now belongs to another sign-in (another tab signed in
    // again, perhaps as someone else): nothing happened, and retrying with the new session's
    // token could act as another person. The session is looked up again instead.
    const sessionChanged =
      error.code === 'CSRF_TOKEN_INVALID' || error.code === 'SECOND_FACTOR_REQUIRED' || error.code === 'SECOND_FACTOR_ENROLMENT_REQUIRED';
    if ((sessionEnded && !options.anonymous) || sessionChanged) this.authProblemListener?.(error);
    throw error;
  }

  private async send(method: Method, path: string, options: RequestOptions): Promise<Response> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (options.body !== undefined) headers['Content-Type'] = 'application/json';
    if (UNSAFE_METHODS.has(method) && this.csrfToken) headers['X-CSRF-Token'] = this.csrfToken;
    try {
      return await fetch(withQuery(path, options.query), {
        method,
        credentials: 'same-origin',
        headers,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        signal: options.signal,
        cache: 'no-store',
      });
    } catch (error) {
      if (isAbort(error)) throw error;
      throw new ApiError(0, NETWORK_ERROR, 'The server could not be reached.', undefined, undefined);
    }
  }
}

export function withQuery(path: string, query: Query | undefined): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

async function readJson(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const text = await response.text();
  return text === '' ? undefined : (JSON.parse(text) as unknown);
}

async function toApiError(response: Response): Promise<ApiError> {
  const headerCorrelation = response.headers.get(CORRELATION_HEADER) ?? undefined;
  let body: unknown;
  try {
    body = await readJson(response);
  } catch {
    body = undefined;
  }
  if (isErrorBody(body)) {
    return new ApiError(response.status, body.code, body.message, body.details, body.correlationId ?? headerCorrelation);
  }
  // A proxy or a crashed process in front of the API: no error body, but still a status.
  const code = response.status >= 500 ? 'INTERNAL' : 'MALFORMED_REQUEST';
  return new ApiError(response.status, code, response.statusText || `HTTP ${response.status}`, undefined, headerCorrelation);
}

interface ErrorBody {
  readonly code: string;
  readonly message: string;
  readonly details?: Readonly<Record<string, unknown>>;
  readonly correlationId?: string;
}

function isErrorBody(value: unknown): value is ErrorBody {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate.code === 'string' && typeof candidate.message === 'string';
}

/** The client every screen uses. */
export const http = new HttpClient();
