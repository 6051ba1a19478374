import { describe, expect, it } from '@jest/globals';
import type { CustodyCategory, DeportationStage } from './track-d.js';
import type { ResidenceStage } from './track-r.js';
import { workAllowed, type WorkAllowedReason } from './work-allowed.js';

type Row = readonly [
  residence: ResidenceStage,
  statusWorkFlag: boolean,
  deportation: DeportationStage,
  custody: CustodyCategory,
  art44_5Permission: boolean,
  allowed: boolean,
  reason: WorkAllowedReason,
];

const ROWS: readonly Row[] = [
  // The status decides when no deportation procedure restricts the person.
  ['TOKUTEI', true, 'D0_NONE', 'NONE', false, true, 'STATUS_PERMITS_WORK'],
  ['TOKUTEI', false, 'D0_NONE', 'NONE', false, false, 'STATUS_FORBIDS_WORK'],
  ['TOKUTEI_TRIAGE', false, 'D0_NONE', 'NONE', false, false, 'STATUS_FORBIDS_WORK'],
  ['STAY_RESTRICTED', true, 'D0_NONE', 'NONE', false, true, 'STATUS_PERMITS_WORK'],
  ['HUMANITARIAN', true, 'D0_NONE', 'NONE', false, true, 'STATUS_PERMITS_WORK'],
  ['HUMANITARIAN', false, 'D0_NONE', 'NONE', false, false, 'STATUS_FORBIDS_WORK'],
  ['SPECIAL_PERMISSION', true, 'D0_NONE', 'NONE', false, true, 'STATUS_PERMITS_WORK'],
  ['REGULAR_OTHER', false, 'D0_NONE', 'NONE', false, false, 'STATUS_FORBIDS_WORK'],
  ['TEIJUSHA', false, 'D0_NONE', 'NONE', false, true, 'LONG_TERM_RESIDENT'],
  ['NO_STATUS', false, 'D0_NONE', 'NONE', false, false, 'NO_STATUS'],
  ['NO_STATUS', true, 'D1_INVESTIGATION', 'NONE', false, false, 'NO_STATUS'],
  ['DEPARTED', false, 'D9_REMOVED', 'NONE', false, false, 'DEPARTED'],

  // Provisional stay never permits work, whatever is claimed.
  ['KARITAIZAI', true, 'D0_NONE', 'NONE', false, false, 'PROVISIONAL_STAY'],
  ['KARITAIZAI', false, 'D2_SUPERVISED_PRE', 'SUPERVISION', true, false, 'PROVISIONAL_STAY'],

  // Supervision before a deportation order: only with Art. 44-5 permission.
  ['NO_STATUS', false, 'D2_SUPERVISED_PRE', 'SUPERVISION', true, true, 'SUPERVISION_WORK_PERMISSION'],
  ['NO_STATUS', false, 'D2_SUPERVISED_PRE', 'SUPERVISION', false, false, 'NO_STATUS'],
  ['NO_STATUS', false, 'D4_HEARING', 'SUPERVISION', true, true, 'SUPERVISION_WORK_PERMISSION'],
  ['NO_STATUS', false, 'D6_DECISION', 'SUPERVISION', true, true, 'SUPERVISION_WORK_PERMISSION'],
  // After the order Art. 44-5 no longer applies.
  ['NO_STATUS', false, 'D7_DEPORTATION_ORDER', 'SUPERVISION', true, false, 'NO_STATUS'],
  ['NO_STATUS', false, 'D8_SUPERVISED_POST', 'SUPERVISION', true, false, 'NO_STATUS'],

  // Detention and provisional release rule work out, even with a status that would permit it.
  ['TOKUTEI', true, 'D2_DETAINED', 'DETAINED', false, false, 'DETAINED'],
  ['NO_STATUS', false, 'D3_FINDING', 'DETAINED', true, false, 'DETAINED'],
  ['NO_STATUS', false, 'D8_DETAINED_POST', 'DETAINED', false, false, 'DETAINED'],
  ['NO_STATUS', false, 'D2_PROVISIONAL_RELEASE_PRE', 'PROVISIONAL_RELEASE', true, false, 'PROVISIONAL_RELEASE'],
  ['NO_STATUS', false, 'D8_PROVISIONAL_RELEASE', 'PROVISIONAL_RELEASE', false, false, 'PROVISIONAL_RELEASE'],
  // A status holder under investigation keeps the status's permission.
  ['TOKUTEI', true, 'D1_INVESTIGATION', 'NONE', false, true, 'STATUS_PERMITS_WORK'],
];

describe('workAllowed (reference §2.4)', () => {
  it.each(ROWS)('R %s (flag %p), D %s (%s), Art. 44-5 %p → %p %s', (residence, flag, stage, custody, permission, allowed, reason) => {
    const answer = workAllowed({ stage: residence, workAllowed: flag }, { stage, custody }, permission);
    expect(answer.allowed).toBe(allowed);
    expect(answer.reason).toBe(reason);
    expect(answer.label.ja).not.toBe('');
    expect(answer.basis).not.toBe('');
  });

  it('cites Art. 44-5 for work under supervision measures', () => {
    expect(workAllowed({ stage: 'NO_STATUS', workAllowed: false }, { stage: 'D2_SUPERVISED_PRE', custody: 'SUPERVISION' }, true).basis).toBe(
      'Immigration Control Act Art. 44-5',
    );
  });
});
