import { describe, expect, it } from '@jest/globals';
import { calendar } from '../../calendar/japanese-calendar.fixture.js';
import { computeDeadline, type ComputedDeadline } from '../compute-deadline.js';

function compute(kind: string, expiryDate: string): ComputedDeadline {
  const result = computeDeadline({ kind, inputs: { expiryDate } }, { calendar });
  if (!result.ok) throw new Error(`expected a deadline, got ${JSON.stringify(result)}`);
  return result.deadline;
}

describe('residence-renewal: window from about 3 months before expiry, due on expiry (Art. 21)', () => {
  it.each([
    // expiry,       opens,        due,          safe date (when the due date moved)
    ['2026-06-30', '2026-03-30', '2026-06-30', undefined],
    ['2026-05-31', '2026-02-28', '2026-06-01', '2026-05-29'], // Sunday expiry; no 31 Feb, so 28 Feb
    ['2026-05-03', '2026-02-03', '2026-05-07', '2026-05-01'], // Golden Week
    ['2027-01-01', '2026-10-01', '2027-01-04', '2026-12-28'], // New Year
    ['2024-08-31', '2024-05-31', '2024-09-02', '2024-08-30'], // Saturday expiry
    ['2026-09-22', '2026-06-22', '2026-09-24', '2026-09-18'], // citizens' holiday
  ])('expiry %s: opens %s, due %s (safe date %s)', (expiry, opens, due, conservative) => {
    const deadline = compute('residence-renewal', expiry);
    expect(deadline.opensOn).toBe(opens);
    expect(deadline.periodEndsOn).toBe(expiry);
    expect(deadline.dueDate).toBe(due);
    expect(deadline.conservativeDueDate).toBe(conservative);
  });

  it('explains the window, the practice and the overstay risk', () => {
    expect(compute('residence-renewal', '2026-05-31').explanation.en).toBe(
      'Residence renewal due Mon 1 Jun 2026: period of stay expires Sun 31 May 2026; the window opens Sat 28 Feb 2026, ' +
        'about 3 months before expiry (ISA practice for periods of stay of 6 months or more); Sun 31 May 2026 is an ' +
        'administrative holiday; moved to the next open day (Holiday Act Art. 2). ' +
        'Basis: Immigration Control Act Art. 21; ISA practice for the filing window. ' +
        'Note: ISA accepts the next open day in practice, but if the application is refused, overstay counts from ' +
        'the original expiry date; to be safe, act by Fri 29 May 2026.',
    );
  });

  it('is a hard deadline resting on ISA practice', () => {
    const deadline = compute('residence-renewal', '2026-06-30');
    expect(deadline.confidence).toBe('S');
    expect(deadline.hardness).toBe('hard');
  });
});

describe('provisional-stay-renewal: window from 10 days before expiry, due on expiry (Art. 61-2-4)', () => {
  it.each([
    ['2026-07-15', '2026-07-05', '2026-07-15', undefined],
    ['2026-03-20', '2026-03-10', '2026-03-23', '2026-03-19'], // 春分の日 (Fri), then the weekend
    ['2026-01-03', '2025-12-24', '2026-01-05', '2025-12-26'],
  ])('expiry %s: opens %s, due %s (safe date %s)', (expiry, opens, due, conservative) => {
    const deadline = compute('provisional-stay-renewal', expiry);
    expect(deadline.opensOn).toBe(opens);
    expect(deadline.dueDate).toBe(due);
    expect(deadline.conservativeDueDate).toBe(conservative);
  });

  it('is unverified and says so in Japanese too', () => {
    const deadline = compute('provisional-stay-renewal', '2026-03-20');
    expect(deadline.confidence).toBe('U');
    expect(deadline.explanation.ja).toBe(
      '仮滞在期間更新申請の期限：2026年3月23日(月)。仮滞在期間の満了日：2026年3月20日(金)。' +
        '受付開始は2026年3月10日(火)（満了日の10日前）。2026年3月20日(金)は行政機関の休日。' +
        '期限は次の開庁日に延長（行政機関の休日に関する法律第2条）。' +
        '根拠：出入国管理及び難民認定法 第61条の2の4、同法施行規則第56条の2。' +
        '注意：仮滞在期間更新申請に行政機関の休日に関する法律による延長が適用されるかは未確認です。' +
        '安全のため2026年3月19日(木)までに手続してください。',
    );
  });
});
