import {
  addDays,
  daysInMonth,
  lastDayOfMonth,
  localDateFromParts,
  localDateParts,
  type LocalDate,
} from '../calendar/local-date.js';
import { DomainError } from '../shared/domain-error.js';

export type PeriodUnit = 'days' | 'weeks' | 'months' | 'years';

export interface PeriodLength {
  readonly unit: PeriodUnit;
  readonly amount: number;
}

/**
 * Which sentence of Civil Code Art. 143 ended a period in months or years:
 * - 'whole-months': counting starts on the 1st, so the period is whole calendar months and
 *   ends with the last day of the final month (Art. 143(1), "by the calendar");
 * - 'corresponding-day': it ends the day before the day corresponding to the first counted
 *   day in the final month (Art. 143(2));
 * - 'no-corresponding-day': the final month has no corresponding day, so it ends on that
 *   month's last day (Art. 143(2) proviso).
 */
export type MonthEndRule = 'whole-months' | 'corresponding-day' | 'no-corresponding-day';

export interface PeriodEnd {
  /** The day of the event that starts the period (notice received, judgment served, …). */
  readonly trigger: LocalDate;
  /** The first day counted: the day after the trigger (Civil Code Art. 140). */
  readonly firstDay: LocalDate;
  /** The last day of the period, before any roll-forward past closed days. */
  readonly lastDay: LocalDate;
  readonly length: PeriodLength;
  /** Set for months and years only. */
  readonly monthEndRule?: MonthEndRule;
}

/**
 * The last day of a period of `length` that starts with an event on `trigger`, counted by the
 * Civil Code (applied to deadlines in public law as the general rule of period computation).
 *
 * Civil Code Art. 140 (初日不算入): the day of the event is not counted, because the event
 * happens during that day; counting starts the next day. (The exception for a period starting
 * at 00:00 never applies to receiving a notice or learning of a decision.)
 *
 * Days: the period ends on trigger + N (notice on Mon 1st, 7 days → Mon 8th).
 *
 * Weeks, months and years (Art. 143): counted by the calendar. A week period ends the day before
 * the same weekday as the first counted day, which is trigger + 7N. A month period ends the day
 * before the day corresponding to the first counted day in the final month (143(2)); if that
 * month has no such day, on its last day (143(2) proviso); and if counting starts on the 1st,
 * with the last day of the final month (143(1)). Trigger 6 July + 2 months: counting starts
 * 7 July, the corresponding day is 7 Sept, the period ends 6 Sept.
 */
export function endOfPeriod(trigger: LocalDate, length: PeriodLength): PeriodEnd {
  if (!Number.isSafeInteger(length.amount) || length.amount < 1) {
    throw new DomainError('INTERNAL', 'A period length must be a positive integer', { ...length });
  }
  const firstDay = addDays(trigger, 1);
  switch (length.unit) {
    case 'days':
      return { trigger, firstDay, lastDay: addDays(trigger, length.amount), length };
    case 'weeks':
      return { trigger, firstDay, lastDay: addDays(trigger, 7 * length.amount), length };
    case 'months':
      return { trigger, firstDay, length, ...endOfMonths(firstDay, length.amount) };
    case 'years':
      return { trigger, firstDay, length, ...endOfMonths(firstDay, 12 * length.amount) };
  }
}

function endOfMonths(firstDay: LocalDate, months: number): { lastDay: LocalDate; monthEndRule: MonthEndRule } {
  const { year, month, day } = localDateParts(firstDay);
  const monthIndex = year * 12 + (month - 1) + months;
  const finalYear = Math.floor(monthIndex / 12);
  const finalMonth = monthIndex - finalYear * 12 + 1;
  if (day === 1) {
    // Art. 143(1): whole calendar months, so the period ends with the month before `finalMonth`.
    return { lastDay: addDays(localDateFromParts(finalYear, finalMonth, 1), -1), monthEndRule: 'whole-months' };
  }
  if (day > daysInMonth(finalYear, finalMonth)) {
    // Art. 143(2) proviso: no corresponding day (e.g. counting from 31 Aug, February has no 31st).
    return {
      lastDay: lastDayOfMonth(localDateFromParts(finalYear, finalMonth, 1)),
      monthEndRule: 'no-corresponding-day',
    };
  }
  // Art. 143(2): the day before the corresponding day.
  return { lastDay: localDateFromParts(finalYear, finalMonth, day - 1), monthEndRule: 'corresponding-day' };
}
