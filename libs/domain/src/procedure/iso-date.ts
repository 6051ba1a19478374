/**
 * Minimal calendar-day arithmetic for the procedure state machines. Dates are ISO `YYYY-MM-DD`
 * strings naming calendar days in Japan; nothing here reads a clock or a time zone, so a date
 * never shifts by a day depending on where the code runs.
 *
 * Only what the transition guards need lives here (validity, ordering, adding days and calendar
 * months). Holiday roll-over belongs to the deadline rules, not to these guards.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(value: string): [number, number, number] | null {
  const match = ISO_DATE.exec(value);
  if (match === null) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  // Years before 1900 cannot be procedure events and would meet Date.UTC's two-digit-year quirk.
  if (year < 1900 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return [year, month, day];
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function format(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function mustParse(value: string): [number, number, number] {
  const parsed = parts(value);
  if (parsed === null) throw new RangeError(`not an ISO calendar date (YYYY-MM-DD): ${JSON.stringify(value)}`);
  return parsed;
}

/** True for a real calendar day written as `YYYY-MM-DD` (so `2025-02-30` is false). */
export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && parts(value) !== null;
}

/** Throws a RangeError naming `what` unless `value` is a valid ISO date: for arguments the caller controls. */
export function assertIsoDate(value: unknown, what: string): asserts value is string {
  if (!isIsoDate(value)) throw new RangeError(`${what} must be an ISO date YYYY-MM-DD`);
}

export function addDays(date: string, days: number): string {
  const [year, month, day] = mustParse(date);
  const moved = new Date(Date.UTC(year, month - 1, day + days));
  return format(moved.getUTCFullYear(), moved.getUTCMonth() + 1, moved.getUTCDate());
}

/**
 * The last day of a period of `months` calendar months triggered on `date`, initial day not
 * counted (Civil Code Arts. 140 and 143): the same day number `months` later, or the last day of
 * that month when it has no such day. Example: triggered 2025-08-31, 6 months → 2026-02-28.
 */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = mustParse(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  return format(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

export function minDate(a: string, b: string): string {
  return a <= b ? a : b;
}
