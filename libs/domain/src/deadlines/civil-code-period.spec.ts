import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { addMonthsClamped, fromEpochDay, lastDayOfMonth, localDate, toEpochDay } from '../calendar/local-date.js';
import { DomainError } from '../shared/domain-error.js';
import { endOfPeriod, type PeriodLength } from './civil-code-period.js';

const d = localDate;

describe('endOfPeriod — Civil Code Arts. 140 and 143', () => {
  it('does not count the day of the event (Art. 140)', () => {
    expect(endOfPeriod(d('2025-12-26'), { unit: 'days', amount: 7 }).firstDay).toBe('2025-12-27');
  });

  it.each([
    ['2026-06-01', 7, '2026-06-08'], // the reference's example: notified Mon 1st → Mon 8th
    ['2025-12-26', 7, '2026-01-02'], // the worked example, before the roll-forward
    ['2026-01-08', 3, '2026-01-11'],
    ['2024-02-26', 7, '2024-03-04'], // through 29 Feb
    ['2025-02-26', 7, '2025-03-05'],
  ])('%s + %i days ends %s', (trigger, amount, expected) => {
    expect(endOfPeriod(d(trigger), { unit: 'days', amount }).lastDay).toBe(expected);
  });

  it.each([
    ['2026-07-06', 2, '2026-07-20'],
    ['2025-12-24', 2, '2026-01-07'],
  ])('%s + %i weeks ends %s (day 7N)', (trigger, amount, expected) => {
    expect(endOfPeriod(d(trigger), { unit: 'weeks', amount }).lastDay).toBe(expected);
  });

  it.each([
    // trigger, length, last day, Art. 143 sentence
    ['2026-07-06', { unit: 'months', amount: 2 }, '2026-09-06', 'corresponding-day'], // the reference's example
    ['2026-08-06', { unit: 'months', amount: 6 }, '2027-02-06', 'corresponding-day'],
    // Counting starts on 1 Sept: whole months, September to February.
    ['2025-08-31', { unit: 'months', amount: 6 }, '2026-02-28', 'whole-months'],
    // Counting starts on 31 Aug: February has no 31st, so the last day of February.
    ['2025-08-30', { unit: 'months', amount: 6 }, '2026-02-28', 'no-corresponding-day'],
    ['2023-08-31', { unit: 'months', amount: 6 }, '2024-02-29', 'whole-months'], // leap year
    ['2023-08-30', { unit: 'months', amount: 6 }, '2024-02-29', 'no-corresponding-day'],
    // Counting starts on 29 Aug 2023; 29 Feb 2024 exists, so the day before it.
    ['2023-08-28', { unit: 'months', amount: 6 }, '2024-02-28', 'corresponding-day'],
    // Counting starts on 1 Mar 2024: March to August. (add_months(29 Feb, 6) would say 29 Aug.)
    ['2024-02-29', { unit: 'months', amount: 6 }, '2024-08-31', 'whole-months'],
    // Counting starts on 1 May: the whole of May. (add_months(30 Apr, 1) would say 30 May.)
    ['2026-04-30', { unit: 'months', amount: 1 }, '2026-05-31', 'whole-months'],
    ['2025-02-28', { unit: 'months', amount: 6 }, '2025-08-31', 'whole-months'],
    ['2026-01-30', { unit: 'months', amount: 1 }, '2026-02-28', 'no-corresponding-day'],
    ['2026-01-31', { unit: 'months', amount: 1 }, '2026-02-28', 'whole-months'],
    ['2026-12-31', { unit: 'months', amount: 2 }, '2027-02-28', 'whole-months'],
    ['2026-11-15', { unit: 'months', amount: 3 }, '2027-02-15', 'corresponding-day'],
    // Years are 12 months.
    ['2024-02-29', { unit: 'years', amount: 1 }, '2025-02-28', 'whole-months'],
    ['2027-02-28', { unit: 'years', amount: 1 }, '2028-02-29', 'whole-months'],
    ['2027-02-27', { unit: 'years', amount: 1 }, '2028-02-27', 'corresponding-day'],
    ['2026-08-05', { unit: 'years', amount: 1 }, '2027-08-05', 'corresponding-day'],
  ] as const)('%s + %o ends %s (%s)', (trigger, length, expected, rule) => {
    const end = endOfPeriod(d(trigger), length);
    expect(end.lastDay).toBe(expected);
    expect(end.monthEndRule).toBe(rule);
  });

  it.each([0, -1, 1.5])('refuses a length of %p', (amount) => {
    expect(() => endOfPeriod(d('2026-01-05'), { unit: 'days', amount })).toThrow(DomainError);
  });

  const triggers = fc.integer({ min: toEpochDay(d('1990-01-01')), max: toEpochDay(d('2045-12-31')) }).map(fromEpochDay);
  const monthLengths = fc.integer({ min: 1, max: 24 });

  it('agrees with the reference algorithm add_months(trigger, N) except when the trigger is a month end', () => {
    fc.assert(
      fc.property(triggers, monthLengths, (trigger, months) => {
        const end = endOfPeriod(trigger, { unit: 'months', amount: months }).lastDay;
        const reference = addMonthsClamped(trigger, months);
        if (trigger !== lastDayOfMonth(trigger)) {
          expect(end).toBe(reference);
        } else {
          // Counting starts on the 1st (Art. 143(1)): the period is whole months and ends with
          // the last day of the final month, on or after the reference's clamped day.
          expect(end).toBe(lastDayOfMonth(reference));
          expect(end >= reference).toBe(true);
        }
      }),
    );
  });

  it('never ends earlier for a later trigger', () => {
    const lengths = fc.oneof(
      fc.record({ unit: fc.constant('days' as const), amount: fc.integer({ min: 1, max: 60 }) }),
      fc.record({ unit: fc.constant('weeks' as const), amount: fc.integer({ min: 1, max: 8 }) }),
      fc.record({ unit: fc.constant('months' as const), amount: fc.integer({ min: 1, max: 24 }) }),
      fc.record({ unit: fc.constant('years' as const), amount: fc.integer({ min: 1, max: 3 }) }),
    );
    fc.assert(
      fc.property(triggers, fc.integer({ min: 1, max: 400 }), lengths, (trigger, gap, length: PeriodLength) => {
        const later = fromEpochDay(toEpochDay(trigger) + gap);
        expect(endOfPeriod(later, length).lastDay >= endOfPeriod(trigger, length).lastDay).toBe(true);
      }),
    );
  });

  it('always ends after the trigger', () => {
    fc.assert(
      fc.property(triggers, monthLengths, (trigger, months) => {
        expect(endOfPeriod(trigger, { unit: 'months', amount: months }).lastDay > trigger).toBe(true);
      }),
    );
  });
});
