import { describe, expect, it } from '@jest/globals';
import { calendar } from '../../calendar/japanese-calendar.fixture.js';
import { computeDeadline, type ComputedDeadline } from '../compute-deadline.js';

function reviewRequest(noticeReceivedDate: string): ComputedDeadline {
  const result = computeDeadline({ kind: 'review-request', inputs: { noticeReceivedDate } }, { calendar });
  if (!result.ok) throw new Error(`expected a deadline, got ${JSON.stringify(result)}`);
  return result.deadline;
}

describe('review-request: 7 days from receipt of the notice (Immigration Control Act Art. 61-2-12(2))', () => {
  it.each([
    // notice received, day 7, due date
    ['2025-12-26', '2026-01-02', '2026-01-05'], // the reference's worked example: year-end closure + weekend
    ['2025-12-22', '2025-12-29', '2026-01-05'], // day 7 is the first day of the year-end closure
    ['2026-12-22', '2026-12-29', '2027-01-04'], // 29 Dec 2026 – 3 Jan 2027 (a Sunday)
    ['2026-06-01', '2026-06-08', '2026-06-08'], // the reference's example: Mon 1st → Mon 8th
    ['2026-04-24', '2026-05-01', '2026-05-01'], // Golden Week ahead, but day 7 is open
    ['2026-04-26', '2026-05-03', '2026-05-07'], // Golden Week: 3 (Sun), 4, 5, 6 May (substitute)
    ['2026-04-29', '2026-05-06', '2026-05-07'], // day 7 is the substitute holiday itself
    ['2026-09-12', '2026-09-19', '2026-09-24'], // Silver Week: Sat, Sun, 敬老の日, citizens' holiday, 秋分の日
    ['2026-09-15', '2026-09-22', '2026-09-24'], // day 7 is the citizens' holiday
    ['2025-11-16', '2025-11-23', '2025-11-25'], // Sunday holiday and its Monday substitute
    ['2024-02-23', '2024-03-01', '2024-03-01'], // through 29 Feb of a leap year
    ['2025-02-23', '2025-03-02', '2025-03-03'], // no 29 Feb; day 7 is a Sunday
  ])('notice received %s: day 7 is %s, due %s', (received, periodEnd, due) => {
    const deadline = reviewRequest(received);
    expect(deadline.periodEndsOn).toBe(periodEnd);
    expect(deadline.dueDate).toBe(due);
    // The Holiday Act's application to this act is verified: no second, safer date.
    expect(deadline.conservativeDueDate).toBeUndefined();
  });

  it('explains the worked example in English and Japanese', () => {
    const deadline = reviewRequest('2025-12-26');
    expect(deadline.explanation.en).toBe(
      'Review request due Mon 5 Jan 2026: notice received Fri 26 Dec 2025; counting starts the next day ' +
        '(Civil Code Art. 140); day 7 is Fri 2 Jan 2026, an administrative holiday; moved to the next open day ' +
        '(Holiday Act Art. 2). Basis: Immigration Control Act Art. 61-2-12(2).',
    );
    expect(deadline.explanation.ja).toBe(
      '審査請求の期限：2026年1月5日(月)。通知を受けた日：2025年12月26日(金)。初日不算入により翌日から起算（民法第140条）、' +
        '7日目は2026年1月2日(金)で、行政機関の休日。期限は次の開庁日に延長（行政機関の休日に関する法律第2条）。' +
        '根拠：出入国管理及び難民認定法 第61条の2の12第2項。',
    );
  });

  it('keeps the steps behind the explanation', () => {
    expect(reviewRequest('2025-12-26').steps).toEqual([
      {
        type: 'trigger',
        input: 'noticeReceivedDate',
        date: '2025-12-26',
        event: { en: 'notice received', ja: '通知を受けた日' },
      },
      {
        type: 'period',
        input: 'noticeReceivedDate',
        period: {
          trigger: '2025-12-26',
          firstDay: '2025-12-27',
          lastDay: '2026-01-02',
          length: { unit: 'days', amount: 7 },
        },
      },
      {
        type: 'adjustment',
        adjustment: { type: 'roll-forward', regime: 'administrative' },
        from: '2026-01-02',
        to: '2026-01-05',
        closedDays: [
          { date: '2026-01-02', reasons: [{ type: 'year-end-closure' }] },
          { date: '2026-01-03', reasons: [{ type: 'saturday' }, { type: 'year-end-closure' }] },
          { date: '2026-01-04', reasons: [{ type: 'sunday' }] },
        ],
      },
    ]);
  });

  it('says nothing about moving when day 7 is open', () => {
    expect(reviewRequest('2026-06-01').explanation.en).toBe(
      'Review request due Mon 8 Jun 2026: notice received Mon 1 Jun 2026; counting starts the next day ' +
        '(Civil Code Art. 140); day 7 is Mon 8 Jun 2026. Basis: Immigration Control Act Art. 61-2-12(2).',
    );
  });

  it.each([
    ['2024-06-09', 1, 'Immigration Control Act Art. 61-2-9(2) (numbering before 10 June 2024)'],
    ['2024-06-10', 2, 'Immigration Control Act Art. 61-2-12(2)'],
    ['2016-04-01', 1, 'Immigration Control Act Art. 61-2-9(2) (numbering before 10 June 2024)'],
  ])('a notice received %s uses version %i, citing %s', (received, version, basis) => {
    const deadline = reviewRequest(received);
    expect(deadline.version).toBe(version);
    expect(deadline.basis.en).toBe(basis);
    expect(deadline.explanation.en).toContain(`Basis: ${basis}.`);
  });

  it('is a verified, hard deadline', () => {
    const deadline = reviewRequest('2026-01-05');
    expect(deadline.confidence).toBe('V');
    expect(deadline.hardness).toBe('hard');
  });
});
