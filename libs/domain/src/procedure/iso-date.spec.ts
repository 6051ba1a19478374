import { describe, expect, it } from '@jest/globals';
import { addDays, addMonths, assertIsoDate, isIsoDate, minDate } from './iso-date.js';

describe('iso dates', () => {
  it.each([
    ['2025-09-05', true],
    ['2024-02-29', true],
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
  ])('isIsoDate(%p) is %p', (value, valid) => {
    expect(isIsoDate(value)).toBe(valid);
  });

  it.each([
    ['2025-09-05', 7, '2025-09-12'],
    ['2025-12-26', 7, '2026-01-02'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-03-01', -1, '2025-02-28'],
  ])('addDays(%s, %i) = %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  // Civil Code Art. 143: the corresponding day, or the last day of a month that has none.
  it.each([
    ['2025-07-06', 2, '2025-09-06'],
    ['2026-06-15', 6, '2026-12-15'],
    ['2025-08-31', 6, '2026-02-28'],
    ['2023-08-31', 6, '2024-02-29'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2026-01-10', 12, '2027-01-10'],
    ['2025-11-30', 3, '2026-02-28'],
  ])('addMonths(%s, %i) = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it('picks the earlier date', () => {
    expect(minDate('2026-12-15', '2027-06-10')).toBe('2026-12-15');
    expect(minDate('2027-06-10', '2026-12-15')).toBe('2026-12-15');
  });

  it('refuses arithmetic on a malformed date', () => {
    expect(() => addDays('2025-02-30', 1)).toThrow(RangeError);
    expect(() => addMonths('next week', 1)).toThrow(RangeError);
    expect(() => assertIsoDate('2025-02-30', 'today')).toThrow('today must be an ISO date YYYY-MM-DD');
  });
});
