import { describe, expect, it } from '@jest/globals';
import { addMonths, lastDayOf, monthCount, periodProblem, presetOf, presetPeriod, readFilters, yearChoices, type PeriodPreset } from './report-period.js';

describe('presetPeriod', () => {
  it.each<[PeriodPreset, string, string, string]>([
    ['this-year', '2026-12-06', '2026-01', '2026-12'],
    ['this-year', '2026-01-01', '2026-01', '2026-01'],
    ['last-12-months', '2026-12-06', '2026-01', '2026-12'],
    ['last-12-months', '2026-03-31', '2025-04', '2026-03'],
    ['last-3-years', '2026-12-06', '2024-01', '2026-12'],
    ['last-3-years', '2025-02-28', '2023-01', '2025-02'],
    ['since-2018', '2026-12-06', '2018-01', '2026-12'],
  ])('%s on %s runs from %s to %s', (preset, today, from, to) => {
    expect(presetPeriod(preset, today)).toEqual({ from, to });
  });

  it('names the preset a period is, and none for a period of its own', () => {
    expect(presetOf({ from: '2024-01', to: '2026-12' }, '2026-12-06')).toBe('last-3-years');
    expect(presetOf({ from: '2025-01', to: '2025-12' }, '2026-12-06')).toBeNull();
    // In December, the last 12 months are this year: the first preset listed wins.
    expect(presetOf({ from: '2026-01', to: '2026-12' }, '2026-12-06')).toBe('this-year');
  });
});

describe('months', () => {
  it.each([
    ['2026-01', -1, '2025-12'],
    ['2026-12', 1, '2027-01'],
    ['2024-03', -26, '2022-01'],
  ])('%s plus %i months is %s', (month, months, expected) => {
    expect(addMonths(month, months)).toBe(expected);
  });

  it.each([
    ['2024-02', '2024-02-29'],
    ['2025-02', '2025-02-28'],
    ['2026-04', '2026-04-30'],
    ['2026-12', '2026-12-31'],
  ])('the last day of %s is %s', (month, day) => {
    expect(lastDayOf(month)).toBe(day);
  });

  it('counts both ends', () => {
    expect(monthCount({ from: '2018-01', to: '2026-12' })).toBe(108);
    expect(monthCount({ from: '2026-05', to: '2026-05' })).toBe(1);
  });
});

describe('periodProblem', () => {
  it.each([
    ['2024-01', '2026-12', null],
    ['2017-01', '2026-12', null],
    ['2016-12', '2026-12', 'too-long'],
    ['1999-12', '2000-01', 'too-early'],
    ['2026-05', '2026-04', 'reversed'],
    ['2026-01', '2027-01', 'future'],
    ['2026-13', '2026-12', 'invalid'],
    ['', '2026-12', 'invalid'],
  ])('%s .. %s: %s', (from, to, problem) => {
    expect(periodProblem({ from, to }, '2026-12-06')).toBe(problem);
  });
});

describe('readFilters', () => {
  const today = '2026-12-06';

  it('defaults to the last three calendar years by year, the disaggregation of the period’s last year', () => {
    expect(readFilters(new URLSearchParams(''), today)).toEqual({
      from: '2024-01',
      to: '2026-12',
      teamId: undefined,
      granularity: 'year',
      year: 2026,
      preset: 'last-3-years',
      problem: null,
    });
  });

  it('reads the period, the team, the granularity and the year from the URL', () => {
    const filters = readFilters(new URLSearchParams('from=2023-04&to=2024-09&team=t1&granularity=quarter&year=2023'), today);
    expect(filters).toEqual({ from: '2023-04', to: '2024-09', teamId: 't1', granularity: 'quarter', year: 2023, preset: null, problem: null });
  });

  it('ignores a granularity or a year it does not know, and reports a period it cannot ask for', () => {
    const filters = readFilters(new URLSearchParams('from=2025-06&to=2025-01&granularity=week&year=2031'), today);
    expect(filters.granularity).toBe('year');
    expect(filters.year).toBe(2026);
    expect(filters.problem).toBe('reversed');
    expect(filters.preset).toBeNull();
  });
});

describe('yearChoices', () => {
  it('runs from the oldest figure or the period’s start, whichever is earlier, to this year, newest first', () => {
    expect(yearChoices('2023-05', { from: '2024-01', to: '2026-12' }, '2026-12-06')).toEqual([2026, 2025, 2024, 2023]);
    expect(yearChoices(null, { from: '2025-01', to: '2026-12' }, '2026-12-06')).toEqual([2026, 2025]);
    expect(yearChoices(null, { from: '2026-01', to: '2026-12' }, '2026-12-06')).toEqual([2026]);
  });
});
