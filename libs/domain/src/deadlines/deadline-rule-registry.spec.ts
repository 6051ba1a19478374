import { describe, expect, it } from '@jest/globals';
import { localDate } from '../calendar/local-date.js';
import { DomainError } from '../shared/domain-error.js';
import type { DeadlineRuleVersion } from './deadline-rule.js';
import { createDeadlineRuleRegistry } from './deadline-rule-registry.js';
import { deadlineKinds, deadlineRules, deadlineRuleVersions } from './rules/deadline-rules.js';
import { reviewRequestV1, reviewRequestV2 } from './rules/review-request.rule.js';

describe('the built-in rules', () => {
  it('define every kind, each with at least one version', () => {
    expect(deadlineRules.kinds).toEqual([...deadlineKinds]);
    for (const kind of deadlineKinds) expect(deadlineRules.versionsOf(kind)?.length).toBeGreaterThan(0);
  });

  it('cite a legal basis in both languages and explain anything not verified', () => {
    for (const rule of deadlineRuleVersions) {
      expect(rule.basis.en.length).toBeGreaterThan(0);
      expect(rule.basis.ja.length).toBeGreaterThan(0);
      if (rule.confidence !== 'V') expect(rule.confidenceNote).toBeDefined();
    }
  });

  it('roll court deadlines under the CCP and never roll the 6-month rule', () => {
    expect(deadlineRules.find('revocation-suit', 1)?.adjustment).toEqual({ type: 'roll-forward', regime: 'court' });
    expect(deadlineRules.find('court-appeal', 1)?.adjustment).toEqual({ type: 'roll-forward', regime: 'court' });
    expect(deadlineRules.find('review-request', 2)?.adjustment).toEqual({ type: 'roll-forward', regime: 'administrative' });
    expect(deadlineRules.find('landing-six-months', 1)?.adjustment).toEqual({ type: 'none' });
  });

  it('carry confidence U wherever the reference marks what they rest on as unverified', () => {
    const unverified = deadlineRuleVersions.filter((rule) => rule.confidence === 'U').map((rule) => rule.kind);
    expect(unverified).toEqual([
      'landing-six-months',
      'oral-hearing-request',
      'objection',
      'provisional-stay-renewal',
      'supervisor-event-report',
      'provisional-release-extension',
    ]);
  });

  it.each([
    ['2016-04-01', 1],
    ['2024-06-09', 1],
    ['2024-06-10', 2],
    ['2026-01-05', 2],
  ])('on %s the review-request version in force is %i', (date, version) => {
    expect(deadlineRules.inForceOn('review-request', localDate(date))?.version).toBe(version);
  });

  it('has no version in force before the first', () => {
    expect(deadlineRules.inForceOn('review-request', localDate('2016-03-31'))).toBeUndefined();
  });
});

describe('createDeadlineRuleRegistry refuses rule sets that could mislead', () => {
  const later = (overrides: Partial<DeadlineRuleVersion>): DeadlineRuleVersion => ({
    ...reviewRequestV2,
    version: 3,
    inForceFrom: localDate('2030-01-01'),
    ...overrides,
  });

  it.each([
    { what: 'a duplicate version', rules: [reviewRequestV1, reviewRequestV2, later({ version: 2 })] },
    { what: 'a later version in force earlier', rules: [reviewRequestV1, reviewRequestV2, later({ inForceFrom: localDate('2020-01-01') })] },
    {
      what: 'versions with different triggers',
      rules: [
        reviewRequestV2,
        later({
          triggerInput: 'decisionDate',
          inputs: [{ name: 'decisionDate', required: true, event: { en: 'decided', ja: '決定日' } }],
          counting: { type: 'period', from: 'decisionDate', length: { unit: 'days', amount: 7 } },
        }),
      ],
    },
    {
      what: 'counting on an undeclared input',
      rules: [later({ counting: { type: 'period', from: 'decisionDate', length: { unit: 'days', amount: 7 } } })],
    },
    { what: 'an optional trigger', rules: [later({ inputs: [{ ...reviewRequestV2.inputs[0], required: false }] })] },
    { what: 'version 0', rules: [later({ version: 0 })] },
  ])('$what', ({ rules }) => {
    expect(() => createDeadlineRuleRegistry(rules)).toThrow(DomainError);
  });
});
