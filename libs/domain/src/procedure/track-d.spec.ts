import { describe, expect, it } from '@jest/globals';
import { deportationAtIntake } from './deportation-intake.js';
import { custodyOf, DeportationStages, isBeforeDeportationOrder } from './track-d.js';

describe('custody categories', () => {
  it.each([
    [{ stage: 'D0_NONE' }, 'NONE', null],
    [{ stage: 'D1_INVESTIGATION' }, 'NONE', null],
    [{ stage: 'D2_DETAINED' }, 'DETAINED', null],
    [{ stage: 'D2_SUPERVISED_PRE', reportingIntervalMonths: 3 }, 'SUPERVISION', 3],
    [{ stage: 'D2_PROVISIONAL_RELEASE_PRE', reportingIntervalMonths: 2 }, 'PROVISIONAL_RELEASE', 2],
    [{ stage: 'D3_FINDING', custody: 'DETAINED' }, 'DETAINED', null],
    [{ stage: 'D4_HEARING', custody: 'SUPERVISION', reportingIntervalMonths: 1 }, 'SUPERVISION', 1],
    [{ stage: 'D5_OBJECTION', custody: 'PROVISIONAL_RELEASE' }, 'PROVISIONAL_RELEASE', null],
    [{ stage: 'D6_DECISION', custody: 'DETAINED' }, 'DETAINED', null],
    [{ stage: 'D7_DEPORTATION_ORDER', custody: 'SUPERVISION', reportingIntervalMonths: 2 }, 'SUPERVISION', 2],
    [{ stage: 'D8_DETAINED_POST' }, 'DETAINED', null],
    [{ stage: 'D8_SUPERVISED_POST', reportingIntervalMonths: 3 }, 'SUPERVISION', 3],
    [{ stage: 'D8_PROVISIONAL_RELEASE', reportingIntervalMonths: 1 }, 'PROVISIONAL_RELEASE', 1],
    [{ stage: 'D9_REMOVED' }, 'NONE', null],
  ] as const)('%o → %s every %p months', (intake, category, reportingIntervalMonths) => {
    const result = deportationAtIntake(intake);
    if (result.status !== 'ok') throw new Error(JSON.stringify(result));
    expect(custodyOf(result.state)).toEqual({ category, reportingIntervalMonths });
  });

  it('maps every D stage onto one of the four custody categories', () => {
    const custody = { D3_FINDING: 'DETAINED', D4_HEARING: 'DETAINED', D5_OBJECTION: 'DETAINED', D6_DECISION: 'DETAINED', D7_DEPORTATION_ORDER: 'DETAINED' } as const;
    for (const stage of DeportationStages) {
      const intake = stage in custody ? { stage, custody: custody[stage as keyof typeof custody] } : { stage };
      const needsInterval = stage === 'D2_SUPERVISED_PRE' || stage === 'D8_SUPERVISED_POST';
      const result = deportationAtIntake({ ...intake, ...(needsInterval ? { reportingIntervalMonths: 1 } : {}) });
      expect(result.status).toBe('ok');
    }
  });

  it.each([
    ['D0_NONE', false],
    ['D1_INVESTIGATION', true],
    ['D2_SUPERVISED_PRE', true],
    ['D6_DECISION', true],
    ['D7_DEPORTATION_ORDER', false],
    ['D8_SUPERVISED_POST', false],
    ['D9_REMOVED', false],
  ] as const)('%s is before a deportation order: %p', (stage, before) => {
    expect(isBeforeDeportationOrder(stage)).toBe(before);
  });
});
