import { describe, expect, it } from '@jest/globals';
import { calendar } from '../../calendar/japanese-calendar.fixture.js';
import { computeDeadline, type ComputedDeadline } from '../compute-deadline.js';

function landing(landingDate: string): ComputedDeadline {
  const result = computeDeadline({ kind: 'landing-six-months', inputs: { landingDate } }, { calendar });
  if (!result.ok) throw new Error(`expected a deadline, got ${JSON.stringify(result)}`);
  return result.deadline;
}

describe('landing-six-months: 6 calendar months after landing, never moved (Art. 61-2-2(1)(i))', () => {
  it.each([
    ['2026-01-15', '2026-07-15'],
    ['2025-08-31', '2026-02-28'], // counting from 1 Sept: whole months; a Saturday, and it stays
    ['2025-08-30', '2026-02-28'], // counting from 31 Aug: no 31 Feb, so the last day of February
    ['2023-08-31', '2024-02-29'], // leap year
    ['2024-02-29', '2024-08-31'], // counting from 1 Mar: March to August
    ['2025-11-03', '2026-05-03'], // ends on a Sunday holiday: not an act deadline, not moved
  ])('landed %s: the period ends %s', (landed, end) => {
    const deadline = landing(landed);
    expect(deadline.periodEndsOn).toBe(end);
    expect(deadline.dueDate).toBe(end);
    expect(deadline.steps.some((step) => step.type === 'adjustment')).toBe(false);
  });

  it('explains the month-end rule', () => {
    expect(landing('2025-08-30').explanation.en).toBe(
      '6-month period after landing ends Sat 28 Feb 2026: landed in Japan (or learned of the grounds that arose in ' +
        'Japan) Sat 30 Aug 2025; counting starts the next day (Civil Code Art. 140); 6 months end Sat 28 Feb 2026, ' +
        'the last day of the month, as that month has no corresponding day (Civil Code Art. 143(2) proviso). ' +
        'Basis: Immigration Control Act Art. 61-2-2(1)(i), applied to provisional stay by Art. 61-2-4(1)(vi).',
    );
  });

  it('carries confidence U, as its post-2024 wording is unverified', () => {
    expect(landing('2026-01-15').confidence).toBe('U');
  });

  it('has no rule before the 6-month rule existed', () => {
    expect(computeDeadline({ kind: 'landing-six-months', inputs: { landingDate: '2005-05-15' } }, { calendar })).toEqual({
      ok: false,
      error: 'not-in-force',
      kind: 'landing-six-months',
      triggerDate: '2005-05-15',
      inForceFrom: '2005-05-16',
    });
  });
});
