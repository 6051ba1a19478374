import { describe, expect, it } from '@jest/globals';
import { calendar } from '../calendar/japanese-calendar.fixture.js';
import { localDate } from '../calendar/local-date.js';
import { instantAt, planEscalationTime, planReminderTimes, type ReminderPolicy } from './plan-reminders.js';

const JST = 540;
const at = (day: string, hour = 9, minute = 0) => instantAt(localDate(day), hour, minute, JST);
const policy = (patch: Partial<ReminderPolicy>): ReminderPolicy => ({ leadDays: [], onRecording: false, dailyUntilDue: false, sendAtHour: 9, sendAtMinute: 0, ...patch });
const plan = (dueDate: string, now: Date, today: string, p: ReminderPolicy, justRecorded = true) =>
  planReminderTimes({ dueDate: localDate(dueDate), policy: p, calendar, now, today: localDate(today), utcOffsetMinutes: JST, justRecorded }).map((d) => d.toISOString());

describe('instantAt', () => {
  it('turns 09:00 in Tokyo into 00:00 UTC', () => {
    expect(at('2026-03-02').toISOString()).toBe('2026-03-02T00:00:00.000Z');
    expect(at('2026-03-02', 8, 30).toISOString()).toBe('2026-03-01T23:30:00.000Z');
  });
});

describe('planReminderTimes', () => {
  it.each<[string, string, string, Partial<ReminderPolicy>, string[]]>([
    [
      'lead days before a Wednesday due date, all on open days',
      '2026-03-18',
      '2026-01-05',
      { leadDays: [60, 30, 14, 7, 3, 1] },
      ['2026-01-17 → 2026-01-16', '2026-02-16', '2026-03-04', '2026-03-11', '2026-03-15 → 2026-03-13', '2026-03-17'],
    ],
    [
      'a reminder falling on the New Year closure moves to the open day before',
      '2026-01-09',
      '2025-12-01',
      { leadDays: [7] },
      ['2026-01-02 → 2025-12-26'],
    ],
    [
      'past lead days are skipped',
      '2026-03-18',
      '2026-03-12',
      { leadDays: [30, 7, 3, 1] },
      ['2026-03-13', '2026-03-17'],
    ],
    [
      'every open day until due (a weekend and a holiday skipped)',
      '2026-02-24',
      '2026-02-19',
      { dailyUntilDue: true },
      ['2026-02-19', '2026-02-20', '2026-02-24'],
    ],
  ])('%s', (_name, due, today, patch, expected) => {
    const now = new Date(`${today}T00:00:00+09:00`);
    const days = expected.map((e) => at(e.includes('→') ? (e.split(' → ')[1]) : e).toISOString());
    expect(plan(due, now, today, policy(patch))).toEqual(days);
  });

  it('sends at once when the review-request deadline is recorded, then daily, never twice on a day', () => {
    const now = new Date('2025-12-26T06:00:00Z'); // 15:00 in Tokyo, Fri 26 Dec
    const times = plan('2026-01-05', now, '2025-12-26', policy({ onRecording: true, dailyUntilDue: true }));
    expect(times).toEqual([now.toISOString(), at('2026-01-05').toISOString()]);
  });

  it('keeps a reminder on a closed day when the open day before has already passed (the deadline is that close)', () => {
    // Due Mon 5 Jan 2026; 1 day before is Sun 4 Jan, the open day before that (26 Dec) is past.
    const now = new Date('2026-01-03T00:00:00+09:00');
    expect(plan('2026-01-05', now, '2026-01-03', policy({ leadDays: [1] }))).toEqual([at('2026-01-04').toISOString()]);
  });

  it('does not resend on recording when replanning after a policy change', () => {
    const now = new Date('2026-01-05T10:00:00+09:00');
    expect(plan('2026-01-09', now, '2026-01-05', policy({ onRecording: true }), false)).toEqual([]);
  });

  it('plans nothing for a deadline already past', () => {
    expect(plan('2026-01-01', new Date('2026-01-05T00:00:00Z'), '2026-01-05', policy({ leadDays: [1], dailyUntilDue: true }))).toEqual([]);
  });
});

describe('planEscalationTime', () => {
  it('escalates two business days before a hard deadline', () => {
    const now = new Date('2026-02-02T00:00:00Z');
    const escalation = planEscalationTime({ dueDate: localDate('2026-02-13'), policy: policy({}), calendar, now, today: localDate('2026-02-02'), utcOffsetMinutes: JST });
    expect(escalation?.toISOString()).toBe(at('2026-02-10').toISOString());
  });

  it('escalates at once when the deadline is already that close', () => {
    const now = new Date('2026-02-12T03:00:00Z');
    expect(planEscalationTime({ dueDate: localDate('2026-02-13'), policy: policy({}), calendar, now, today: localDate('2026-02-12'), utcOffsetMinutes: JST })).toEqual(now);
  });
});
