import { describe, expect, it } from '@jest/globals';
import { medianAndP90, percentileCont, REPORT_MIN_CASES_FOR_STATISTICS } from './report-statistics.js';

describe('percentileCont (as PostgreSQL percentile_cont)', () => {
  it.each([
    // Values checked against `SELECT percentile_cont(f) WITHIN GROUP (ORDER BY v)` in PostgreSQL.
    [[10], 0.5, 10],
    [[1, 2], 0.5, 1.5],
    [[1, 2, 3, 4], 0.5, 2.5],
    [[1, 2, 3, 4, 5], 0.9, 4.6],
    [[5, 1, 4, 2, 3], 0.9, 4.6],
    [[10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 0.9, 91],
    [[3, 3, 3], 0.9, 3],
    [[0, 100], 0, 0],
    [[0, 100], 1, 100],
  ])('%j at %f is %f', (values, fraction, expected) => {
    expect(percentileCont(values, fraction)).toBeCloseTo(expected, 10);
  });

  it('has no value without values, and refuses a fraction outside 0..1', () => {
    expect(percentileCont([], 0.5)).toBeUndefined();
    expect(() => percentileCont([1], 1.5)).toThrow(RangeError);
    expect(() => percentileCont([Number.NaN], 0.5)).toThrow(RangeError);
  });
});

describe('medianAndP90', () => {
  it('shows nothing under five intervals', () => {
    expect(REPORT_MIN_CASES_FOR_STATISTICS).toBe(5);
    expect(medianAndP90([100, 200, 300, 400])).toEqual({ count: 4, median: null, p90: null });
    expect(medianAndP90([])).toEqual({ count: 0, median: null, p90: null });
  });

  it.each([
    [[100, 200, 300, 400, 500], 300, 460],
    [[416, 6, 480, 365, 330, 237], 347.5, 448],
  ])('%j: median %f, p90 %f', (values, median, p90) => {
    const result = medianAndP90(values);
    expect(result.count).toBe(values.length);
    expect(result.median).toBeCloseTo(median, 10);
    expect(result.p90).toBeCloseTo(p90, 10);
  });
});
