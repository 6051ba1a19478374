import type { ClosedDay, ClosedDayRegime, JapaneseCalendar } from '../calendar/japanese-calendar.js';
import { addDays, type LocalDate } from '../calendar/local-date.js';
import { assertNever } from '../shared/assert-never.js';

/**
 * What happens when the last day of a period is a closed day.
 * - 'none': nothing. For periods that are not deadlines for an act, such as the 6-month rule
 *   after landing, and for dates someone set (an appointment is on its day).
 * - 'roll-forward': the deadline becomes the next open day. Acts towards an administrative
 *   organ: Act on Holidays of Administrative Organs Art. 2. Court filings: Code of Civil
 *   Procedure Art. 95(3), applied to administrative suits by ACLA Art. 7.
 * - 'roll-back': no law extends the date, yet the act must be done in person at an office that
 *   is closed that day, so the last chance is the last open day before it.
 */
export type DueDateAdjustment =
  | { readonly type: 'none' }
  | { readonly type: 'roll-forward'; readonly regime: ClosedDayRegime }
  | { readonly type: 'roll-back'; readonly regime: ClosedDayRegime };

export interface AdjustedDueDate {
  readonly date: LocalDate;
  /** The closed days passed over, in the order they were passed. Empty if nothing moved. */
  readonly closedDays: readonly ClosedDay[];
}

export function adjustDueDate(
  calendar: JapaneseCalendar,
  lastDay: LocalDate,
  adjustment: DueDateAdjustment,
): AdjustedDueDate {
  switch (adjustment.type) {
    case 'none':
      return { date: lastDay, closedDays: [] };
    case 'roll-forward':
      return move(calendar, lastDay, adjustment.regime, 1);
    case 'roll-back':
      return move(calendar, lastDay, adjustment.regime, -1);
    default:
      return assertNever(adjustment, 'due date adjustment');
  }
}

function move(calendar: JapaneseCalendar, from: LocalDate, regime: ClosedDayRegime, step: 1 | -1): AdjustedDueDate {
  const closedDays: ClosedDay[] = [];
  let date = from;
  for (let reasons = calendar.closedDayReasons(date, regime); reasons.length > 0; ) {
    closedDays.push({ date, reasons });
    date = addDays(date, step);
    reasons = calendar.closedDayReasons(date, regime);
  }
  return { date, closedDays };
}
