import { describe, expect, it } from '@jest/globals';
import { localDate } from '../calendar/local-date.js';
import { formatLetterDate } from './referral-letter-date.js';

describe('formatLetterDate', () => {
  it.each([
    ['2025-03-04', '2025年3月4日', '4 March 2025'],
    ['1990-12-31', '1990年12月31日', '31 December 1990'],
    ['2026-01-01', '2026年1月1日', '1 January 2026'],
  ])('%s', (date, ja, en) => {
    expect(formatLetterDate(localDate(date), 'ja')).toBe(ja);
    expect(formatLetterDate(localDate(date), 'en')).toBe(en);
  });
});
