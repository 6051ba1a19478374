import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { DomainError } from '../shared/domain-error.js';
import {
  addDays,
  addMonthsClamped,
  assertRecordedDate,
  compareLocalDates,
  dayOfWeek,
  daysBetween,
  earlierOf,
  fromEpochDay,
  isLocalDate,
  isRecordedDate,
  lastDayOfMonth,
  laterOf,
  localDate,
  localDateFromParts,
  parseLocalDate,
  toEpochDay,
} from './local-date.js';

const d = localDate;

describe('parseLocalDate', () => {
  it.each(['2026-01-05', '2024-02-29', '2000-02-29', '0001-01-01', '9999-12-31', '2026-12-31'])('accepts %s', (value) => {
    expect(parseLocalDate(value)).toBe(value);
    expect(isLocalDate(value)).toBe(true);
  });

  it.each([
    '2025-02-29', // not a leap year
    '2100-02-29', // century not divisible by 400
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-01-00',
    '2026-1-5',
    '26-01-05',
    '2026-01-05T00:00:00Z',
    ' 2026-01-05',
    '0000-01-01',
    '',
  ])('refuses %p', (value) => {
    expect(parseLocalDate(value)).toBeUndefined();
    expect(isLocalDate(value)).toBe(false);
  });

  it('localDate throws a VALIDATION_FAILED domain error for a non-date', () => {
    expect(() => localDate('2026-02-30')).toThrow(DomainError);
    expect(() => localDate('2026-02-30')).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED' }));
  });

  it('isLocalDate refuses values that are not strings', () => {
    expect(isLocalDate(20260105)).toBe(false);
    expect(isLocalDate(undefined)).toBe(false);
  });

  it('localDateFromParts pads and validates', () => {
    expect(localDateFromParts(2026, 1, 5)).toBe('2026-01-05');
    expect(() => localDateFromParts(2026, 2, 29)).toThrow(DomainError);
  });
});

describe('recorded dates', () => {
  it.each([
    ['2025-09-05', true],
    ['2024-02-29', true],
    ['1900-01-01', true],
    ['2025-02-29', false],
    ['2025-04-31', false],
    ['2025-13-01', false],
    ['2025-00-10', false],
    ['2025-9-5', false],
    ['2025-09-05T00:00:00Z', false],
    ['1899-12-31', false],
    ['', false],
    [20250905, false],
    [null, false],
  ])('isRecordedDate(%p) is %p', (value, valid) => {
    expect(isRecordedDate(value)).toBe(valid);
  });

  it('names the argument that is not a recorded date', () => {
    expect(() => assertRecordedDate('2025-02-30', 'today')).toThrow(new RangeError('today must be an ISO date YYYY-MM-DD'));
    expect(() => assertRecordedDate('1899-12-31', 'today')).toThrow(RangeError);
    expect(() => assertRecordedDate('2025-09-05', 'today')).not.toThrow();
  });
});

describe('day arithmetic', () => {
  it.each([
    ['1970-01-01', 4], // Thursday
    ['1969-12-31', 3],
    ['2000-02-29', 2],
    ['2025-12-26', 5],
    ['2026-01-05', 1],
    ['2026-05-03', 0],
    ['2026-09-19', 6],
  ])('%s is weekday %i', (date, weekday) => {
    expect(dayOfWeek(d(date))).toBe(weekday);
  });

  it.each([
    ['2025-09-05', 7, '2025-09-12'],
    ['2025-12-26', 7, '2026-01-02'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-03-01', -1, '2025-02-28'],
    ['2025-02-28', 1, '2025-03-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2026-01-05', 0, '2026-01-05'],
    ['1999-12-31', 1, '2000-01-01'],
  ])('%s + %i days = %s', (date, days, expected) => {
    expect(addDays(d(date), days)).toBe(expected);
  });

  it.each([
    ['2026-07-06', 2, '2026-09-06'],
    ['2025-07-06', 2, '2025-09-06'],
    ['2026-06-15', 6, '2026-12-15'],
    ['2026-01-10', 12, '2027-01-10'],
    ['2025-08-31', 6, '2026-02-28'],
    ['2023-08-31', 6, '2024-02-29'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2026-05-31', -3, '2026-02-28'],
    ['2026-03-15', -15, '2024-12-15'],
    ['2025-11-30', 3, '2026-02-28'],
  ])('addMonthsClamped(%s, %i) = %s', (date, months, expected) => {
    expect(addMonthsClamped(d(date), months)).toBe(expected);
  });

  it.each([
    ['2026-02-10', '2026-02-28'],
    ['2024-02-01', '2024-02-29'],
    ['2026-04-30', '2026-04-30'],
    ['2026-12-01', '2026-12-31'],
  ])('the last day of the month of %s is %s', (date, expected) => {
    expect(lastDayOfMonth(d(date))).toBe(expected);
  });

  it('compares and measures', () => {
    expect(daysBetween(d('2025-12-26'), d('2026-01-05'))).toBe(10);
    expect(daysBetween(d('2026-01-05'), d('2025-12-26'))).toBe(-10);
    expect(compareLocalDates(d('2026-01-05'), d('2025-12-26'))).toBe(1);
    expect(compareLocalDates(d('2025-12-26'), d('2026-01-05'))).toBe(-1);
    expect(compareLocalDates(d('2026-01-05'), d('2026-01-05'))).toBe(0);
    expect(earlierOf(d('2026-01-05'), d('2025-12-26'))).toBe('2025-12-26');
    expect(earlierOf(d('2025-12-26'), d('2026-01-05'))).toBe('2025-12-26');
    expect(laterOf(d('2026-01-05'), d('2025-12-26'))).toBe('2026-01-05');
  });

  it('refuses a fractional number of days or months', () => {
    expect(() => addDays(d('2026-01-05'), 1.5)).toThrow(DomainError);
    expect(() => addMonthsClamped(d('2026-01-05'), 0.5)).toThrow(DomainError);
  });

  const epochDays = fc.integer({ min: toEpochDay(d('0001-01-01')), max: toEpochDay(d('9999-12-31')) });

  it('agrees with the UTC calendar of the JavaScript engine on every day from year 1 to 9999', () => {
    fc.assert(
      fc.property(epochDays, (epochDay) => {
        const utc = new Date(epochDay * 86_400_000);
        const date = fromEpochDay(epochDay);
        expect(date).toBe(utc.toISOString().slice(0, 10));
        expect(toEpochDay(date)).toBe(epochDay);
        expect(dayOfWeek(date)).toBe(utc.getUTCDay());
      }),
    );
  });

  it('adds days as the UTC calendar does', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: toEpochDay(d('1900-01-01')), max: toEpochDay(d('2100-12-31')) }),
        fc.integer({ min: -1000, max: 1000 }),
        (epochDay, days) => {
          const expected = new Date((epochDay + days) * 86_400_000).toISOString().slice(0, 10);
          expect(addDays(fromEpochDay(epochDay), days)).toBe(expected);
        },
      ),
    );
  });
});
