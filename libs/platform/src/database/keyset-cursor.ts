import { DomainError, parseLocalDate } from '#domain';

/**
 * The kinds of value a keyset cursor carries, each checked on the way back in so that a cursor
 * that was edited or guessed is a 400, never a value PostgreSQL refuses (a 500):
 * - `uuid`: a row id;
 * - `micros`: a timestamp as whole microseconds since the epoch, PostgreSQL's own precision (a
 *   JavaScript Date keeps milliseconds, so two rows written in the same millisecond would be
 *   skipped or repeated at a page boundary); in SQL, `keysetMicros(column)` reads it and
 *   `fromKeysetMicros($n)` turns it back into a timestamp;
 * - `date`: a calendar date, YYYY-MM-DD, one that exists (not 2026-02-30);
 * - `bigint`: a row id from a bigint identity column, digits only, within PostgreSQL's bigint;
 * - `text`: any storable text.
 */
export type KeysetPart = 'uuid' | 'micros' | 'date' | 'bigint' | 'text';

/** Every part travels as a string (a bigint of microseconds does not fit a JSON number). */
export type KeysetValues<P extends readonly KeysetPart[]> = { readonly [I in keyof P]: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** Up to year 9999 in microseconds (2.5e17), well inside bigint; no sign: nothing is older than 1970. */
const MICROS = /^\d{1,18}$/;
const MAX_MICROS = 253_402_300_799_999_999n;
/** Up to 18 digits: always below 2^63, whatever the digits. */
const BIGINT = /^\d{1,18}$/;

/** The SQL expression that reads a timestamptz column as the `micros` part of a cursor. */
export function keysetMicros(column: string): string {
  return `(extract(epoch FROM ${column}) * 1000000)::bigint::text`;
}

/** The SQL expression that turns a `micros` parameter back into a timestamptz. */
export function fromKeysetMicros(parameter: string): string {
  return `(timestamptz 'epoch' + ${parameter}::bigint * interval '1 microsecond')`;
}

/**
 * Opaque page cursors for keyset pagination: the sort key of the last row of a page, encoded so
 * the client cannot read meaning into it, and decoded strictly, with one error for every way a
 * cursor can be wrong.
 */
export class KeysetCursor<P extends readonly KeysetPart[]> {
  constructor(private readonly parts: P) {}

  encode(values: KeysetValues<P>): string {
    return Buffer.from(JSON.stringify(values)).toString('base64url');
  }

  decode(cursor: string): KeysetValues<P> {
    let value: unknown;
    try {
      value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    } catch {
      throw unreadable();
    }
    if (!Array.isArray(value) || value.length !== this.parts.length) throw unreadable();
    this.parts.forEach((part, index) => {
      if (!isValid(part, value[index])) throw unreadable();
    });
    return value as unknown as KeysetValues<P>;
  }
}

function isValid(part: KeysetPart, value: unknown): boolean {
  if (typeof value !== 'string') return false;
  switch (part) {
    case 'uuid':
      return UUID.test(value);
    case 'micros':
      return MICROS.test(value) && BigInt(value) <= MAX_MICROS;
    case 'date':
      return parseLocalDate(value) !== undefined;
    case 'bigint':
      return BIGINT.test(value);
    case 'text':
      return !value.includes('\u0000') && (value as string & { isWellFormed(): boolean }).isWellFormed();
  }
}

function unreadable(): DomainError {
  return new DomainError('VALIDATION_FAILED', 'The cursor is not valid.', { fields: [{ field: 'cursor', problems: ['unreadable'] }] });
}
