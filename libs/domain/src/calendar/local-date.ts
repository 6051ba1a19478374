import { DomainError } from '../shared/domain-error.js';

declare const localDateBrand: unique symbol;

/**
 * A calendar day, `YYYY-MM-DD`, with no time and no time zone. A legal deadline in Japan is a
 * day on the Japanese calendar (it ends at the end of that day, Civil Code Art. 141), not an
 * instant, so deadlines are computed and stored as LocalDates. Only the parsers below make one,
 * which is why every LocalDate is a real proleptic Gregorian date.
 */
export type LocalDate = string & { readonly [localDateBrand]: true };

/** 0 = Sunday … 6 = Saturday, as in JavaScript's Date#getUTCDay. */
export type DayOfWeek = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export interface LocalDateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The LocalDate written as `value`, or undefined if it is not a real date in the form YYYY-MM-DD. */
export function parseLocalDate(value: string): LocalDate | undefined {
  const match = isoDate.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isValidDate(year, month, day) ? (value as LocalDate) : undefined;
}

/** Like parseLocalDate, for values that must be valid: throws a VALIDATION_FAILED DomainError. */
export function localDate(value: string): LocalDate {
  const parsed = parseLocalDate(value);
  if (parsed === undefined) {
    throw new DomainError('VALIDATION_FAILED', 'Expected a calendar date in the form YYYY-MM-DD', { value });
  }
  return parsed;
}

export function isLocalDate(value: unknown): value is LocalDate {
  return typeof value === 'string' && parseLocalDate(value) !== undefined;
}

/** Years before 1900 cannot be the events, due dates or signatures recorded on a case. */
const FIRST_RECORDED_DATE = '1900-01-01';

/**
 * True for a date a caseworker may record on a case: a LocalDate from 1900 on. The procedure's
 * transitions and the document workflow check their input with it and answer with a problem.
 */
export function isRecordedDate(value: unknown): value is LocalDate {
  return isLocalDate(value) && value >= FIRST_RECORDED_DATE;
}

/** Throws a RangeError naming `what` unless `value` is a recorded date: for arguments the caller controls, such as `today`. */
export function assertRecordedDate(value: unknown, what: string): asserts value is LocalDate {
  if (!isRecordedDate(value)) throw new RangeError(`${what} must be an ISO date YYYY-MM-DD`);
}

export function localDateFromParts(year: number, month: number, day: number): LocalDate {
  if (!isValidDate(year, month, day)) {
    throw new DomainError('VALIDATION_FAILED', 'Not a calendar date', { year, month, day });
  }
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}` as LocalDate;
}

export function localDateParts(date: LocalDate): LocalDateParts {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function lastDayOfMonth(date: LocalDate): LocalDate {
  const { year, month } = localDateParts(date);
  return localDateFromParts(year, month, daysInMonth(year, month));
}

/**
 * Days since 1970-01-01 (negative before). Integer arithmetic on the proleptic Gregorian
 * calendar (H. Hinnant, "chrono-compatible low-level date algorithms"), so no Date object and
 * no host time zone can shift a day.
 */
export function toEpochDay(date: LocalDate): number {
  const { year: calendarYear, month, day } = localDateParts(date);
  // The algorithm's year starts on 1 March, so that a leap day is the last day of its year.
  const year = calendarYear - (month <= 2 ? 1 : 0);
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

export function fromEpochDay(epochDay: number): LocalDate {
  if (!Number.isSafeInteger(epochDay)) {
    throw new DomainError('VALIDATION_FAILED', 'Epoch day must be an integer', { epochDay });
  }
  const z = epochDay + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return localDateFromParts(year, month, day);
}

export function addDays(date: LocalDate, days: number): LocalDate {
  if (!Number.isSafeInteger(days)) {
    throw new DomainError('VALIDATION_FAILED', 'A number of days must be an integer', { days });
  }
  return fromEpochDay(toEpochDay(date) + days);
}

/**
 * The same day of the month `months` later (or earlier, if negative), or the last day of that
 * month when it is shorter: 31 Aug + 6 months = 28 (or 29) Feb. This is plain calendar
 * arithmetic; legal periods in months go through endOfPeriod (Civil Code Art. 143).
 */
export function addMonthsClamped(date: LocalDate, months: number): LocalDate {
  if (!Number.isSafeInteger(months)) {
    throw new DomainError('VALIDATION_FAILED', 'A number of months must be an integer', { months });
  }
  const { year, month, day } = localDateParts(date);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  return localDateFromParts(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

/** `to` minus `from`, in days. */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

export function dayOfWeek(date: LocalDate): DayOfWeek {
  // 1970-01-01 was a Thursday (4).
  return ((((toEpochDay(date) + 4) % 7) + 7) % 7) as DayOfWeek;
}

/** ISO strings with four-digit years sort like the dates they name. */
export function compareLocalDates(a: LocalDate, b: LocalDate): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function earlierOf(a: LocalDate, b: LocalDate): LocalDate {
  return a <= b ? a : b;
}

export function laterOf(a: LocalDate, b: LocalDate): LocalDate {
  return a >= b ? a : b;
}

function isValidDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}
