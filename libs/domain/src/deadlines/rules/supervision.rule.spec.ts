import { describe, expect, it } from '@jest/globals';
import { calendar } from '../../calendar/japanese-calendar.fixture.js';
import { computeDeadline, type ComputedDeadline } from '../compute-deadline.js';
import type { DeadlineInputValues } from '../deadline-inputs.js';

function compute(kind: string, inputs: DeadlineInputValues): ComputedDeadline {
  const result = computeDeadline({ kind, inputs }, { calendar });
  if (!result.ok) throw new Error(`expected a deadline, got ${JSON.stringify(result)}`);
  return result.deadline;
}

describe('supervision-report: at most 3 months after the last report, or the designated date if earlier', () => {
  it.each([
    // last report,  designated,   due
    ['2026-04-10', undefined, '2026-07-10'], // 3 months end Fri 10 Jul
    ['2026-02-28', undefined, '2026-05-29'], // counting from 1 Mar: ends Sun 31 May, brought back to Fri 29 May
    ['2026-02-03', undefined, '2026-05-01'], // ends Sun 3 May (Golden Week), brought back to Fri 1 May
    ['2026-04-10', '2026-06-15', '2026-06-15'], // designated date first
    ['2026-04-10', '2026-06-13', '2026-06-13'], // designated on a Saturday: kept as designated
    ['2026-04-10', '2026-07-20', '2026-07-10'], // designated after the 3-month maximum: the maximum governs
    ['2026-04-10', '2026-07-10', '2026-07-10'], // designated on the last day of the maximum
  ])('last report %s, designated %s: due %s', (lastReportDate, designatedDate, due) => {
    expect(compute('supervision-report', { lastReportDate, designatedDate }).dueDate).toBe(due);
  });

  it('explains when the designated date comes first', () => {
    expect(compute('supervision-report', { lastReportDate: '2026-04-10', designatedDate: '2026-06-15' }).explanation.en).toBe(
      'Supervision report due Mon 15 Jun 2026: last report (or start of supervision) Fri 10 Apr 2026; counting starts ' +
        'the next day (Civil Code Art. 140); 3 months end Fri 10 Jul 2026 (Civil Code Art. 143(2)); date designated by ' +
        'the inspector Mon 15 Jun 2026; the earlier limit applies: the designated date, Mon 15 Jun 2026. ' +
        'Basis: Immigration Control Act Art. 44-6 / 52-5; Enforcement Regulation Art. 36-8.',
    );
  });

  it('explains bringing the maximum back to an open day', () => {
    expect(compute('supervision-report', { lastReportDate: '2026-02-28' }).explanation.en).toBe(
      'Supervision report due Fri 29 May 2026: last report (or start of supervision) Sat 28 Feb 2026; counting starts ' +
        'the next day (Civil Code Art. 140); counting from the 1st, 3 months end with the last day of the month, ' +
        'Sun 31 May 2026 (Civil Code Art. 143(1)), an administrative holiday; the office is closed, so it must be done ' +
        'by the last open day before it. Basis: Immigration Control Act Art. 44-6 / 52-5; Enforcement Regulation Art. 36-8.',
    );
  });

  it('refuses a designated date that is not after the last report', () => {
    expect(
      computeDeadline(
        { kind: 'supervision-report', inputs: { lastReportDate: '2026-04-10', designatedDate: '2026-04-10' } },
        { calendar },
      ),
    ).toMatchObject({
      ok: false,
      invalid: [{ field: 'designatedDate', reason: 'not-after-related-input', relatedInput: 'lastReportDate' }],
    });
  });
});

describe('supervisor-event-report: 7 days from learning of the event (Art. 44-3(4))', () => {
  it.each([
    ['2026-06-01', '2026-06-08', '2026-06-08', undefined],
    ['2026-04-28', '2026-05-05', '2026-05-07', '2026-05-01'], // Golden Week
    // Learned on Sat 27 Dec: every day to day 7 is closed, so day 7 itself is the safe date.
    ['2025-12-27', '2026-01-03', '2026-01-05', '2026-01-03'],
    ['2025-12-25', '2026-01-01', '2026-01-05', '2025-12-26'], // year-end closure: the 26th is the last open day
  ])('learned %s: day 7 is %s, due %s (safe date %s)', (knowledgeDate, periodEnd, due, conservative) => {
    const deadline = compute('supervisor-event-report', { knowledgeDate });
    expect(deadline.periodEndsOn).toBe(periodEnd);
    expect(deadline.dueDate).toBe(due);
    expect(deadline.conservativeDueDate).toBe(conservative);
    expect(deadline.confidence).toBe('U');
  });
});

describe('provisional-release-extension: in person, before the provisional release expires (Art. 54)', () => {
  it.each([
    ['2026-06-30', '2026-06-30'],
    ['2026-05-06', '2026-05-01'], // expires on a holiday: the last open day before it
    ['2026-01-03', '2025-12-26'], // expires in the year-end closure
    ['2026-03-22', '2026-03-19'], // Sunday, after 春分の日 on Friday
  ])('expires %s: apply by %s', (expiryDate, due) => {
    const deadline = compute('provisional-release-extension', { expiryDate });
    expect(deadline.dueDate).toBe(due);
    expect(deadline.dueDate <= expiryDate).toBe(true);
    expect(deadline.conservativeDueDate).toBeUndefined();
  });

  it('explains why the date comes before the expiry', () => {
    expect(compute('provisional-release-extension', { expiryDate: '2026-05-06' }).explanation.en).toBe(
      'Provisional release extension due Fri 1 May 2026: provisional release period expires Wed 6 May 2026, ' +
        'an administrative holiday; the office is closed, so it must be done by the last open day before it. ' +
        'Basis: Immigration Control Act Art. 54; ISA procedure 16-11.',
    );
  });
});
