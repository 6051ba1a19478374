import { describe, expect, it } from '@jest/globals';
import { calendar } from '../../calendar/japanese-calendar.fixture.js';
import { computeDeadline, type ComputedDeadline } from '../compute-deadline.js';

function revocationSuit(knowledgeDate: string, decisionDate: string): ComputedDeadline {
  const result = computeDeadline({ kind: 'revocation-suit', inputs: { knowledgeDate, decisionDate } }, { calendar });
  if (!result.ok) throw new Error(`expected a deadline, got ${JSON.stringify(result)}`);
  return result.deadline;
}

describe('revocation-suit: 6 months from learning of the decision, at most 1 year from it (ACLA Art. 14)', () => {
  it.each([
    // learned,      decided,      governing limit,          its last day, due date
    // 6 months from 7 Aug end 6 Feb 2027, a Saturday: CCP Art. 95(3) moves it to Monday.
    ['2026-08-06', '2026-08-05', '6 months from learning', '2027-02-06', '2027-02-08'],
    // Learned 7½ months after the decision: the 1-year cap ends first, on Fri 15 Jan 2027.
    ['2026-09-01', '2026-01-15', '1 year from the decision', '2027-01-15', '2027-01-15'],
    // Month-end start: counting from 1 Sept, whole months; 28 Feb 2026 is a Saturday.
    ['2025-08-31', '2025-08-29', '6 months from learning', '2026-02-28', '2026-03-02'],
    // Leap year: 1 year from 28 Feb 2027 counts from 1 Mar 2027, so it ends on 29 Feb 2028.
    ['2027-09-10', '2027-02-28', '1 year from the decision', '2028-02-29', '2028-02-29'],
    // The 6 months end on a Sunday (14 Mar 2027).
    ['2026-09-14', '2026-09-10', '6 months from learning', '2027-03-14', '2027-03-15'],
    // Learned on the day of the decision: the 6 months always end first.
    ['2026-07-06', '2026-07-06', '6 months from learning', '2027-01-06', '2027-01-06'],
    // Ending in the courts' year-end closure: 29 Dec 2026 → Mon 4 Jan 2027.
    ['2026-06-29', '2026-06-20', '6 months from learning', '2026-12-29', '2027-01-04'],
  ])('learned %s, decided %s: %s governs, ends %s, due %s', (knowledge, decision, governing, periodEnd, due) => {
    const deadline = revocationSuit(knowledge, decision);
    expect(deadline.periodEndsOn).toBe(periodEnd);
    expect(deadline.dueDate).toBe(due);
    expect(deadline.explanation.en).toContain(`the earlier limit applies: ${governing}`);
  });

  it('explains both limits and which one governs', () => {
    const deadline = revocationSuit('2026-08-06', '2026-08-05');
    expect(deadline.explanation.en).toBe(
      'Revocation suit due Mon 8 Feb 2027: learned of the decision Thu 6 Aug 2026; counting starts the next day ' +
        '(Civil Code Art. 140); 6 months end Sat 6 Feb 2027 (Civil Code Art. 143(2)); decision made Wed 5 Aug 2026; ' +
        '1 year ends Thu 5 Aug 2027 (Civil Code Arts. 140 and 143(2)); the earlier limit applies: 6 months from ' +
        'learning of the decision, Sat 6 Feb 2027 (ACLA Art. 14(1)); Sat 6 Feb 2027 is a day the courts are closed; ' +
        'moved to the next day the courts are open (Code of Civil Procedure Art. 95(3)). ' +
        'Basis: Administrative Case Litigation Act Art. 14(1)–(3).',
    );
    expect(deadline.explanation.ja).toBe(
      '取消訴訟の出訴期限：2027年2月8日(月)。処分・裁決があったことを知った日：2026年8月6日(木)。' +
        '初日不算入により翌日から起算（民法第140条）、6か月の満了日は2027年2月6日(土)（民法第143条第2項）。' +
        '処分・裁決の日：2026年8月5日(水)。1年の満了日は2027年8月5日(木)（民法第140条・第143条第2項）。' +
        '早い方の期限を適用：知った日から6か月、2027年2月6日(土)（行政事件訴訟法第14条第1項）。' +
        '2027年2月6日(土)は裁判所の休日。期限は次の開庁日に延長（民事訴訟法第95条第3項）。' +
        '根拠：行政事件訴訟法 第14条第1項〜第3項。',
    );
  });

  it('names every missing date', () => {
    expect(computeDeadline({ kind: 'revocation-suit', inputs: { knowledgeDate: '2026-08-06' } }, { calendar })).toEqual({
      ok: false,
      error: 'invalid-inputs',
      kind: 'revocation-suit',
      missing: ['decisionDate'],
      invalid: [],
    });
    expect(computeDeadline({ kind: 'revocation-suit', inputs: {} }, { calendar })).toMatchObject({
      ok: false,
      missing: ['knowledgeDate', 'decisionDate'],
    });
  });

  it('refuses a knowledge date before the decision', () => {
    expect(
      computeDeadline({ kind: 'revocation-suit', inputs: { knowledgeDate: '2026-08-04', decisionDate: '2026-08-05' } }, { calendar }),
    ).toMatchObject({
      ok: false,
      error: 'invalid-inputs',
      missing: [],
      invalid: [{ field: 'knowledgeDate', reason: 'before-related-input', relatedInput: 'decisionDate' }],
    });
  });

  it('is a verified, hard court deadline', () => {
    const deadline = revocationSuit('2026-08-06', '2026-08-05');
    expect(deadline.confidence).toBe('V');
    expect(deadline.hardness).toBe('hard');
    expect(deadline.adjustment).toEqual({ type: 'roll-forward', regime: 'court' });
  });
});
