import { describe, expect, it } from '@jest/globals';
import { formatLocalDateEn, formatLocalDateJa } from './format-local-date.js';
import { localDate } from './local-date.js';

describe('formatting a LocalDate for an explanation', () => {
  it.each([
    ['2026-01-05', 'Mon 5 Jan 2026', '2026年1月5日(月)'],
    ['2025-12-26', 'Fri 26 Dec 2025', '2025年12月26日(金)'],
    ['2024-02-29', 'Thu 29 Feb 2024', '2024年2月29日(木)'],
    ['2026-05-03', 'Sun 3 May 2026', '2026年5月3日(日)'],
    ['2026-09-19', 'Sat 19 Sep 2026', '2026年9月19日(土)'],
  ])('%s reads "%s" and "%s"', (date, en, ja) => {
    expect(formatLocalDateEn(localDate(date))).toBe(en);
    expect(formatLocalDateJa(localDate(date))).toBe(ja);
  });
});
