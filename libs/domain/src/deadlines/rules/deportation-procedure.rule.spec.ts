import { describe, expect, it } from '@jest/globals';
import { calendar } from '../../calendar/japanese-calendar.fixture.js';
import { computeDeadline, type ComputedDeadline } from '../compute-deadline.js';

function compute(kind: string, noticeReceivedDate: string): ComputedDeadline {
  const result = computeDeadline({ kind, inputs: { noticeReceivedDate } }, { calendar });
  if (!result.ok) throw new Error(`expected a deadline, got ${JSON.stringify(result)}`);
  return result.deadline;
}

describe.each([
  ['objection', 'Immigration Control Act Art. 49(1)'],
  ['oral-hearing-request', 'Immigration Control Act Art. 48(1)'],
])('%s: 3 days from the notice (%s)', (kind, basis) => {
  it.each([
    // notice,       day 3,        due,          last open day on or before day 3 (when the due date moved)
    ['2026-01-08', '2026-01-11', '2026-01-13', '2026-01-09'], // Thu: day 3 is Sunday, Monday is 成人の日
    ['2026-01-07', '2026-01-10', '2026-01-13', '2026-01-09'], // Wed: day 3 is Saturday
    ['2026-01-09', '2026-01-12', '2026-01-13', '2026-01-09'], // Fri: day 3 a holiday; safe date = day of notice
    ['2026-06-05', '2026-06-08', '2026-06-08', undefined], // Fri: the weekend is inside the period, day 3 is open
    ['2026-01-05', '2026-01-08', '2026-01-08', undefined],
    ['2026-04-30', '2026-05-03', '2026-05-07', '2026-05-01'], // Golden Week
    // Notice during the year-end closure: no open day before day 3, so day 3 itself is the safe date.
    ['2026-12-29', '2027-01-01', '2027-01-04', '2027-01-01'],
    ['2026-05-02', '2026-05-05', '2026-05-07', '2026-05-05'], // notice on the Saturday of Golden Week
  ])('notice %s: day 3 is %s, due %s (safe date %s)', (notice, periodEnd, due, conservative) => {
    const deadline = compute(kind, notice);
    expect(deadline.periodEndsOn).toBe(periodEnd);
    expect(deadline.dueDate).toBe(due);
    expect(deadline.conservativeDueDate).toBe(conservative);
  });

  it('flags that the Holiday Act extension is unverified and gives the safe date', () => {
    const deadline = compute(kind, '2026-01-08');
    expect(deadline.confidence).toBe('U');
    expect(deadline.hardness).toBe('hard');
    expect(deadline.explanation.en).toContain(
      'day 3 is Sun 11 Jan 2026, an administrative holiday; moved to the next open day (Holiday Act Art. 2). ' +
        `Basis: ${basis}. Note: it is not verified that the Holiday Act extends this 3-day period; ` +
        'to be safe, act by Fri 9 Jan 2026.',
    );
    expect(deadline.explanation.ja).toContain('安全のため2026年1月9日(金)までに手続してください。');
  });
});

describe('objection explanation', () => {
  it('reads in full', () => {
    expect(compute('objection', '2026-01-08').explanation.en).toBe(
      "Objection due Tue 13 Jan 2026: notice of the special inquiry officer's decision received Thu 8 Jan 2026; " +
        'counting starts the next day (Civil Code Art. 140); day 3 is Sun 11 Jan 2026, an administrative holiday; ' +
        'moved to the next open day (Holiday Act Art. 2). Basis: Immigration Control Act Art. 49(1). ' +
        'Note: it is not verified that the Holiday Act extends this 3-day period; to be safe, act by Fri 9 Jan 2026.',
    );
  });
});
