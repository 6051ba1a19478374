import { describe, expect, it } from '@jest/globals';
import { calendar } from '../../calendar/japanese-calendar.fixture.js';
import { computeDeadline, type ComputedDeadline } from '../compute-deadline.js';

function courtAppeal(judgmentServedDate: string): ComputedDeadline {
  const result = computeDeadline({ kind: 'court-appeal', inputs: { judgmentServedDate } }, { calendar });
  if (!result.ok) throw new Error(`expected a deadline, got ${JSON.stringify(result)}`);
  return result.deadline;
}

describe('court-appeal: 2 weeks from service of the judgment (CCP Arts. 285, 313)', () => {
  it.each([
    ['2026-03-01', '2026-03-15', '2026-03-16'], // day 14 is a Sunday: CCP Art. 95(3) moves it to Monday
    ['2026-07-06', '2026-07-20', '2026-07-21'], // day 14 is 海の日
    ['2026-07-05', '2026-07-19', '2026-07-21'], // Sunday, then 海の日: both skipped
    ['2025-12-17', '2025-12-31', '2026-01-05'], // 31 Dec, 1–3 Jan, then the weekend
    ['2026-04-22', '2026-05-06', '2026-05-07'], // the 6 May substitute holiday
    ['2026-06-10', '2026-06-24', '2026-06-24'],
    ['2024-02-20', '2024-03-05', '2024-03-05'], // through 29 Feb
  ])('judgment served %s: day 14 is %s, due %s', (served, periodEnd, due) => {
    const deadline = courtAppeal(served);
    expect(deadline.periodEndsOn).toBe(periodEnd);
    expect(deadline.dueDate).toBe(due);
  });

  it('explains the Sunday roll-forward under the CCP, not the Holiday Act', () => {
    expect(courtAppeal('2026-03-01').explanation.en).toBe(
      'Appeal due Mon 16 Mar 2026: judgment served Sun 1 Mar 2026; counting starts the next day (Civil Code Art. 140); ' +
        '2 weeks end on day 14, Sun 15 Mar 2026 (Civil Code Art. 143), a day the courts are closed; moved to the next ' +
        'day the courts are open (Code of Civil Procedure Art. 95(3)). ' +
        'Basis: Code of Civil Procedure Arts. 285 and 313 (applied by ACLA Art. 7).',
    );
    expect(courtAppeal('2026-03-01').explanation.ja).toBe(
      '控訴・上告の期限：2026年3月16日(月)。判決書の送達を受けた日：2026年3月1日(日)。初日不算入により翌日から起算（民法第140条）、' +
        '2週間の満了日（14日目）は2026年3月15日(日)（民法第143条）で、裁判所の休日。期限は次の開庁日に延長（民事訴訟法第95条第3項）。' +
        '根拠：民事訴訟法 第285条・第313条（行政事件訴訟法第7条）。',
    );
  });

  it('is a hard deadline resting on secondary sources', () => {
    const deadline = courtAppeal('2026-06-10');
    expect(deadline.confidence).toBe('S');
    expect(deadline.hardness).toBe('hard');
  });
});
