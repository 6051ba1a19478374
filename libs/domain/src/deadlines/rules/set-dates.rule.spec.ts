import { describe, expect, it } from '@jest/globals';
import { calendar } from '../../calendar/japanese-calendar.fixture.js';
import { computeDeadline, type ComputedDeadline } from '../compute-deadline.js';
import type { DeadlineInputValues } from '../deadline-inputs.js';

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
    ['materials-request', 'requestDueDate', '2026-03-20'], // Vernal Equinox Day: as set
    ['materials-request', 'requestDueDate', '2026-06-15'],
    ['translation-due', 'translationDueDate', '2025-12-30'], // in the year-end closure: as set
    ['translation-due', 'translationDueDate', '2026-04-26'], // a Sunday: as set
    ['referral-follow-up', 'followUpDate', '2026-05-07'], // already counted in business days: as given
  ])('%s on %s=%s', (kind, input, date) => {
    const deadline = compute(kind, { [input]: date });
    expect(deadline.dueDate).toBe(date);
    expect(deadline.periodEndsOn).toBe(date);
  });

  it('an appointment is hard, an ISA document date soft', () => {
    expect(compute('appointment', { appointmentDate: '2026-05-12' }).hardness).toBe('hard');
    expect(compute('isa-set-date', { isaSetDate: '2026-05-12' }).hardness).toBe('soft');
  });

  it.each([
    ['materials-request', 'requestDueDate', 'soft', 'S'],
    ['translation-due', 'translationDueDate', 'soft', 'V'],
    ['referral-follow-up', 'followUpDate', 'soft', 'V'],
  ])('%s is %s with confidence %s and no closed-day caveat', (kind, input, hardness, confidence) => {
    const deadline = compute(kind, { [input]: '2026-05-12' });
    expect(deadline.hardness).toBe(hardness);
    expect(deadline.confidence).toBe(confidence);
    expect(deadline.conservativeDueDate).toBeUndefined();
  });

  it.each([
    ['materials-request', 'requestDueDate'],
    ['translation-due', 'translationDueDate'],
    ['referral-follow-up', 'followUpDate'],
  ])('refuses %s without its %s', (kind, input) => {
    expect(computeDeadline({ kind, inputs: {} }, { calendar })).toMatchObject({ ok: false, error: 'invalid-inputs', missing: [input] });
  });

  it('explains an ISA materials request from the letter', () => {
    expect(compute('materials-request', { requestDueDate: '2026-06-15' }).explanation).toEqual({
      en:
        'Further materials due Mon 15 Jun 2026: due date in ISA’s letter Mon 15 Jun 2026. ' +
        'Basis: Due date in ISA’s letter requesting further materials (ISA handling of refugee examinations).',
      ja:
        '追加資料の提出期限：2026年6月15日(月)。依頼書に記載された提出期限：2026年6月15日(月)。' +
        '根拠：入管庁の資料提出依頼書に記載された提出期限（難民認定事務の取扱い）。',
    });
  });

  it('says a translation date is the NGO’s own, not the law’s, while naming the article requiring the translation', () => {
    const { explanation } = compute('translation-due', { translationDueDate: '2026-04-26' });
    expect(explanation.en).toBe(
      'Translation due Sun 26 Apr 2026: due date agreed with the translator Sun 26 Apr 2026. ' +
        'Basis: Date agreed with the translator: an internal planning date, not a legal time limit ' +
        '(the translation itself is required by Enforcement Regulation Art. 62).',
    );
    expect(explanation.ja).toContain('法令上の期限ではない');
    expect(explanation.ja).toContain('施行規則第62条');
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
