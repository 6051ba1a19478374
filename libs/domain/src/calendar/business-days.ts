import { DomainError } from '../shared/domain-error.js';
import type { ClosedDayRegime, JapaneseCalendar } from './japanese-calendar.js';
import { addDays, type LocalDate } from './local-date.js';

/**
 * Business days are the days an office is open: for ISA and the ministries, days that are not
 * administrative holidays; for courts, days that are not closed under CCP Art. 95(3). Reminders
 * and the "at risk within N business days" list count in these days because a caseworker can
 * only file, collect papers or see a lawyer on them.
 */

/** `date` itself if open, otherwise the first open day after it. */
export function nextOpenDay(calendar: JapaneseCalendar, date: LocalDate, regime: ClosedDayRegime): LocalDate {
  let day = date;
  while (calendar.isClosed(day, regime)) day = addDays(day, 1);
  return day;
}

/** `date` itself if open, otherwise the last open day before it. */
export function previousOpenDay(calendar: JapaneseCalendar, date: LocalDate, regime: ClosedDayRegime): LocalDate {
  let day = date;
  while (calendar.isClosed(day, regime)) day = addDays(day, -1);
  return day;
}

/**
 * The `count`-th open day after `date` (before it, if negative); `date` itself for 0.
 * Monday + 1 = Tuesday; Friday + 1 = the following Monday, unless that is a holiday.
 */
export function addBusinessDays(
  calendar: JapaneseCalendar,
  date: LocalDate,
  count: number,
  regime: ClosedDayRegime,
): LocalDate {
  if (!Number.isSafeInteger(count)) {
    throw new DomainError('VALIDATION_FAILED', 'A number of business days must be an integer', { count });
  }
  const step = count < 0 ? -1 : 1;
  let day = date;
  for (let remaining = Math.abs(count); remaining > 0; ) {
    day = addDays(day, step);
    if (!calendar.isClosed(day, regime)) remaining--;
  }
  return day;
}

/**
 * Open days after `from` up to and including `to`: how many business days are left from
 * `from` (today) until `to` (the due date). Monday → Wednesday is 2; due today is 0; negative
 * when `to` is already past. Inverse of addBusinessDays: count(d, add(d, n)) = n for n >= 0.
 */
export function countBusinessDays(
  calendar: JapaneseCalendar,
  from: LocalDate,
  to: LocalDate,
  regime: ClosedDayRegime,
): number {
  if (to < from) return -countBusinessDays(calendar, to, from, regime);
  let count = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) {
    if (!calendar.isClosed(day, regime)) count++;
  }
  return count;
}
