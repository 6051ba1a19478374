import { describe, expect, it } from '@jest/globals';
import { localDate } from '../calendar/local-date.js';
import { endOfPeriod } from './civil-code-period.js';
import { explainDeadline } from './explain-deadline.js';

const d = localDate;
const headline = { en: 'Test due', ja: 'テストの期限' };
const basis = { en: 'Test Act Art. 1', ja: 'テスト法第1条' };
const event = { en: 'event happened', ja: '事由の日' };

describe('explainDeadline', () => {
  it('says "1 year ends", and cites the Civil Code paragraph that ended the period', () => {
    const period = endOfPeriod(d('2026-08-05'), { unit: 'years', amount: 1 });
    const explanation = explainDeadline({
      headline,
      basis,
      dueDate: period.lastDay,
      steps: [
        { type: 'trigger', input: 'x', date: d('2026-08-05'), event },
        { type: 'period', input: 'x', period },
      ],
    });
    expect(explanation).toEqual({
      en:
        'Test due Thu 5 Aug 2027: event happened Wed 5 Aug 2026; counting starts the next day (Civil Code Art. 140); ' +
        '1 year ends Thu 5 Aug 2027 (Civil Code Art. 143(2)). Basis: Test Act Art. 1.',
      ja:
        'テストの期限：2027年8月5日(木)。事由の日：2026年8月5日(水)。初日不算入により翌日から起算（民法第140条）、' +
        '1年の満了日は2027年8月5日(木)（民法第143条第2項）。根拠：テスト法第1条。',
    });
  });

  it('explains counting from the 1st in Japanese', () => {
    const period = endOfPeriod(d('2024-02-29'), { unit: 'months', amount: 6 });
    const explanation = explainDeadline({
      headline,
      basis,
      dueDate: period.lastDay,
      steps: [
        { type: 'trigger', input: 'x', date: d('2024-02-29'), event },
        { type: 'period', input: 'x', period },
      ],
    });
    expect(explanation.ja).toBe(
      'テストの期限：2024年8月31日(土)。事由の日：2024年2月29日(木)。初日不算入により翌日から起算（民法第140条）、' +
        '月の初日から起算するため、暦に従い6か月は月末の2024年8月31日(土)に満了（民法第143条第1項）。根拠：テスト法第1条。',
    );
  });

  it('names the closed day on its own when the clause before ended with another date', () => {
    const explanation = explainDeadline({
      headline,
      basis,
      dueDate: d('2026-01-05'),
      steps: [
        { type: 'trigger', input: 'x', date: d('2025-12-30'), event },
        { type: 'window-opens', date: d('2025-12-20'), opening: { en: '10 days before', ja: '10日前' } },
        {
          type: 'adjustment',
          adjustment: { type: 'roll-forward', regime: 'administrative' },
          from: d('2025-12-30'),
          to: d('2026-01-05'),
          closedDays: [],
        },
      ],
    });
    expect(explanation.en).toBe(
      'Test due Mon 5 Jan 2026: event happened Tue 30 Dec 2025; the window opens Sat 20 Dec 2025, 10 days before; ' +
        'Tue 30 Dec 2025 is an administrative holiday; moved to the next open day (Holiday Act Art. 2). Basis: Test Act Art. 1.',
    );
  });

  it('says nothing about an adjustment that moved nothing', () => {
    const explanation = explainDeadline({
      headline,
      basis,
      dueDate: d('2026-01-06'),
      steps: [
        { type: 'trigger', input: 'x', date: d('2026-01-06'), event },
        {
          type: 'adjustment',
          adjustment: { type: 'roll-forward', regime: 'court' },
          from: d('2026-01-06'),
          to: d('2026-01-06'),
          closedDays: [],
        },
      ],
    });
    expect(explanation.en).toBe('Test due Tue 6 Jan 2026: event happened Tue 6 Jan 2026. Basis: Test Act Art. 1.');
  });
});
