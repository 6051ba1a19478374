/**
 * A position in PostgreSQL's write-ahead log as PostgreSQL prints it (`pg_lsn`, e.g. `0/3000148`):
 * two hexadecimal halves of a 64-bit byte offset. Compared as numbers: `0/A0000000` is after
 * `0/9FFFFFFF`, which a string comparison gets wrong.
 */
const WAL_POSITION = /^[0-9A-F]{1,8}\/[0-9A-F]{1,8}$/;

/** The position as a number, or undefined for anything but PostgreSQL's own spelling of one. */
export function parseWalPosition(text: string | undefined | null): bigint | undefined {
  if (typeof text !== 'string' || !WAL_POSITION.test(text)) return undefined;
  const [high, low] = text.split('/');
  return (BigInt(`0x${high}`) << 32n) | BigInt(`0x${low}`);
}

/** True for a well-formed position: what a request may carry in its read-after cookie. */
export function isWalPosition(text: string | undefined): text is string {
  return parseWalPosition(text) !== undefined;
}
