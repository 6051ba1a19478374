import { describe, expect, it } from '@jest/globals';
import { deportationAtIntake } from './deportation-intake.js';

describe('deportationAtIntake', () => {
  it.each([
    { intake: { stage: 'D4_HEARING' as const }, problems: [['custody', 'MISSING']] },
    { intake: { stage: 'D4_HEARING' as const, custody: 'NONE' as const }, problems: [['custody', 'INCONSISTENT']] },
    { intake: { stage: 'D2_DETAINED' as const, custody: 'SUPERVISION' as const }, problems: [['custody', 'INCONSISTENT']] },
    { intake: { stage: 'D8_SUPERVISED_POST' as const }, problems: [['reportingIntervalMonths', 'MISSING']] },
    { intake: { stage: 'D8_DETAINED_POST' as const, reportingIntervalMonths: 1 }, problems: [['reportingIntervalMonths', 'UNEXPECTED']] },
  ])('refuses the intake $intake', ({ intake, problems }) => {
    const result = deportationAtIntake(intake);
    if (result.status !== 'invalid') throw new Error('expected invalid');
    expect(result.problems.map((problem) => [problem.field, problem.code])).toEqual(problems);
  });
});
