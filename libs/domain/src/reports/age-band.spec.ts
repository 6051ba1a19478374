import { describe, expect, it } from '@jest/globals';
import { ageBand, ageOn } from './age-band.js';

describe('ageBand', () => {
  it.each([
    ['no date of birth', null, '2024-06-01', 'unknown'],
    ['born after the day', '2024-06-02', '2024-06-01', 'unknown'],
    ['born that day', '2024-06-01', '2024-06-01', '0-4'],
    ['4 the day before turning 5', '2019-06-02', '2024-06-01', '0-4'],
    ['5 on the birthday', '2019-06-01', '2024-06-01', '5-11'],
    ['11', '2012-06-02', '2024-06-01', '5-11'],
    ['12 on the birthday', '2012-06-01', '2024-06-01', '12-17'],
    ['17 the day before turning 18', '2006-06-02', '2024-06-01', '12-17'],
    ['18 on the birthday', '2006-06-01', '2024-06-01', '18-59'],
    ['59', '1964-06-02', '2024-06-01', '18-59'],
    ['60 on the birthday', '1964-06-01', '2024-06-01', '60+'],
    ['100', '1924-01-01', '2024-06-01', '60+'],
    ['born 29 Feb: still 4 on 28 Feb of a common year', '2020-02-29', '2025-02-28', '0-4'],
    ['born 29 Feb: 5 from 1 March of a common year', '2020-02-29', '2025-03-01', '5-11'],
    ['born 29 Feb: 12 on 29 Feb of a leap year', '2012-02-29', '2024-02-29', '12-17'],
  ] as const)('%s', (_case, dateOfBirth, on, expected) => {
    expect(ageBand(dateOfBirth, on)).toBe(expected);
  });

  it.each([
    ['2000-01-01', '2024-12-31', 24],
    ['2000-12-31', '2024-12-30', 23],
    ['2000-12-31', '2024-12-31', 24],
    ['2000-02-29', '2023-02-28', 22],
    ['2000-02-29', '2023-03-01', 23],
  ])('ageOn(%s, %s) = %i', (dateOfBirth, on, expected) => {
    expect(ageOn(dateOfBirth, on)).toBe(expected);
  });

  it('refuses malformed dates', () => {
    expect(() => ageBand('2000-13-01', '2024-01-01')).toThrow(RangeError);
    expect(() => ageBand(null, '2024-1-1')).toThrow(RangeError);
  });
});
