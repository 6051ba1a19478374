import { describe, expect, it } from '@jest/globals';
import type { ProtectionKind, ProtectionStage } from '../procedure/track-p.js';
import {
  referralEligibilityWarnings,
  type ReferralEligibilityFacts,
  type ReferralEligibilityRequest,
  type ReferralWarningCode,
} from './referral-eligibility.js';

/** An applicant on designated activities with work permitted, pending first instance, not in custody. */
const BASE: ReferralEligibilityFacts = {
  residence: { stage: 'TOKUTEI', workAllowed: true },
  deportation: { stage: 'D0_NONE', custody: 'NONE' },
  art44_5PermissionGranted: false,
  protection: { stage: 'P2_EXAMINATION', kind: 'REFUGEE_AND_CP', cpGranted: false },
};

const claim = (stage: ProtectionStage, cpGranted = false, kind: ProtectionKind = 'REFUGEE_AND_CP') => ({ protection: { stage, kind, cpGranted } });

const EMPLOYMENT: ReferralEligibilityRequest = { serviceKind: 'employment', programme: null };
const ALLOWANCE: ReferralEligibilityRequest = { serviceKind: 'living-allowance', programme: 'rhq-protection-allowance' };
const SETTLEMENT: ReferralEligibilityRequest = { serviceKind: 'japanese-language', programme: 'rhq-settlement-programme' };
const SETTLEMENT_JOBS: ReferralEligibilityRequest = { serviceKind: 'employment', programme: 'rhq-settlement-programme' };
const SHELTER: ReferralEligibilityRequest = { serviceKind: 'housing', programme: null };

const ROWS: readonly (readonly [string, ReferralEligibilityRequest, Partial<ReferralEligibilityFacts>, readonly ReferralWarningCode[]])[] = [
  // Employment and the work-allowed rule.
  ['employment, designation document permits work', EMPLOYMENT, {}, []],
  ['employment, designation document forbids work', EMPLOYMENT, { residence: { stage: 'TOKUTEI', workAllowed: false } }, ['EMPLOYMENT_WORK_NOT_ALLOWED']],
  ['employment on provisional stay', EMPLOYMENT, { residence: { stage: 'KARITAIZAI', workAllowed: false } }, ['EMPLOYMENT_WORK_NOT_ALLOWED']],
  ['employment without status', EMPLOYMENT, { residence: { stage: 'NO_STATUS', workAllowed: false } }, ['EMPLOYMENT_WORK_NOT_ALLOWED']],
  [
    'employment on provisional release',
    EMPLOYMENT,
    { residence: { stage: 'NO_STATUS', workAllowed: false }, deportation: { stage: 'D8_PROVISIONAL_RELEASE', custody: 'PROVISIONAL_RELEASE' } },
    ['EMPLOYMENT_WORK_NOT_ALLOWED'],
  ],
  [
    'employment under supervision before an order, with Art. 44-5 permission',
    EMPLOYMENT,
    { residence: { stage: 'NO_STATUS', workAllowed: false }, deportation: { stage: 'D2_SUPERVISED_PRE', custody: 'SUPERVISION' }, art44_5PermissionGranted: true },
    [],
  ],
  [
    'employment under supervision after an order, permission recorded: no longer counts',
    EMPLOYMENT,
    { residence: { stage: 'NO_STATUS', workAllowed: false }, deportation: { stage: 'D8_SUPERVISED_POST', custody: 'SUPERVISION' }, art44_5PermissionGranted: true },
    ['EMPLOYMENT_WORK_NOT_ALLOWED'],
  ],
  ['employment for a long-term resident', EMPLOYMENT, { residence: { stage: 'TEIJUSHA', workAllowed: true } }, []],
  ['a shelter referral never looks at work', SHELTER, { residence: { stage: 'NO_STATUS', workAllowed: false } }, []],

  // The RHQ protection allowance.
  ['allowance while the claim is examined', ALLOWANCE, {}, []],
  ['allowance during the administrative review', ALLOWANCE, claim('P5_APPEAL_PENDING'), []],
  ['allowance while in court', ALLOWANCE, claim('P8_LITIGATION'), []],
  ['allowance after the review window lapsed (suit still possible)', ALLOWANCE, claim('P4X_WINDOW_LAPSED'), []],
  ['allowance before any claim is recorded', ALLOWANCE, { protection: null }, []],
  ['allowance after the refusal became final', ALLOWANCE, claim('P9_FINAL_NEGATIVE'), ['RHQ_ALLOWANCE_AFTER_FINAL_DECISION']],
  ['allowance after recognition', ALLOWANCE, claim('P3_RECOGNISED_REFUGEE'), ['RHQ_ALLOWANCE_AFTER_FINAL_DECISION']],
  ['allowance after the claim was withdrawn', ALLOWANCE, claim('P_WITHDRAWN'), ['RHQ_ALLOWANCE_AFTER_FINAL_DECISION']],
  ['allowance after CP on a CP-only claim', ALLOWANCE, claim('P3_CP_ONLY', true, 'CP_ONLY'), ['RHQ_ALLOWANCE_AFTER_FINAL_DECISION']],
  ['allowance after CP, refugee refusal under review', ALLOWANCE, claim('P5_APPEAL_PENDING', true), ['RHQ_ALLOWANCE_AFTER_FINAL_DECISION']],
  ['allowance while detained', ALLOWANCE, { deportation: { stage: 'D2_DETAINED', custody: 'DETAINED' } }, ['RHQ_ALLOWANCE_WHILE_DETAINED']],
  ['allowance while detained under an order', ALLOWANCE, { deportation: { stage: 'D8_DETAINED_POST', custody: 'DETAINED' } }, ['RHQ_ALLOWANCE_WHILE_DETAINED']],
  ['allowance on provisional release', ALLOWANCE, { deportation: { stage: 'D8_PROVISIONAL_RELEASE', custody: 'PROVISIONAL_RELEASE' } }, []],
  [
    'allowance while detained after a final refusal: both',
    ALLOWANCE,
    { ...claim('P9_FINAL_NEGATIVE'), deportation: { stage: 'D8_DETAINED_POST', custody: 'DETAINED' } },
    ['RHQ_ALLOWANCE_AFTER_FINAL_DECISION', 'RHQ_ALLOWANCE_WHILE_DETAINED'],
  ],
  [
    'another living-allowance partner is not the RHQ allowance',
    { serviceKind: 'living-allowance', programme: null },
    { ...claim('P9_FINAL_NEGATIVE'), deportation: { stage: 'D8_DETAINED_POST', custody: 'DETAINED' } },
    [],
  ],

  // The RHQ settlement programme.
  ['settlement for a recognised refugee', SETTLEMENT, claim('P3_RECOGNISED_REFUGEE'), []],
  ['settlement for CP on a CP-only claim', SETTLEMENT, claim('P3_CP_ONLY', true, 'CP_ONLY'), []],
  ['settlement for CP while the refugee refusal is in court', SETTLEMENT, claim('P8_LITIGATION', true), []],
  ['settlement for an applicant still examined', SETTLEMENT, {}, ['RHQ_SETTLEMENT_NOT_PROTECTED']],
  ['settlement after a final refusal', SETTLEMENT, claim('P9_FINAL_NEGATIVE'), ['RHQ_SETTLEMENT_NOT_PROTECTED']],
  ['settlement after a review upheld, before the new decision', SETTLEMENT, claim('P6_APPEAL_DECIDED'), ['RHQ_SETTLEMENT_NOT_PROTECTED']],
  ['settlement with no claim on file', SETTLEMENT, { protection: null }, ['RHQ_SETTLEMENT_NOT_PROTECTED']],
  [
    'settlement job placement without protection or work permission: both',
    SETTLEMENT_JOBS,
    { residence: { stage: 'KARITAIZAI', workAllowed: false } },
    ['EMPLOYMENT_WORK_NOT_ALLOWED', 'RHQ_SETTLEMENT_NOT_PROTECTED'],
  ],
  ['legal aid warns about nothing', { serviceKind: 'legal-aid', programme: 'jfba-legal-aid' }, { ...claim('P9_FINAL_NEGATIVE'), deportation: { stage: 'D8_DETAINED_POST', custody: 'DETAINED' } }, []],
];

