/**
 * The Reports page's filters as they live in the URL (`from`, `to`, `team`, `granularity`,
 * `year`), read back with defaults, and the period presets. Months are `YYYY-MM` in Japan time,
 * as the API counts them; "today" is passed in so the rules are testable with literal dates.
 */

import { REPORT_EARLIEST_MONTH, REPORT_MAX_MONTHS } from '#domain';

export const PERIOD_PRESETS = ['this-year', 'last-12-months', 'last-3-years', 'since-2018'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

export const GRANULARITIES = ['year', 'quarter'] as const;
export type Granularity = (typeof GRANULARITIES)[number];

/** The first year of ISA's published table the national figures start from. */
const NATIONAL_SERIES_START = 2018;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export interface Period {
  readonly from: string;
  readonly to: string;
}

export type PeriodProblem = 'invalid' | 'reversed' | 'too-long' | 'too-early' | 'future';

export interface ReportFilters extends Period {
  /** One team of the viewer's scope; undefined for all of it. */
  readonly teamId: string | undefined;
  readonly granularity: Granularity;
  /** The calendar year of the disaggregated tables. */
  readonly year: number;
  readonly preset: PeriodPreset | null;
  /** Why the period cannot be asked for, if it cannot. */
  readonly problem: PeriodProblem | null;
}

export function isMonth(value: string): boolean {
  return MONTH.test(value);
}

/** `2026-12-06` → `2026-12`. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

function monthIndex(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

function monthFromIndex(index: number): string {
  const year = Math.floor(index / 12);
  return `${String(year).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export function addMonths(month: string, months: number): string {
  return monthFromIndex(monthIndex(month) + months);
}

/** Months from `from` to `to`, both included. */
export function monthCount(period: Period): number {
  return monthIndex(period.to) - monthIndex(period.from) + 1;
}

export function firstDayOf(month: string): string {
  return `${month}-01`;
}

export function lastDayOf(month: string): string {
  const year = Number(month.slice(0, 4));
  const monthNumber = Number(month.slice(5, 7));
  const day = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
  return `${month}-${String(day).padStart(2, '0')}`;
}

/** Each preset ends with the current month: its figures so far count. */
export function presetPeriod(preset: PeriodPreset, today: string): Period {
  const current = monthOf(today);
  const year = Number(current.slice(0, 4));
  switch (preset) {
    case 'this-year':
      return { from: `${year}-01`, to: current };
    case 'last-12-months':
      return { from: addMonths(current, -11), to: current };
    case 'last-3-years':
      return { from: `${year - 2}-01`, to: current };
    case 'since-2018':
      return { from: `${NATIONAL_SERIES_START}-01`, to: current };
  }
}

/** The preset a period is, or null for a period of the user's own. */
export function presetOf(period: Period, today: string): PeriodPreset | null {
  return PERIOD_PRESETS.find((preset) => {
    const candidate = presetPeriod(preset, today);
    return candidate.from === period.from && candidate.to === period.to;
  }) ?? null;
}

/** The API's default when no period is asked for: three calendar years, this one included. */
export const DEFAULT_PRESET: PeriodPreset = 'last-3-years';

export function periodProblem(period: Period, today: string): PeriodProblem | null {
  if (!isMonth(period.from) || !isMonth(period.to)) return 'invalid';
  if (period.from > period.to) return 'reversed';
  if (period.from < REPORT_EARLIEST_MONTH) return 'too-early';
  if (period.to > monthOf(today)) return 'future';
  if (monthCount(period) > REPORT_MAX_MONTHS) return 'too-long';
  return null;
}

/** The filters the URL names, with the defaults for what it leaves out. */
export function readFilters(params: URLSearchParams, today: string): ReportFilters {
  const fallback = presetPeriod(DEFAULT_PRESET, today);
  const from = params.get('from') ?? fallback.from;
  const to = params.get('to') ?? fallback.to;
  const granularity = (GRANULARITIES as readonly string[]).includes(params.get('granularity') ?? '') ? (params.get('granularity') as Granularity) : 'year';
  const problem = periodProblem({ from, to }, today);
  const currentYear = Number(today.slice(0, 4));
  const askedYear = Number(params.get('year'));
  const defaultYear = problem === null ? Number(to.slice(0, 4)) : currentYear;
  const year = Number.isInteger(askedYear) && askedYear >= 2000 && askedYear <= currentYear ? askedYear : defaultYear;
  return {
    from,
    to,
    teamId: params.get('team') || undefined,
    granularity,
    year,
    preset: problem === null ? presetOf({ from, to }, today) : null,
    problem,
  };
}

/** The years the disaggregation can be asked for: from the oldest figure (or the period's start) to this year. */
export function yearChoices(earliestMonth: string | null, period: Period, today: string): number[] {
  const currentYear = Number(today.slice(0, 4));
  const starts = [currentYear];
  if (earliestMonth && isMonth(earliestMonth)) starts.push(Number(earliestMonth.slice(0, 4)));
  if (isMonth(period.from)) starts.push(Number(period.from.slice(0, 4)));
  const first = Math.max(2000, Math.min(...starts));
  const years: number[] = [];
  for (let year = currentYear; year >= first; year--) years.push(year);
  return years;
}
