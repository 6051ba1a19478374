import { DomainError } from '../shared/domain-error.js';
import { dayOfWeek, localDateParts, parseLocalDate, type LocalDate } from './local-date.js';

/** One day under the National Holidays Act (国民の祝日に関する法律), as the caller loaded it. */
export interface NationalHolidayInput {
  readonly date: string;
  readonly nameJa: string;
  readonly nameEn: string;
}

export interface NationalHoliday {
  readonly date: LocalDate;
  readonly nameJa: string;
  readonly nameEn: string;
}

/**
 * Which list of closed days a deadline rolls past. They differ in their legal source, and in
 * what they list, even where the days coincide:
 * - administrative: Act on Holidays of Administrative Organs (行政機関の休日に関する法律) Art. 1;
 * - court: Code of Civil Procedure (民事訴訟法) Art. 95(3).
 */
export type ClosedDayRegime = 'administrative' | 'court';

export type ClosedDayReason =
  | { readonly type: 'saturday' }
  | { readonly type: 'sunday' }
  | { readonly type: 'national-holiday'; readonly nameJa: string; readonly nameEn: string }
  | { readonly type: 'year-end-closure' };

export interface ClosedDay {
  readonly date: LocalDate;
  readonly reasons: readonly ClosedDayReason[];
}

export interface CalendarCoverage {
  readonly fromYear: number;
  readonly toYear: number;
}

/**
 * Thrown when a question needs holiday data for a year the calendar was not given. Answering
 * "working day" for a year nobody loaded would silently move deadlines, so the calendar refuses.
 */
export class CalendarCoverageError extends DomainError<'VALIDATION_FAILED'> {
  constructor(
    readonly date: LocalDate,
    readonly coverage: CalendarCoverage,
  ) {
    super('VALIDATION_FAILED', 'The date is outside the years covered by the holiday calendar', {
      date,
      coveredFromYear: coverage.fromYear,
      coveredToYear: coverage.toYear,
    });
    this.name = 'CalendarCoverageError';
  }
}

/**
 * The Japanese calendar of closed days, built from a list of national holidays passed in
 * (substitute holidays, 振替休日, and citizens' holidays, 国民の休日, must be in the list: they are
 * holidays under the National Holidays Act Art. 3(2)–(3) and the calendar does not derive them).
 *
 * The years covered are the years of the first and last holiday. Every covered year must list
 * New Year's Day (元日, National Holidays Act Art. 2), the one holiday that falls on a fixed day
 * every year: a year without it is a year whose data is missing, and the calendar refuses to be
 * built rather than report that year's holidays as working days.
 */
export class JapaneseCalendar {
  readonly coverage: CalendarCoverage;
  private readonly holidays: ReadonlyMap<LocalDate, NationalHoliday>;

  private constructor(holidays: ReadonlyMap<LocalDate, NationalHoliday>, coverage: CalendarCoverage) {
    this.holidays = holidays;
    this.coverage = coverage;
  }

  static fromHolidays(input: readonly NationalHolidayInput[]): JapaneseCalendar {
    const holidays = new Map<LocalDate, NationalHoliday>();
    for (const entry of input) {
      const date = parseLocalDate(entry.date);
      if (date === undefined) {
        throw new DomainError('INTERNAL', 'Holiday data contains a value that is not a YYYY-MM-DD date', {
          value: entry.date,
        });
      }
      if (holidays.has(date)) {
        throw new DomainError('INTERNAL', 'Holiday data lists the same date twice', { date });
      }
      holidays.set(date, { date, nameJa: entry.nameJa, nameEn: entry.nameEn });
    }
    if (holidays.size === 0) {
      throw new DomainError('INTERNAL', 'Holiday data is empty', {});
    }
    const years = [...holidays.keys()].map((date) => localDateParts(date).year);
    const coverage = { fromYear: Math.min(...years), toYear: Math.max(...years) };
    const yearsWithoutNewYear: number[] = [];
    for (let year = coverage.fromYear; year <= coverage.toYear; year++) {
      if (!holidays.has(`${String(year).padStart(4, '0')}-01-01` as LocalDate)) yearsWithoutNewYear.push(year);
    }
    if (yearsWithoutNewYear.length > 0) {
      throw new DomainError('INTERNAL', 'Holiday data is incomplete: some years do not list New Year’s Day', {
        years: yearsWithoutNewYear,
      });
    }
    return new JapaneseCalendar(holidays, coverage);
  }

  covers(date: LocalDate): boolean {
    const { year } = localDateParts(date);
    return year >= this.coverage.fromYear && year <= this.coverage.toYear;
  }

  /** Throws CalendarCoverageError for a day whose year the holiday data does not cover. */
  assertCovers(date: LocalDate): void {
    if (!this.covers(date)) throw new CalendarCoverageError(date, this.coverage);
  }

  isWeekend(date: LocalDate): boolean {
    const weekday = dayOfWeek(date);
    return weekday === 0 || weekday === 6;
  }

  /** The national holiday on `date` (including substitute and citizens' holidays), if any. */
  nationalHoliday(date: LocalDate): NationalHoliday | undefined {
    this.assertCovers(date);
    return this.holidays.get(date);
  }

  isNationalHoliday(date: LocalDate): boolean {
    return this.nationalHoliday(date) !== undefined;
  }

  /** 29 Dec – 3 Jan, the year-end closure of Holiday Act Art. 1(1)(iii). */
  isYearEndClosure(date: LocalDate): boolean {
    const { month, day } = localDateParts(date);
    return (month === 12 && day >= 29) || (month === 1 && day <= 3);
  }

  /**
   * Act on Holidays of Administrative Organs Art. 1(1): Sundays and Saturdays, holidays under
   * the National Holidays Act, and 29 Dec – 3 Jan.
   */
  isAdministrativeHoliday(date: LocalDate): boolean {
    return this.closedDayReasons(date, 'administrative').length > 0;
  }

  /**
   * Code of Civil Procedure Art. 95(3): Sundays, Saturdays, holidays under the National
   * Holidays Act, 2 and 3 Jan, and 29–31 Dec. (1 Jan is closed as a national holiday.)
   */
  isCourtClosedDay(date: LocalDate): boolean {
    return this.closedDayReasons(date, 'court').length > 0;
  }

  isClosed(date: LocalDate, regime: ClosedDayRegime): boolean {
    return this.closedDayReasons(date, regime).length > 0;
  }

  /** Why `date` is closed under `regime`; empty when the day is open. */
  closedDayReasons(date: LocalDate, regime: ClosedDayRegime): readonly ClosedDayReason[] {
    const reasons: ClosedDayReason[] = [];
    const weekday = dayOfWeek(date);
    if (weekday === 6) reasons.push({ type: 'saturday' });
    if (weekday === 0) reasons.push({ type: 'sunday' });
    const holiday = this.nationalHoliday(date);
    if (holiday) reasons.push({ type: 'national-holiday', nameJa: holiday.nameJa, nameEn: holiday.nameEn });
    if (regime === 'administrative' ? this.isYearEndClosure(date) : isCourtYearEndDay(date)) {
      reasons.push({ type: 'year-end-closure' });
    }
    return reasons;
  }
}

/** CCP Art. 95(3) lists 2–3 Jan and 29–31 Dec; 1 Jan is already closed as New Year's Day. */
function isCourtYearEndDay(date: LocalDate): boolean {
  const { month, day } = localDateParts(date);
  return (month === 12 && day >= 29) || (month === 1 && (day === 2 || day === 3));
}
