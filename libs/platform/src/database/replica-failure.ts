/**
 * PostgreSQL error codes that say the replica could not answer, not that the read was wrong:
 * the same read on the primary is expected to succeed.
 */
const REPLICA_SQLSTATES = new Set([
  // A recovery conflict cancelled the read (the primary removed rows it still needed) ...
  '40001',
  // ... or a buffer-pin deadlock with the replay.
  '40P01',
  // The server is shutting down, crashed, is starting, or the database was dropped under it.
  '57P01',
  '57P02',
  '57P03',
  '57P04',
  // Too many connections.
  '53300',
]);

/** Socket errors of the driver: the replica went away or cannot be reached. */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

/** node-postgres reports a lost or timed-out connection without a code. */
const DRIVER_MESSAGES = [/^Connection terminated/, /^timeout exceeded when trying to connect/, /^Client has encountered a connection error/];

/** The code of the error or of the errors it wraps (TypeORM's QueryFailedError keeps the driver's as `driverError`). */
function* chain(error: unknown): Generator<Record<string, unknown>> {
  let current = error;
  for (let depth = 0; depth < 4 && typeof current === 'object' && current !== null; depth += 1) {
    const record = current as Record<string, unknown>;
    yield record;
    current = record.driverError ?? record.cause;
  }
}

/**
 * True when a routed read failed because of the replica (connection lost or refused, server
 * shutting down, recovery conflict): it is then retried on the primary and the replica set
 * aside until its next check. Anything else (a bad statement, a timeout) is the read's own
 * failure and is not retried.
 */
export function isReplicaFailure(error: unknown): boolean {
  for (const record of chain(error)) {
    const code = typeof record.code === 'string' ? record.code : undefined;
    if (code !== undefined && (REPLICA_SQLSTATES.has(code) || code.startsWith('08') || SOCKET_CODES.has(code))) return true;
    if (typeof record.message === 'string' && DRIVER_MESSAGES.some((pattern) => pattern.test(record.message as string))) return true;
  }
  return false;
}

/** The error's code for a log line (never its message, which may quote data). */
export function failureCode(error: unknown): string {
  for (const record of chain(error)) {
    if (typeof record.code === 'string') return record.code;
  }
  return 'connection';
}
