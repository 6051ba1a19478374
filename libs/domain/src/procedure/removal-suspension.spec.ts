import { describe, expect, it } from '@jest/globals';
import { removalSuspension, type RemovalApplication, type RemovalFacts, type RemovalReasonCode } from './removal-suspension.js';
import type { ProtectionStage, ReviewOutcome } from './track-p.js';

const NO_FACTS: RemovalFacts = {
  reasonableGroundsMaterialSubmitted: false,
  sentencedToThreeYearsOrMore: false,
  terrorismOrSimilarExclusion: false,
  stayOfExecutionGranted: false,
};

function application(applicationNo: number, stage: ProtectionStage, extra: { reviewOutcome?: ReviewOutcome; cpGranted?: boolean } = {}): RemovalApplication {
  return {
    applicationNo,
    kind: 'REFUGEE_AND_CP',
    stage,
    cpGranted: extra.cpGranted ?? false,
    review:
      extra.reviewOutcome === undefined
        ? null
        : { requestFiledOn: '2025-09-10', substate: 'HEARING_HELD', outcome: extra.reviewOutcome, decidedOn: '2026-06-10', knownOn: '2026-06-15' },
  };
}

interface Row {
  readonly name: string;
  readonly application: RemovalApplication;
  readonly facts?: Partial<RemovalFacts>;
  readonly suspended: boolean;
  readonly basis: string | null;
  /** The reason codes, deciding ones first. */
  readonly codes: readonly RemovalReasonCode[];
  readonly unverified: boolean;
}

const ROWS: readonly Row[] = [
  // The third-application rule (Art. 61-2-9(4)(i)).
  { name: '1st application, filed', application: application(1, 'P1_FILED'), suspended: true, basis: 'PENDING_APPLICATION', codes: ['APPLICATION_PENDING', 'FIRST_OR_SECOND_APPLICATION'], unverified: true },
  { name: '2nd application, review pending', application: application(2, 'P5_APPEAL_PENDING'), suspended: true, basis: 'PENDING_APPLICATION', codes: ['APPLICATION_PENDING', 'FIRST_OR_SECOND_APPLICATION'], unverified: true },
  {
    name: '3rd application without material',
    application: application(3, 'P2_EXAMINATION'),
    suspended: false,
    basis: null,
    codes: ['THIRD_OR_LATER_WITHOUT_MATERIAL', 'APPLICATION_PENDING'],
    unverified: true,
  },
  {
    name: '3rd application with material showing reasonable grounds',
    application: application(3, 'P2_EXAMINATION'),
    facts: { reasonableGroundsMaterialSubmitted: true },
    suspended: true,
    basis: 'PENDING_APPLICATION',
    codes: ['APPLICATION_PENDING', 'REASONABLE_GROUNDS_MATERIAL'],
    unverified: true,
  },
  {
    name: '5th application with material, in the review window',
    application: application(5, 'P4_APPEAL_WINDOW'),
    facts: { reasonableGroundsMaterialSubmitted: true },
    suspended: true,
    basis: 'PENDING_APPLICATION',
    codes: ['APPLICATION_PENDING', 'REASONABLE_GROUNDS_MATERIAL'],
    unverified: true,
  },
  {
    name: '4th application without material, review pending',
    application: application(4, 'P5_APPEAL_PENDING'),
    suspended: false,
    basis: null,
    codes: ['THIRD_OR_LATER_WITHOUT_MATERIAL', 'APPLICATION_PENDING'],
    unverified: true,
  },

  // The other exceptions (Art. 61-2-9(4)(ii)–(iii)) apply from the first application on.
  {
    name: '1st application, sentenced to 3 years or more',
    application: application(1, 'P1_FILED'),
    facts: { sentencedToThreeYearsOrMore: true },
    suspended: false,
    basis: null,
    codes: ['SENTENCED_3_YEARS_OR_MORE', 'APPLICATION_PENDING', 'FIRST_OR_SECOND_APPLICATION'],
    unverified: true,
  },
  {
    name: '2nd application, terrorism exclusion',
    application: application(2, 'P2_EXAMINATION'),
    facts: { terrorismOrSimilarExclusion: true },
    suspended: false,
    basis: null,
    codes: ['TERRORISM_OR_SIMILAR', 'APPLICATION_PENDING', 'FIRST_OR_SECOND_APPLICATION'],
    unverified: true,
  },
  {
    name: '3rd application with material but sentenced',
    application: application(3, 'P1_FILED'),
    facts: { reasonableGroundsMaterialSubmitted: true, sentencedToThreeYearsOrMore: true },
    suspended: false,
    basis: null,
    codes: ['SENTENCED_3_YEARS_OR_MORE', 'APPLICATION_PENDING', 'REASONABLE_GROUNDS_MATERIAL'],
    unverified: true,
  },

  // Which stages count as "the procedure pending".
  { name: 'not yet filed', application: application(1, 'P0_INTAKE'), suspended: false, basis: null, codes: ['NOT_FILED'], unverified: false },
  { name: 'refusal received, window not yet opened', application: application(1, 'P3_REFUSED'), suspended: true, basis: 'PENDING_APPLICATION', codes: ['APPLICATION_PENDING', 'FIRST_OR_SECOND_APPLICATION'], unverified: true },
  { name: 'review window lapsed', application: application(1, 'P4X_WINDOW_LAPSED'), suspended: false, basis: null, codes: ['PROCEDURE_ENDED'], unverified: true },
  {
    name: 'review upheld, recognition awaited',
    application: application(1, 'P6_APPEAL_DECIDED', { reviewOutcome: 'UPHELD' }),
    suspended: true,
    basis: 'PENDING_APPLICATION',
    codes: ['APPLICATION_PENDING', 'FIRST_OR_SECOND_APPLICATION'],
    unverified: true,
  },
  { name: 'review dismissed', application: application(1, 'P6_APPEAL_DECIDED', { reviewOutcome: 'DISMISSED' }), suspended: false, basis: null, codes: ['PROCEDURE_ENDED'], unverified: true },
  {
    name: 'review rejected as inadmissible',
    application: application(2, 'P6_APPEAL_DECIDED', { reviewOutcome: 'REJECTED_INADMISSIBLE' }),
    suspended: false,
    basis: null,
    codes: ['PROCEDURE_ENDED'],
    unverified: true,
  },
  {
    name: 'litigation window: a suit does not stop removal',
    application: application(1, 'P7_LITIGATION_WINDOW'),
    suspended: false,
    basis: null,
    codes: ['LITIGATION_DOES_NOT_SUSPEND', 'PROCEDURE_ENDED'],
    unverified: true,
  },
  {
    name: 'in court without a stay',
    application: application(1, 'P8_LITIGATION'),
    suspended: false,
    basis: null,
    codes: ['LITIGATION_DOES_NOT_SUSPEND', 'PROCEDURE_ENDED'],
    unverified: true,
  },
  {
    name: 'in court with a stay of execution',
    application: application(3, 'P8_LITIGATION'),
    facts: { stayOfExecutionGranted: true },
    suspended: true,
    basis: 'COURT_STAY',
    codes: ['COURT_STAY_OF_EXECUTION', 'LITIGATION_DOES_NOT_SUSPEND', 'PROCEDURE_ENDED'],
    unverified: true,
  },

  // Terminal stages.
  { name: 'refusal final', application: application(1, 'P9_FINAL_NEGATIVE'), suspended: false, basis: null, codes: ['PROCEDURE_ENDED'], unverified: true },
  {
    name: 'refusal final on a 3rd application even with material',
    application: application(3, 'P9_FINAL_NEGATIVE'),
    facts: { reasonableGroundsMaterialSubmitted: true },
    suspended: false,
    basis: null,
    codes: ['PROCEDURE_ENDED'],
    unverified: true,
  },
  { name: 'withdrawn', application: application(2, 'P_WITHDRAWN'), suspended: false, basis: null, codes: ['PROCEDURE_ENDED'], unverified: true },
  { name: 'recognised as a refugee', application: application(1, 'P3_RECOGNISED_REFUGEE'), suspended: true, basis: 'PROTECTION_GRANTED', codes: ['PROTECTION_GRANTED'], unverified: true },
  {
    name: 'CP granted, refugee refusal final',
    application: application(3, 'P9_FINAL_NEGATIVE', { cpGranted: true }),
    suspended: true,
    basis: 'PROTECTION_GRANTED',
    codes: ['PROTECTION_GRANTED'],
    unverified: true,
  },
];

