import { describe, expect, it } from '@jest/globals';
import { residenceAtIntake } from './residence-intake.js';

describe('residenceAtIntake', () => {
  it.each([
    { intake: { stage: 'REGULAR_OTHER' as const, expiresOn: '2026-01-20', workAllowed: false }, state: { stage: 'REGULAR_OTHER', workAllowed: false, expiresOn: '2026-01-20', triageCategory: null } },
    { intake: { stage: 'TOKUTEI' as const, expiresOn: '2026-03-01', workAllowed: true, triageCategory: 'A' as const }, state: { stage: 'TOKUTEI', workAllowed: true, expiresOn: '2026-03-01', triageCategory: 'A' } },
    { intake: { stage: 'TEIJUSHA' as const, expiresOn: '2030-04-01' }, state: { stage: 'TEIJUSHA', workAllowed: true, expiresOn: '2030-04-01', triageCategory: null } },
    { intake: { stage: 'NO_STATUS' as const }, state: { stage: 'NO_STATUS', workAllowed: false, expiresOn: null, triageCategory: null } },
  ])('$intake.stage', ({ intake, state }) => {
    expect(residenceAtIntake(intake)).toEqual({ status: 'ok', state: { ...state, lastEventOn: null } });
  });

  it.each([
    { intake: { stage: 'TOKUTEI' as const, expiresOn: '2026-03-01' }, problems: [['workAllowed', 'MISSING']] },
    { intake: { stage: 'KARITAIZAI' as const, workAllowed: true }, problems: [['expiresOn', 'MISSING'], ['workAllowed', 'UNEXPECTED']] },
    { intake: { stage: 'NO_STATUS' as const, expiresOn: '2026-03-01' }, problems: [['expiresOn', 'UNEXPECTED']] },
    { intake: { stage: 'HUMANITARIAN' as const, expiresOn: '2026-02-30', workAllowed: true }, problems: [['expiresOn', 'MALFORMED']] },
    { intake: { stage: 'HUMANITARIAN' as const, expiresOn: '2026-02-01', workAllowed: true, triageCategory: 'A' as const }, problems: [['triageCategory', 'UNEXPECTED']] },
  ])('refuses $intake', ({ intake, problems }) => {
    const result = residenceAtIntake(intake);
    if (result.status !== 'invalid') throw new Error('expected invalid');
    expect(result.problems.map((problem) => [problem.field, problem.code])).toEqual(problems);
  });
});
