import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/**
 * What is known about the request (or job) being handled, available anywhere below it without
 * passing it through every call: the correlation id that ties log lines, error bodies and audit
 * events together, once signed in the acting user's id, and how recent a replica must be to
 * answer the caller's reads.
 */
export interface RequestContextStore {
  readonly correlationId: string;
  /** The caller's network address as Express sees it (honours TRUST_PROXY). */
  readonly ip?: string;
  /** Set once the session is resolved. */
  userId?: string;
  role?: string;
  /**
   * The primary's log position after the caller's last write (the read-after cookie, checked to
   * be one): a routed read only goes to a replica that has replayed that far (ReadReplicas).
   */
  readAfter?: string;
}

const storage = new AsyncLocalStorage<RequestContextStore>();

export const RequestContext = {
  run<T>(store: RequestContextStore, fn: () => T): T {
    return storage.run(store, fn);
  },
  current(): RequestContextStore | undefined {
    return storage.getStore();
  },
  correlationId(): string | undefined {
    return storage.getStore()?.correlationId;
  },
};

const INCOMING_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/**
 * Reuses a correlation id sent by a trusted proxy or the dashboard (`X-Request-Id`) when it looks
 * like an id, otherwise mints one. Free text is never accepted: it would end up in logs.
 */
export function correlationIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value !== undefined && INCOMING_ID.test(value) ? value : randomUUID();
}
