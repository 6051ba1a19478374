import { addBusinessDays, previousOpenDay } from '../calendar/business-days.js';
import type { JapaneseCalendar } from '../calendar/japanese-calendar.js';
import { addDays, type LocalDate } from '../calendar/local-date.js';

/** When reminders of one kind of deadline or appointment go out. Administrators edit these. */
export interface ReminderPolicy {
  /** Calendar days before the due date, e.g. [60, 30, 14, 7, 3, 1]. */
  readonly leadDays: readonly number[];
  /** Also remind at once when the deadline is recorded (a 7-day window leaves no time to wait). */
  readonly onRecording: boolean;
  /** Also remind on every open business day until the due date. */
  readonly dailyUntilDue: boolean;
  /** Local time of day in Japan (JAPAN_TIME_ZONE) reminders are sent at. */
  readonly sendAtHour: number;
  readonly sendAtMinute: number;
}

export interface ReminderTimeInput {
  readonly dueDate: LocalDate;
  readonly policy: ReminderPolicy;
  readonly calendar: JapaneseCalendar;
  /** Now, and today as a calendar day in the time zone below. */
  readonly now: Date;
  readonly today: LocalDate;
  /** Japan has no daylight saving time: UTC+9, 540 minutes. */
  readonly utcOffsetMinutes: number;
  /** True when the deadline was just recorded (not replanned after a policy change). */
  readonly justRecorded: boolean;
}

/** The instant a local calendar day and time of day correspond to. */
export function instantAt(day: LocalDate, hour: number, minute: number, utcOffsetMinutes: number): Date {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, date, hour, minute) - utcOffsetMinutes * 60_000);
}

/**
 * When to remind the owner of a deadline. Reminders go out at the policy's time of day, never on a
 * closed day (weekends, holidays, 29 Dec – 3 Jan): a reminder that would fall on one goes out on
 * the open day before, unless that day has already passed, in which case the deadline itself is
 * that close and the reminder goes out on the day as planned. Nothing is planned in the past or
 * after the due date; two reminders never go out on the same day.
 */
export function planReminderTimes(input: ReminderTimeInput): Date[] {
  const { policy, calendar, today, dueDate, utcOffsetMinutes } = input;
  if (dueDate < today) return [];
  const days = new Set<LocalDate>();
  for (const lead of policy.leadDays) {
    const planned = addDays(dueDate, -lead);
    if (!calendar.isAdministrativeHoliday(planned)) {
      days.add(planned);
      continue;
    }
    const earlier = previousOpenDay(calendar, planned, 'administrative');
    days.add(earlier >= today ? earlier : planned);
  }
  if (policy.dailyUntilDue) {
    let day = calendar.isAdministrativeHoliday(today) ? addBusinessDays(calendar, today, 1, 'administrative') : today;
    while (day <= dueDate) {
      days.add(day);
      day = addBusinessDays(calendar, day, 1, 'administrative');
    }
  }
  const times: Date[] = [];
  let recordedToday = false;
  if (policy.onRecording && input.justRecorded) {
    times.push(input.now);
    recordedToday = true;
  }
  for (const day of [...days].sort()) {
    if (day < today || day > dueDate) continue;
    if (recordedToday && day === today) continue;
    const at = instantAt(day, policy.sendAtHour, policy.sendAtMinute, utcOffsetMinutes);
    if (at.getTime() > input.now.getTime()) times.push(at);
  }
  return times;
}

/**
 * When a hard legal deadline still open is escalated to the team's supervisors: on the open
 * business day two business days before it is due, at the policy's time; at once if that moment
 * has passed and the deadline is still ahead.
 */
export function planEscalationTime(input: Omit<ReminderTimeInput, 'justRecorded'>): Date | undefined {
  const { calendar, today, dueDate } = input;
  if (dueDate < today) return undefined;
  const day = addBusinessDays(calendar, dueDate, -2, 'administrative');
  const at = instantAt(day, input.policy.sendAtHour, input.policy.sendAtMinute, input.utcOffsetMinutes);
  return at.getTime() > input.now.getTime() ? at : input.now;
}