describe('referralEligibilityWarnings', () => {
  it.each(ROWS)('%s', (_name, request, facts, expected) => {
    expect(referralEligibilityWarnings(request, { ...BASE, ...facts }).map((warning) => warning.code)).toEqual(expected);
  });

  it('cites the work-allowed rule and says why work is not allowed', () => {
    const [warning] = referralEligibilityWarnings(EMPLOYMENT, {
      ...BASE,
      residence: { stage: 'NO_STATUS', workAllowed: false },
      deportation: { stage: 'D8_PROVISIONAL_RELEASE', custody: 'PROVISIONAL_RELEASE' },
    });
    expect(warning).toEqual({
      code: 'EMPLOYMENT_WORK_NOT_ALLOWED',
      label: {
        ja: '就労支援への紹介ですが、記録上は就労が認められていません(仮放免中は就労不可)',
        en: 'Employment referral, but the file shows work is not allowed (No work on provisional release)',
      },
      basis: 'Immigration Control Act Art. 54(2) (conditions of release)',
    });
  });

  it('names the stage the file shows when the allowance has ended', () => {
    const [final] = referralEligibilityWarnings(ALLOWANCE, { ...BASE, ...claim('P9_FINAL_NEGATIVE') });
    expect(final.label.en).toBe('The RHQ protection allowance ends at a final decision; the file shows: Refusal final');
    expect(final.basis).toContain('ends at a final decision');
    const [cp] = referralEligibilityWarnings(ALLOWANCE, { ...BASE, ...claim('P5_APPEAL_PENDING', true) });
    expect(cp.label.en).toBe('The RHQ protection allowance ends at a final decision; the file shows: Complementary protection granted');
  });

  it('cites the detention articles and the programme terms', () => {
    const [detained] = referralEligibilityWarnings(ALLOWANCE, { ...BASE, deportation: { stage: 'D2_DETAINED', custody: 'DETAINED' } });
    expect(detained.basis).toContain('Immigration Control Act Arts. 39, 52(5)');
    const [settlement] = referralEligibilityWarnings(SETTLEMENT, BASE);
    expect(settlement.basis).toContain('Immigration Control Act Art. 61-2(1)–(2)');
  });
});
