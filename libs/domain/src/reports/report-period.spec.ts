import { describe, expect, it } from '@jest/globals';
import { DomainError } from '../shared/domain-error.js';
import { parseReportPeriod, periodBucket, periodBuckets } from './report-period.js';

const TODAY = '2025-03-14';

describe('parseReportPeriod', () => {
  it('defaults to January two years back until this month', () => {
    const period = parseReportPeriod(undefined, undefined, TODAY);
    expect([period.from, period.to, period.firstDay, period.lastDay]).toEqual(['2023-01', '2025-03', '2023-01-01', '2025-03-31']);
    expect(period.months).toHaveLength(27);
    expect(period.quarters).toEqual(['2023-Q1', '2023-Q2', '2023-Q3', '2023-Q4', '2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4', '2025-Q1']);
    expect(period.years).toEqual([2023, 2024, 2025]);
  });

  it.each([
    ['only from: until this month', '2024-11', undefined, '2024-11', '2025-03'],
    ['only to: from January two years before it', undefined, '2020-06', '2018-01', '2020-06'],
    ['one month', '2024-02', '2024-02', '2024-02', '2024-02'],
    ['a period in the future is allowed (it counts zeros)', '2025-04', '2025-12', '2025-04', '2025-12'],
    ['the earliest month', '2000-01', '2009-12', '2000-01', '2009-12'],
  ])('%s', (_case, from, to, expectedFrom, expectedTo) => {
    const period = parseReportPeriod(from, to, TODAY);
    expect([period.from, period.to]).toEqual([expectedFrom, expectedTo]);
  });

  it('lists months, quarters and years of an odd period', () => {
    const period = parseReportPeriod('2023-11', '2024-02', TODAY);
    expect(period.months).toEqual(['2023-11', '2023-12', '2024-01', '2024-02']);
    expect(period.quarters).toEqual(['2023-Q4', '2024-Q1']);
    expect(period.years).toEqual([2023, 2024]);
    expect([period.firstDay, period.lastDay]).toEqual(['2023-11-01', '2024-02-29']);
  });

  it.each([
    ['a malformed from', '2024-1', '2024-03', 'from'],
    ['a month 13', '2024-13', '2024-12', 'from'],
    ['a day instead of a month', '2024-01', '2024-03-01', 'to'],
    ['from after to', '2024-04', '2024-03', 'from'],
    ['before 2000-01', '1999-12', '2000-06', 'from'],
    ['121 months', '2010-01', '2020-01', 'to'],
  ])('refuses %s with VALIDATION_FAILED naming the field', (_case, from, to, field) => {
    let thrown: unknown;
    try {
      parseReportPeriod(from, to, TODAY);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DomainError);
    expect((thrown as DomainError).code).toBe('VALIDATION_FAILED');
    expect((thrown as DomainError).details).toEqual({ fields: [expect.objectContaining({ field })] });
  });

  it('takes 120 months', () => {
    expect(parseReportPeriod('2010-01', '2019-12', TODAY).months).toHaveLength(120);
  });

  it('refuses a malformed today as a programming error', () => {
    expect(() => parseReportPeriod(undefined, undefined, '2025-3-14')).toThrow(RangeError);
  });
});

describe('periodBucket', () => {
  it.each([
    ['2024-01-01', 'month', '2024-01'],
    ['2024-03-31', 'quarter', '2024-Q1'],
    ['2024-04-01', 'quarter', '2024-Q2'],
    ['2024-09-30', 'quarter', '2024-Q3'],
    ['2024-12-31', 'quarter', '2024-Q4'],
    ['2024-12-31', 'year', '2024'],
  ] as const)('%s by %s is %s', (date, granularity, expected) => {
    expect(periodBucket(date, granularity)).toBe(expected);
  });

  it('refuses a malformed date', () => {
    expect(() => periodBucket('2024-02-30', 'month')).toThrow(RangeError);
  });

  it('lists the buckets of a period', () => {
    const period = parseReportPeriod('2024-03', '2024-05', TODAY);
    expect(periodBuckets(period, 'month')).toEqual(['2024-03', '2024-04', '2024-05']);
    expect(periodBuckets(period, 'quarter')).toEqual(['2024-Q1', '2024-Q2']);
    expect(periodBuckets(period, 'year')).toEqual(['2024']);
  });
});
