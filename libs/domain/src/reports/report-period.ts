import { daysInMonth, localDateFromParts, parseLocalDate, type LocalDate } from '../calendar/local-date.js';
import { DomainError } from '../shared/domain-error.js';

/** The buckets a report counts in. The outcomes report offers year and quarter. */
export const PERIOD_GRANULARITIES = ['month', 'quarter', 'year'] as const;
export type PeriodGranularity = (typeof PERIOD_GRANULARITIES)[number];

/** The months a report covers, whole months from `from` to `to`, and the buckets they fall in. */
export interface ReportPeriod {
  /** YYYY-MM */
  readonly from: string;
  /** YYYY-MM */
  readonly to: string;
  /** The first day of `from`. */
  readonly firstDay: string;
  /** The last day of `to`. */
  readonly lastDay: string;
  /** Every month, 'YYYY-MM', in order. */
  readonly months: readonly string[];
  /** Every quarter a month of the period falls in, '2024-Q1', in order. */
  readonly quarters: readonly string[];
  /** Every calendar year a month of the period falls in, in order. */
  readonly years: readonly number[];
}

/** Ten years: a longer report is a data export, not a report to read. */
export const REPORT_MAX_MONTHS = 120;
/** Nothing in the product is dated before the NGO's records begin; ISA's published series starts later still. */
export const REPORT_EARLIEST_MONTH = '2000-01';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/**
 * The period of a report from its query. Both ends are optional: `to` defaults to the month of
 * `today` (the calendar day in Japan), `from` to January two years before the year of `to`, so
 * the default shows two full years and the current one. A malformed month, `from` after `to`,
 * `from` before 2000-01 or more than 120 months answer VALIDATION_FAILED with the field.
 */
export function parseReportPeriod(from: string | undefined, to: string | undefined, today: string): ReportPeriod {
  const day = parseLocalDate(today);
  if (day === undefined) throw new RangeError('today must be an ISO date YYYY-MM-DD');
  const toIndex = to === undefined ? monthIndex(day.slice(0, 7)) : parseMonth(to, 'to');
  const fromIndex = from === undefined ? (Math.floor(toIndex / 12) - 2) * 12 : parseMonth(from, 'from');
  if (fromIndex < monthIndex(REPORT_EARLIEST_MONTH)) invalid('from', `The period starts in ${REPORT_EARLIEST_MONTH} at the earliest.`, 'before 2000-01');
  if (fromIndex > toIndex) invalid('from', 'The period must start before it ends: check from and to.', 'after to');
  if (toIndex - fromIndex + 1 > REPORT_MAX_MONTHS) invalid('to', `A report covers at most ${REPORT_MAX_MONTHS} months.`, `more than ${REPORT_MAX_MONTHS} months after from`);

  const months: string[] = [];
  for (let index = fromIndex; index <= toIndex; index++) months.push(monthName(index));
  const { year: lastYear, month: lastMonth } = yearMonth(toIndex);
  const { year: firstYear, month: firstMonth } = yearMonth(fromIndex);
  return {
    from: monthName(fromIndex),
    to: monthName(toIndex),
    firstDay: localDateFromParts(firstYear, firstMonth, 1),
    lastDay: localDateFromParts(lastYear, lastMonth, daysInMonth(lastYear, lastMonth)),
    months,
    quarters: [...new Set(months.map((month) => periodBucket(`${month}-01`, 'quarter')))],
    years: [...new Set(months.map((month) => Number(month.slice(0, 4))))],
  };
}

/** The bucket a day falls in: '2024-03' (month), '2024-Q1' (quarter) or '2024' (year). */
export function periodBucket(date: string, granularity: PeriodGranularity): string {
  const day: LocalDate | undefined = parseLocalDate(date);
  if (day === undefined) throw new RangeError('date must be an ISO date YYYY-MM-DD');
  const year = day.slice(0, 4);
  switch (granularity) {
    case 'month':
      return day.slice(0, 7);
    case 'quarter':
      return `${year}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
    case 'year':
      return year;
    default:
      throw new RangeError('granularity must be month, quarter or year');
  }
}

/** The buckets of a period at a granularity, in order: its months, quarters or years. */
export function periodBuckets(period: ReportPeriod, granularity: PeriodGranularity): readonly string[] {
  switch (granularity) {
    case 'month':
      return period.months;
    case 'quarter':
      return period.quarters;
    case 'year':
      return period.years.map(String);
    default:
      throw new RangeError('granularity must be month, quarter or year');
  }
}

function parseMonth(value: string, field: 'from' | 'to'): number {
  if (!MONTH.test(value)) invalid(field, `Invalid request: ${field} must be a month YYYY-MM.`, 'must be a month YYYY-MM');
  return monthIndex(value);
}

/** Months since January of year 0: consecutive months are consecutive numbers. */
function monthIndex(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

function yearMonth(index: number): { year: number; month: number } {
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

function monthName(index: number): string {
  const { year, month } = yearMonth(index);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

function invalid(field: 'from' | 'to', message: string, problem: string): never {
  throw new DomainError('VALIDATION_FAILED', message, { fields: [{ field, problems: [problem] }] });
}
