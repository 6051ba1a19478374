import { describe, expect, it } from '@jest/globals';
import { calendar } from '../calendar/japanese-calendar.fixture.js';
import { localDate } from '../calendar/local-date.js';
import { adjustDueDate, type DueDateAdjustment } from './adjust-due-date.js';

const d = localDate;
const forwardAdministrative: DueDateAdjustment = { type: 'roll-forward', regime: 'administrative' };
const forwardCourt: DueDateAdjustment = { type: 'roll-forward', regime: 'court' };
const backAdministrative: DueDateAdjustment = { type: 'roll-back', regime: 'administrative' };

describe('adjustDueDate', () => {
  it.each([
    // Holiday Act Art. 2
    [forwardAdministrative, '2026-01-02', '2026-01-05'],
    [forwardAdministrative, '2026-05-03', '2026-05-07'],
    [forwardAdministrative, '2026-09-19', '2026-09-24'],
    [forwardAdministrative, '2025-11-23', '2025-11-25'], // Sunday holiday, Monday substitute
    [forwardAdministrative, '2026-01-06', '2026-01-06'],
    // CCP Art. 95(3): consecutive closed days are all skipped
    [forwardCourt, '2026-07-19', '2026-07-21'], // Sunday, then 海の日
    [forwardCourt, '2025-12-29', '2026-01-05'],
    [forwardCourt, '2026-03-15', '2026-03-16'],
    // In person, before the date: back to the last open day
    [backAdministrative, '2026-05-06', '2026-05-01'],
    [backAdministrative, '2026-01-03', '2025-12-26'],
    [backAdministrative, '2026-01-06', '2026-01-06'],
  ])('%o moves %s to %s', (adjustment, lastDay, expected) => {
    expect(adjustDueDate(calendar, d(lastDay), adjustment).date).toBe(expected);
  });

  it('leaves a date alone when no adjustment applies, even on a closed day', () => {
    expect(adjustDueDate(calendar, d('2026-05-03'), { type: 'none' })).toEqual({ date: '2026-05-03', closedDays: [] });
  });

  it('records every closed day passed over, with its reasons', () => {
    expect(adjustDueDate(calendar, d('2026-01-02'), forwardAdministrative).closedDays).toEqual([
      { date: '2026-01-02', reasons: [{ type: 'year-end-closure' }] },
      { date: '2026-01-03', reasons: [{ type: 'saturday' }, { type: 'year-end-closure' }] },
      { date: '2026-01-04', reasons: [{ type: 'sunday' }] },
    ]);
  });
});
