import { describe, expect, it } from '@jest/globals';
import { validateDeadlineInputs } from './deadline-inputs.js';
import { revocationSuitV1 } from './rules/revocation-suit.rule.js';
import { supervisionReportV1 } from './rules/supervision.rule.js';

describe('validateDeadlineInputs', () => {
  it('returns the parsed dates, leaving out an absent optional one', () => {
    const validation = validateDeadlineInputs(supervisionReportV1, { lastReportDate: '2026-04-10', designatedDate: undefined });
    expect(validation.ok && Object.fromEntries(validation.values)).toEqual({ lastReportDate: '2026-04-10' });
  });

  it('accepts learning of a decision on the day it is made', () => {
    expect(validateDeadlineInputs(revocationSuitV1, { knowledgeDate: '2026-08-05', decisionDate: '2026-08-05' }).ok).toBe(true);
  });

  it.each([
    [{ lastReportDate: '2026-04-10', designatedDate: '2026-04-09' }, 'designatedDate', 'not-after-related-input'],
    [{ lastReportDate: '2026-04-10', designatedDate: '2026-04-10' }, 'designatedDate', 'not-after-related-input'],
    [{ lastReportDate: '2026-04-31' }, 'lastReportDate', 'not-a-date'],
    [{ lastReportDate: '2026-04-10', note: 'x' }, 'note', 'unknown-input'],
  ])('refuses %o: %s is %s', (inputs, field, reason) => {
    expect(validateDeadlineInputs(supervisionReportV1, inputs)).toMatchObject({ ok: false, invalid: [{ field, reason }] });
  });

  it('does not compare dates when one of them is invalid', () => {
    expect(validateDeadlineInputs(revocationSuitV1, { knowledgeDate: '2026-08-01', decisionDate: 'soon' })).toEqual({
      ok: false,
      missing: [],
      invalid: [{ field: 'decisionDate', reason: 'not-a-date' }],
    });
  });
});
