import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { addBusinessDays, countBusinessDays, nextOpenDay, previousOpenDay } from './business-days.js';
import { calendar } from './japanese-calendar.fixture.js';
import { CalendarCoverageError } from './japanese-calendar.js';
import { fromEpochDay, localDate, toEpochDay } from './local-date.js';

const d = localDate;

describe('open days', () => {
  it.each([
    ['2026-01-02', '2026-01-05'], // year-end closure, then the weekend
    ['2026-05-02', '2026-05-07'], // Golden Week: Sat, Sun, 3 holidays incl. the 6 May substitute
    ['2026-09-19', '2026-09-24'], // Silver Week: Sat, Sun, 敬老の日, citizens' holiday, 秋分の日
    ['2026-01-05', '2026-01-05'], // open: itself
  ])('the next open day from %s is %s', (date, expected) => {
    expect(nextOpenDay(calendar, d(date), 'administrative')).toBe(expected);
    expect(nextOpenDay(calendar, d(date), 'court')).toBe(expected);
  });

  it.each([
    ['2026-01-04', '2025-12-26'],
    ['2026-05-06', '2026-05-01'],
    ['2026-05-01', '2026-05-01'],
  ])('the last open day on or before %s is %s', (date, expected) => {
    expect(previousOpenDay(calendar, d(date), 'administrative')).toBe(expected);
  });
});

describe('addBusinessDays', () => {
  it.each([
    ['2026-01-05', 1, '2026-01-06'],
    ['2025-12-26', 1, '2026-01-05'],
    ['2026-04-30', 2, '2026-05-07'],
    ['2026-09-18', 1, '2026-09-24'],
    ['2026-01-05', -1, '2025-12-26'],
    ['2026-01-04', 0, '2026-01-04'],
    ['2026-01-05', 4, '2026-01-09'],
    ['2026-01-05', 5, '2026-01-13'], // 12 Jan 2026 is 成人の日
    ['2026-01-09', 1, '2026-01-13'],
  ])('%s + %i business days = %s', (date, count, expected) => {
    expect(addBusinessDays(calendar, d(date), count, 'administrative')).toBe(expected);
  });

  it('refuses to count past the holiday data', () => {
    expect(() => addBusinessDays(calendar, d('2050-12-28'), 5, 'administrative')).toThrow(CalendarCoverageError);
  });
});

describe('countBusinessDays', () => {
  it.each([
    ['2026-01-05', '2026-01-07', 2],
    ['2025-12-26', '2026-01-05', 1],
    ['2026-01-05', '2026-01-05', 0],
    ['2026-01-07', '2026-01-05', -2],
    ['2026-09-18', '2026-09-24', 1],
    ['2026-01-03', '2026-01-05', 1], // from a Saturday: Monday is one business day away
    ['2026-04-28', '2026-05-08', 4], // 30 Apr, 1, 7 and 8 May: 29 Apr is 昭和の日, 2–6 May closed
  ])('from %s to %s: %i business days', (from, to, expected) => {
    expect(countBusinessDays(calendar, d(from), d(to), 'administrative')).toBe(expected);
  });

  const days = fc.integer({ min: toEpochDay(d('2024-01-01')), max: toEpochDay(d('2030-12-31')) }).map(fromEpochDay);

  it('is the inverse of addBusinessDays, and adding lands on an open day', () => {
    fc.assert(
      fc.property(days, fc.integer({ min: 0, max: 40 }), (date, count) => {
        const later = addBusinessDays(calendar, date, count, 'administrative');
        expect(countBusinessDays(calendar, date, later, 'administrative')).toBe(count);
        if (count > 0) expect(calendar.isAdministrativeHoliday(later)).toBe(false);
      }),
    );
  });
});
