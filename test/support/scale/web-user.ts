/**
 * A browser for tests against real processes (no supertest: the api is another process, often
 * behind nginx). It keeps its cookies across hosts (the cluster's apis and nginx all live on
 * 127.0.0.1, and cookies do not depend on the port), honours Max-Age and deletion as a browser
 * does, and sends the CSRF token with every state-changing request.
 */

export interface WebResponse<T = unknown> {
  readonly status: number;
  readonly body: T;
  readonly headers: Headers;
}

interface StoredCookie {
  readonly value: string;
  /** Milliseconds since the epoch; undefined for a browser-session cookie. */
  readonly expiresAt: number | undefined;
}

export class CookieJar {
  private readonly cookies = new Map<string, StoredCookie>();

  /** Applies the response's Set-Cookie headers (name=value; Max-Age=…; Expires=…). */
  store(setCookies: readonly string[], now = Date.now()): void {
    for (const line of setCookies) {
      const [pair, ...attributes] = line.split(';').map((part) => part.trim());
      const equals = pair.indexOf('=');
      if (equals <= 0) continue;
      const name = pair.slice(0, equals);
      const value = pair.slice(equals + 1);
      let expiresAt: number | undefined;
      for (const attribute of attributes) {
        const [key, attributeValue = ''] = attribute.split('=');
        if (key.toLowerCase() === 'max-age') expiresAt = now + Number(attributeValue) * 1000;
        else if (key.toLowerCase() === 'expires' && expiresAt === undefined) expiresAt = Date.parse(attributeValue);
      }
      if (expiresAt !== undefined && expiresAt <= now) this.cookies.delete(name);
      else this.cookies.set(name, { value, expiresAt });
    }
  }

  get(name: string, now = Date.now()): string | undefined {
    const cookie = this.cookies.get(name);
    if (cookie?.expiresAt !== undefined && cookie.expiresAt <= now) {
      this.cookies.delete(name);
      return undefined;
    }
    return cookie?.value;
  }

  delete(name: string): void {
    this.cookies.delete(name);
  }

  /** The Cookie header a browser would send now, or undefined when it holds none. */
  header(now = Date.now()): string | undefined {
    const pairs = [...this.cookies.keys()].flatMap((name) => {
      const value = this.get(name, now);
      return value === undefined ? [] : [`${name}=${value}`];
    });
    return pairs.length > 0 ? pairs.join('; ') : undefined;
  }
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export class WebUser {
  readonly jar = new CookieJar();
  csrfToken = '';

  /** `baseUrl`: where requests go unless a call names another (an api directly, or nginx). */
  constructor(
    public baseUrl: string,
    readonly label = 'user',
  ) {}

  async request<T = Record<string, unknown>>(
    method: string,
    path: string,
    options: { readonly body?: unknown; readonly baseUrl?: string; readonly headers?: Readonly<Record<string, string>>; readonly timeoutMs?: number } = {},
  ): Promise<WebResponse<T>> {
    const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
    const cookie = this.jar.header();
    if (cookie !== undefined) headers.cookie = cookie;
    if (UNSAFE.has(method) && this.csrfToken !== '') headers['x-csrf-token'] = this.csrfToken;
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${options.baseUrl ?? this.baseUrl}${path}`, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: AbortSignal.timeout(options.timeoutMs ?? 60_000),
    });
    this.jar.store(response.headers.getSetCookie());
    const text = await response.text();
    let body: unknown = text;
    if ((response.headers.get('content-type') ?? '').includes('json') && text !== '') body = JSON.parse(text);
    return { status: response.status, body: body as T, headers: response.headers };
  }

  get<T = Record<string, unknown>>(path: string, baseUrl?: string): Promise<WebResponse<T>> {
    return this.request<T>('GET', path, { baseUrl });
  }

  post<T = Record<string, unknown>>(path: string, body?: unknown, baseUrl?: string): Promise<WebResponse<T>> {
    return this.request<T>('POST', path, { body: body ?? {}, baseUrl });
  }

  patch<T = Record<string, unknown>>(path: string, body: unknown, baseUrl?: string): Promise<WebResponse<T>> {
    return this.request<T>('PATCH', path, { body, baseUrl });
  }

  /** Signs in (keeping the session cookie and CSRF token); the response as the api gave it. */
  async signIn(
    email: string,
    password: string,
    options: { readonly baseUrl?: string; readonly forwardedFor?: string } = {},
  ): Promise<WebResponse<Record<string, unknown>>> {
    const response = await this.request('POST', '/api/auth/login', {
      body: { email, password },
      baseUrl: options.baseUrl,
      headers: options.forwardedFor === undefined ? undefined : { 'x-forwarded-for': options.forwardedFor },
    });
    if (response.status === 200) this.csrfToken = String(response.body.csrfToken);
    return response;
  }

  /** Like signIn, but the test fails at once when the api refuses. */
  async mustSignIn(email: string, password: string, baseUrl?: string): Promise<this> {
    const response = await this.signIn(email, password, { baseUrl });
    if (response.status !== 200) throw new Error(`${this.label}: sign-in failed with ${response.status} ${JSON.stringify(response.body)}`);
    return this;
  }
}
