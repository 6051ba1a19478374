import type { LoggerService } from '@nestjs/common';
import { pino, type Logger as PinoLogger, type LevelWithSilent } from 'pino';
import { RequestContext } from '../context/request-context.js';

/**
 * Fields that may hold personal data about a client or a user. Pino replaces their values with
 * "[redacted]" wherever they appear (one level of nesting, and at the top), so an accidental
 * `logger.log({ client })` leaks nothing. Log ids, never people.
 */
export const REDACTED_FIELDS = [
  'password',
  'newPassword',
  'currentPassword',
  'token',
  'secret',
  'totp',
  'totpCode',
  'recoveryCode',
  'cookie',
  'authorization',
  'email',
  'phone',
  'address',
  'name',
  'familyName',
  'givenName',
  'nativeName',
  'katakanaName',
  'aliases',
  'dateOfBirth',
  'nationality',
  'residenceCardNumber',
  'passportNumber',
  'note',
  'notes',
  'body',
  'query',
] as const;

const redactPaths = REDACTED_FIELDS.flatMap((field) => [field, `*.${field}`]).concat([
  'req.headers.cookie',
  'req.headers.authorization',
  'res.headers["set-cookie"]',
]);

export function createPinoLogger(level: LevelWithSilent, processName: string): PinoLogger {
  return pino({
    level,
    base: { process: processName },
    timestamp: pino.stdTimeFunctions.isoTime,
    messageKey: 'msg',
    redact: { paths: redactPaths, censor: '[redacted]' },
    formatters: { level: (label) => ({ level: label }) },
    serializers: { err: serializeError },
    mixin: () => {
      const context = RequestContext.current();
      return context ? { correlationId: context.correlationId, userId: context.userId } : {};
    },
  });
}

/**
 * Nest's logger interface over pino: one JSON line per event, with the correlation id of the
 * request or job it belongs to. `Logger.log(object, message)` keeps the object as fields.
 */
export class JsonLogger implements LoggerService {
  constructor(private readonly pinoLogger: PinoLogger) {}

  get pino(): PinoLogger {
    return this.pinoLogger;
  }

  log(message: unknown, ...optional: unknown[]): void {
    this.write('info', message, optional);
  }
  error(message: unknown, ...optional: unknown[]): void {
    this.write('error', message, optional);
  }
  warn(message: unknown, ...optional: unknown[]): void {
    this.write('warn', message, optional);
  }
  debug(message: unknown, ...optional: unknown[]): void {
    this.write('debug', message, optional);
  }
  verbose(message: unknown, ...optional: unknown[]): void {
    this.write('trace', message, optional);
  }
  fatal(message: unknown, ...optional: unknown[]): void {
    this.write('fatal', message, optional);
  }

  private write(level: 'info' | 'error' | 'warn' | 'debug' | 'trace' | 'fatal', message: unknown, optional: unknown[]): void {
    // Nest passes the context (class name) as the last string argument, and for `error` a stack
    // before it.
    const args = [...optional];
    const context = typeof args.at(-1) === 'string' ? (args.pop() as string) : undefined;
    const fields: Record<string, unknown> = context ? { context } : {};
    let text: string | undefined;
    if (message instanceof Error) {
      fields.err = message;
    } else if (typeof message === 'object' && message !== null) {
      Object.assign(fields, message);
      text = typeof args[0] === 'string' ? (args.shift() as string) : undefined;
    } else {
      text = String(message);
    }
    for (const extra of args) {
      if (extra instanceof Error) fields.err = extra;
      else if (typeof extra === 'string' && level === 'error') fields.stack = extra;
    }
    this.pinoLogger[level](fields, text);
  }
}

const EMAIL = /[^\s<>"'@]+@[^\s<>"'@]+\.[A-Za-z]{2,}/g;

/**
 * Errors are logged with their type, message, stack and machine codes only. Fields such as a
 * query's parameters or a database error's `detail` (which quote the values that failed) are
 * dropped, and anything that looks like an email address is masked (SMTP servers quote them).
 */
export function serializeError(error: unknown): Record<string, unknown> {
  // Duck-typed rather than `instanceof Error`: errors from another realm (vm contexts) count too.
  if (typeof error !== 'object' || error === null || typeof (error as { message?: unknown }).message !== 'string') {
    return { message: 'non-error thrown', type: typeof error };
  }
  const extra = error as Error & { code?: unknown; responseCode?: unknown; constraint?: unknown; table?: unknown };
  const type = (error as { constructor?: { name?: string } }).constructor?.name ?? extra.name;
  const scrub = (text: string | undefined) => text?.replace(EMAIL, '[email]');
  return {
    type,
    message: scrub(extra.message),
    stack: scrub(extra.stack),
    ...(typeof extra.code === 'string' || typeof extra.code === 'number' ? { code: extra.code } : {}),
    ...(typeof extra.responseCode === 'number' ? { responseCode: extra.responseCode } : {}),
    ...(typeof extra.constraint === 'string' ? { constraint: extra.constraint } : {}),
    ...(typeof extra.table === 'string' ? { table: extra.table } : {}),
  };
}