describe('removalSuspension (Art. 61-2-9(3)–(4))', () => {
  it.each(ROWS)('$name', ({ application: app, facts, suspended, basis, codes, unverified }) => {
    const answer = removalSuspension(app, { ...NO_FACTS, ...facts });
    expect(answer.suspended).toBe(suspended);
    expect(answer.basis).toBe(basis);
    expect(answer.reasons.map((reason) => reason.code)).toEqual(codes);
    expect(answer.unverified).toBe(unverified);
  });

  it('marks the third-application rule as unverified and names the article', () => {
    const [rule] = removalSuspension(application(3, 'P1_FILED'), NO_FACTS).reasons;
    expect(rule).toMatchObject({ code: 'THIRD_OR_LATER_WITHOUT_MATERIAL', confidence: 'U' });
    expect(rule?.basis).toContain('Art. 61-2-9(4)(i)');
    expect(rule?.en).toContain('Application no. 3');
    expect(rule?.ja).toContain('3回目');
  });

  it('says that ISA judges whether the material suffices', () => {
    const reasons = removalSuspension(application(3, 'P1_FILED'), { ...NO_FACTS, reasonableGroundsMaterialSubmitted: true }).reasons;
    expect(reasons.find((reason) => reason.code === 'REASONABLE_GROUNDS_MATERIAL')?.en).toContain('ISA judges');
  });

  it('treats the verified exceptions as verified', () => {
    const reasons = removalSuspension(application(1, 'P1_FILED'), { ...NO_FACTS, sentencedToThreeYearsOrMore: true, terrorismOrSimilarExclusion: true }).reasons;
    expect(reasons.filter((reason) => reason.confidence === 'V').map((reason) => reason.code)).toEqual([
      'SENTENCED_3_YEARS_OR_MORE',
      'TERRORISM_OR_SIMILAR',
      'APPLICATION_PENDING',
    ]);
  });

  it('ignores the material on a 1st or 2nd application, which is suspended anyway', () => {
    const answer = removalSuspension(application(2, 'P1_FILED'), { ...NO_FACTS, reasonableGroundsMaterialSubmitted: true });
    expect(answer.reasons.map((reason) => reason.code)).toEqual(['APPLICATION_PENDING', 'FIRST_OR_SECOND_APPLICATION']);
  });
});
