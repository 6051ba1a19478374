import { describe, expect, it } from '@jest/globals';
import holidayJp from '@holiday-jp/holiday_jp';
import { JapaneseCalendar } from '../../calendar/japanese-calendar.js';
import { computeDeadline, type ComputedDeadline } from '../compute-deadline.js';
import type { DeadlineInputValues } from '../deadline-inputs.js';

const calendar = JapaneseCalendar.fromHolidays(
  Object.values(holidayJp.holidays).map((h) => ({ date: h.date, nameJa: h.name, nameEn: h.name_en })),
);

function compute(kind: string, inputs: DeadlineInputValues): ComputedDeadline {
  const result = computeDeadline({ kind, inputs }, { calendar });
  if (!result.ok) throw new Error(`expected a deadline, got ${JSON.stringify(result)}`);
  return result.deadline;
}

describe('dates set by an authority are due as set', () => {
  it.each([
    ['appointment', 'appointmentDate', '2026-05-12'],
    ['appointment', 'appointmentDate', '2026-05-09'], // a Saturday: as set, not moved
    ['isa-set-date', 'isaSetDate', '2026-01-03'], // in the year-end closure: as set
    ['isa-set-date', 'isaSetDate', '2026-02-20'],
  ])('%s on %s=%s', (kind, input, date) => {
    const deadline = compute(kind, { [input]: date });
    expect(deadline.dueDate).toBe(date);
    expect(deadline.periodEndsOn).toBe(date);
  });

  it('an appointment is hard, an ISA document date soft', () => {
    expect(compute('appointment', { appointmentDate: '2026-05-12' }).hardness).toBe('hard');
    expect(compute('isa-set-date', { isaSetDate: '2026-05-12' }).hardness).toBe('soft');
  });

  it('explains the date and where it comes from', () => {
    expect(compute('appointment', { appointmentDate: '2026-05-12' }).explanation).toEqual({
      en:
        'Appointment on Tue 12 May 2026: date set Tue 12 May 2026. ' +
        'Basis: Date set by ISA or a court (summons, interview notice or reporting-date designation).',
      ja:
        '出頭・面接等の指定日：2026年5月12日(火)。指定された日：2026年5月12日(火)。' +
        '根拠：入管庁・裁判所が指定した日（呼出し・面接通知・出頭日の指定）。',
    });
  });
});
