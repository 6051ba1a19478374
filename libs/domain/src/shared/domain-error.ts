import type { ErrorCode } from './error-codes.js';

/**
 * Base of every error a service may throw on purpose. It carries a stable string code that the
 * HTTP edge maps to a status (see platform/http) and the worker maps to "retry or not".
 *
 * The message is shown to the API caller as is: it must never contain personal data
 * (names, dates of birth, addresses, case content). Put record ids or field names in `details`.
 */
export class DomainError<Code extends ErrorCode = ErrorCode> extends Error {
  constructor(
    readonly code: Code,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
