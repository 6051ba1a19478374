import { describe, expect, it } from '@jest/globals';
import { CASE_NUMBER_PATTERN, formatCaseNumber } from './case-number.js';

describe('formatCaseNumber', () => {
  it.each([
    [2026, 1, '2026-0001'],
    [2026, 42, '2026-0042'],
    [2027, 9999, '2027-9999'],
    [2027, 10000, '2027-10000'],
  ])('%i #%i → %s', (year, sequence, expected) => {
    expect(formatCaseNumber(year, sequence)).toBe(expected);
    expect(expected).toMatch(CASE_NUMBER_PATTERN);
  });
});
