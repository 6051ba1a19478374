import { describe, expect, it } from '@jest/globals';
import { applyProtectionTransition, type ProtectionTransitionResult } from './apply-protection-transition.js';
import { allowedProtectionTransitions, ProtectionTransitionRules, type ProtectionRule } from './protection-transitions.js';
import {
  newProtectionApplication,
  type LitigationClock,
  type ProtectionApplicationState,
  type ProtectionDates,
  type ProtectionOutcome,
  type ProtectionStage,
} from './track-p.js';
import { findRule } from './transition-result.js';

const TODAY = '2027-12-31';
const USER = 'user-caseworker-1';

function step(state: ProtectionApplicationState, to: ProtectionStage, dates: ProtectionDates, outcome: ProtectionOutcome | null = null) {
  const result = applyProtectionTransition(state, { to, outcome, dates, recordedBy: USER }, TODAY);
  if (result.status !== 'ok') throw new Error(`fixture step to ${to} failed: ${JSON.stringify(result)}`);
  return result.state;
}

function ok(result: ProtectionTransitionResult) {
  if (result.status !== 'ok') throw new Error(`expected ok, got ${JSON.stringify(result)}`);
  return result;
}

function problemsOf(result: ProtectionTransitionResult) {
  if (result.status !== 'invalid') throw new Error(`expected invalid, got ${result.status}`);
  return result.problems.map((problem) => [problem.field, problem.code]);
}

// ---- one application walked through the procedure (refugee + CP claim, application no. 1) ----
const intake = newProtectionApplication({ applicationNo: 1, kind: 'REFUGEE_AND_CP' });
const filed = step(intake, 'P1_FILED', { filedOn: '2025-01-10' });
const examination = step(filed, 'P2_EXAMINATION', { interviewNoticeReceivedOn: '2025-03-03' });
const DECISION = { noticeReceivedOn: '2025-09-05', decidedOn: '2025-09-01' };
const refused = step(examination, 'P3_REFUSED', DECISION);
const cpGranted = step(examination, 'P3_CP_ONLY', DECISION);
const reviewWindow = step(refused, 'P4_APPEAL_WINDOW', {});
const cpReviewWindow = step(cpGranted, 'P4_APPEAL_WINDOW', {});
const lapsed = step(reviewWindow, 'P4X_WINDOW_LAPSED', { windowEndedOn: '2025-09-12' });
const reviewPending = step(reviewWindow, 'P5_APPEAL_PENDING', { requestFiledOn: '2025-09-10' });
const hearingScheduled = step(reviewPending, 'P5_APPEAL_PENDING', { hearingNoticeReceivedOn: '2025-12-01' }, 'HEARING_SCHEDULED');
const hearingHeld = step(hearingScheduled, 'P5_APPEAL_PENDING', { hearingHeldOn: '2026-01-20' }, 'HEARING_HELD');
const REVIEW_DECISION = { knownOn: '2026-06-15', decidedOn: '2026-06-10' };
const upheld = step(reviewPending, 'P6_APPEAL_DECIDED', REVIEW_DECISION, 'UPHELD');
const dismissed = step(reviewPending, 'P6_APPEAL_DECIDED', REVIEW_DECISION, 'DISMISSED');
const rejected = step(reviewPending, 'P6_APPEAL_DECIDED', REVIEW_DECISION, 'REJECTED_INADMISSIBLE');
const litigationWindow = step(dismissed, 'P7_LITIGATION_WINDOW', {});
const suit = step(litigationWindow, 'P8_LITIGATION', { suitFiledOn: '2026-08-03' });
const districtLost = step(suit, 'P8_LITIGATION', { judgmentServedOn: '2027-03-15' }, 'JUDGMENT_LOST');
const districtWon = step(suit, 'P8_LITIGATION', { judgmentServedOn: '2027-03-15' }, 'JUDGMENT_WON');
const highPending = step(districtLost, 'P8_LITIGATION', { appealFiledOn: '2027-03-25' }, 'APPEAL_FILED');
const highLost = step(highPending, 'P8_LITIGATION', { judgmentServedOn: '2027-09-10' }, 'JUDGMENT_LOST');
const supremePending = step(highLost, 'P8_LITIGATION', { appealFiledOn: '2027-09-20' }, 'APPEAL_FILED');
const finalNegative = step(litigationWindow, 'P9_FINAL_NEGATIVE', { windowEndedOn: '2026-12-15' });
const withdrawn = step(filed, 'P_WITHDRAWN', { withdrawnOn: '2025-02-01' });
const recognised = step(examination, 'P3_RECOGNISED_REFUGEE', DECISION);
// CP granted at first instance, refugee refusal challenged and the review upheld.
const cpThenUpheld = step(step(cpReviewWindow, 'P5_APPEAL_PENDING', { requestFiledOn: '2025-09-10' }), 'P6_APPEAL_DECIDED', REVIEW_DECISION, 'UPHELD');

// ---- a CP-only application ----
const cpKindFiled = step(newProtectionApplication({ applicationNo: 1, kind: 'CP_ONLY' }), 'P1_FILED', { filedOn: '2025-01-10' });
const cpKindExamination = step(cpKindFiled, 'P2_EXAMINATION', { interviewNoticeReceivedOn: '2025-03-03' });
const cpKindRecognised = step(cpKindExamination, 'P3_CP_ONLY', DECISION);
const cpKindUpheld = step(
  step(step(step(cpKindExamination, 'P3_REFUSED', DECISION), 'P4_APPEAL_WINDOW', {}), 'P5_APPEAL_PENDING', { requestFiledOn: '2025-09-10' }),
  'P6_APPEAL_DECIDED',
  REVIEW_DECISION,
  'UPHELD',
);

interface AllowedRow {
  readonly name: string;
  readonly from: ProtectionApplicationState;
  readonly to: ProtectionStage;
  readonly outcome?: ProtectionOutcome;
  readonly dates: ProtectionDates;
  readonly eventOn: string;
  readonly expected?: Partial<ProtectionApplicationState>;
}

const FIRST_INSTANCE_CLOCK: LitigationClock = { basis: 'FIRST_INSTANCE_DECISION', knownOn: '2025-09-05', decidedOn: '2025-09-01', unverified: false };

/** Every transition of track P: each rule of the table must appear here at least once (checked below). */
const ALLOWED: readonly AllowedRow[] = [
  { name: 'intake → filed', from: intake, to: 'P1_FILED', dates: { filedOn: '2025-01-10' }, eventOn: '2025-01-10', expected: { filedOn: '2025-01-10' } },

  { name: 'filed → examination', from: filed, to: 'P2_EXAMINATION', dates: { interviewNoticeReceivedOn: '2025-03-03' }, eventOn: '2025-03-03' },
  { name: 'filed → recognised (decided on the papers)', from: filed, to: 'P3_RECOGNISED_REFUGEE', dates: DECISION, eventOn: '2025-09-05', expected: { decision: DECISION, cpGranted: false } },
  { name: 'filed → CP only (refugee claim)', from: filed, to: 'P3_CP_ONLY', dates: DECISION, eventOn: '2025-09-05', expected: { cpGranted: true } },
  { name: 'filed → CP recognised (CP-only claim)', from: cpKindFiled, to: 'P3_CP_ONLY', dates: DECISION, eventOn: '2025-09-05', expected: { cpGranted: true } },
  { name: 'filed → refused', from: filed, to: 'P3_REFUSED', dates: DECISION, eventOn: '2025-09-05', expected: { decision: DECISION } },
  { name: 'filed → withdrawn', from: filed, to: 'P_WITHDRAWN', dates: { withdrawnOn: '2025-02-01' }, eventOn: '2025-02-01' },

  { name: 'examination → recognised', from: examination, to: 'P3_RECOGNISED_REFUGEE', dates: DECISION, eventOn: '2025-09-05' },
  { name: 'examination → CP only (refugee claim)', from: examination, to: 'P3_CP_ONLY', dates: DECISION, eventOn: '2025-09-05', expected: { cpGranted: true } },
  { name: 'examination → CP recognised (CP-only claim)', from: cpKindExamination, to: 'P3_CP_ONLY', dates: DECISION, eventOn: '2025-09-05', expected: { cpGranted: true } },
  { name: 'examination → refused', from: examination, to: 'P3_REFUSED', dates: DECISION, eventOn: '2025-09-05' },
  { name: 'examination → withdrawn', from: examination, to: 'P_WITHDRAWN', dates: { withdrawnOn: '2025-04-01' }, eventOn: '2025-04-01' },

  { name: 'CP only → review window (inherits the receipt date)', from: cpGranted, to: 'P4_APPEAL_WINDOW', dates: {}, eventOn: '2025-09-05', expected: { litigationClock: FIRST_INSTANCE_CLOCK } },
  { name: 'refused → review window (inherits the receipt date)', from: refused, to: 'P4_APPEAL_WINDOW', dates: {}, eventOn: '2025-09-05', expected: { litigationClock: FIRST_INSTANCE_CLOCK } },

  {
    name: 'review window → review requested',
    from: reviewWindow,
    to: 'P5_APPEAL_PENDING',
    dates: { requestFiledOn: '2025-09-10' },
    eventOn: '2025-09-10',
    expected: { review: { requestFiledOn: '2025-09-10', substate: 'STATEMENT_DUE', outcome: null, decidedOn: null, knownOn: null }, litigationClock: null },
  },
  { name: 'review window → straight to the court route', from: reviewWindow, to: 'P7_LITIGATION_WINDOW', dates: { reviewForgoneOn: '2025-09-08' }, eventOn: '2025-09-08', expected: { litigationClock: FIRST_INSTANCE_CLOCK } },
  { name: 'review window → lapsed', from: reviewWindow, to: 'P4X_WINDOW_LAPSED', dates: { windowEndedOn: '2025-09-12' }, eventOn: '2025-09-12' },

  { name: 'lapsed → late review request', from: lapsed, to: 'P5_APPEAL_PENDING', dates: { requestFiledOn: '2025-09-20' }, eventOn: '2025-09-20', expected: { litigationClock: null } },
  { name: 'lapsed → court route (inherits)', from: lapsed, to: 'P7_LITIGATION_WINDOW', dates: {}, eventOn: '2025-09-12', expected: { litigationClock: FIRST_INSTANCE_CLOCK } },
  { name: 'lapsed → final (6 months from the notice)', from: lapsed, to: 'P9_FINAL_NEGATIVE', dates: { windowEndedOn: '2026-03-05' }, eventOn: '2026-03-05' },

  {
    name: 'statement due → hearing scheduled',
    from: reviewPending,
    to: 'P5_APPEAL_PENDING',
    outcome: 'HEARING_SCHEDULED',
    dates: { hearingNoticeReceivedOn: '2025-12-01' },
    eventOn: '2025-12-01',
    expected: { review: { requestFiledOn: '2025-09-10', substate: 'HEARING_SCHEDULED', outcome: null, decidedOn: null, knownOn: null } },
  },
  { name: 'hearing scheduled → held', from: hearingScheduled, to: 'P5_APPEAL_PENDING', outcome: 'HEARING_HELD', dates: { hearingHeldOn: '2026-01-20' }, eventOn: '2026-01-20' },
  { name: 'statement due → hearing omitted', from: reviewPending, to: 'P5_APPEAL_PENDING', outcome: 'HEARING_OMITTED', dates: { omissionKnownOn: '2026-02-02' }, eventOn: '2026-02-02' },
  { name: 'hearing scheduled → omitted (no-show)', from: hearingScheduled, to: 'P5_APPEAL_PENDING', outcome: 'HEARING_OMITTED', dates: { omissionKnownOn: '2026-02-02' }, eventOn: '2026-02-02' },
  { name: 'review → upheld', from: hearingHeld, to: 'P6_APPEAL_DECIDED', outcome: 'UPHELD', dates: REVIEW_DECISION, eventOn: '2026-06-15', expected: { litigationClock: null } },
  {
    name: 'review → dismissed (clock from the review decision)',
    from: reviewPending,
    to: 'P6_APPEAL_DECIDED',
    outcome: 'DISMISSED',
    dates: REVIEW_DECISION,
    eventOn: '2026-06-15',
    expected: { litigationClock: { basis: 'REVIEW_DECISION', knownOn: '2026-06-15', decidedOn: '2026-06-10', unverified: false } },
  },
  {
    name: 'review → rejected (conservative clock, marked unverified)',
    from: reviewPending,
    to: 'P6_APPEAL_DECIDED',
    outcome: 'REJECTED_INADMISSIBLE',
    dates: REVIEW_DECISION,
    eventOn: '2026-06-15',
    expected: { litigationClock: { ...FIRST_INSTANCE_CLOCK, unverified: true } },
  },
  { name: 'review → withdrawn', from: reviewPending, to: 'P_WITHDRAWN', dates: { withdrawnOn: '2025-10-01' }, eventOn: '2025-10-01' },

  { name: 'upheld → recognised', from: upheld, to: 'P3_RECOGNISED_REFUGEE', dates: { noticeReceivedOn: '2026-07-01', decidedOn: '2026-06-25' }, eventOn: '2026-07-01' },
  { name: 'upheld → CP only', from: upheld, to: 'P3_CP_ONLY', dates: { noticeReceivedOn: '2026-07-01', decidedOn: '2026-06-25' }, eventOn: '2026-07-01', expected: { cpGranted: true } },
  { name: 'upheld → CP recognised (CP-only claim)', from: cpKindUpheld, to: 'P3_CP_ONLY', dates: { noticeReceivedOn: '2026-07-01', decidedOn: '2026-06-25' }, eventOn: '2026-07-01' },
  { name: 'dismissed → court route (inherits)', from: dismissed, to: 'P7_LITIGATION_WINDOW', dates: {}, eventOn: '2026-06-15' },
  { name: 'rejected → court route (inherits)', from: rejected, to: 'P7_LITIGATION_WINDOW', dates: {}, eventOn: '2026-06-15' },

  {
    name: 'court route → suit filed',
    from: litigationWindow,
    to: 'P8_LITIGATION',
    dates: { suitFiledOn: '2026-08-03' },
    eventOn: '2026-08-03',
    expected: { litigation: { suitFiledOn: '2026-08-03', court: 'DISTRICT', phase: 'PENDING', judgmentServedOn: null } },
  },
  { name: 'court route → final (6 months from knowledge)', from: litigationWindow, to: 'P9_FINAL_NEGATIVE', dates: { windowEndedOn: '2026-12-15' }, eventOn: '2026-12-15' },

  {
    name: 'district court → judgment lost',
    from: suit,
    to: 'P8_LITIGATION',
    outcome: 'JUDGMENT_LOST',
    dates: { judgmentServedOn: '2027-03-15' },
    eventOn: '2027-03-15',
    expected: { litigation: { suitFiledOn: '2026-08-03', court: 'DISTRICT', phase: 'LOST_APPEALABLE', judgmentServedOn: '2027-03-15' } },
  },
  { name: 'district court → judgment won', from: suit, to: 'P8_LITIGATION', outcome: 'JUDGMENT_WON', dates: { judgmentServedOn: '2027-03-15' }, eventOn: '2027-03-15' },
  {
    name: 'lost → client appeals to the High Court',
    from: districtLost,
    to: 'P8_LITIGATION',
    outcome: 'APPEAL_FILED',
    dates: { appealFiledOn: '2027-03-25' },
    eventOn: '2027-03-25',
    expected: { litigation: { suitFiledOn: '2026-08-03', court: 'HIGH', phase: 'PENDING', judgmentServedOn: null } },
  },
  { name: 'won → the State appeals', from: districtWon, to: 'P8_LITIGATION', outcome: 'APPEAL_FILED', dates: { appealFiledOn: '2027-03-28' }, eventOn: '2027-03-28' },
  {
    name: 'High Court lost → appeal to the Supreme Court',
    from: highLost,
    to: 'P8_LITIGATION',
    outcome: 'APPEAL_FILED',
    dates: { appealFiledOn: '2027-09-20' },
    eventOn: '2027-09-20',
    expected: { litigation: { suitFiledOn: '2026-08-03', court: 'SUPREME', phase: 'PENDING', judgmentServedOn: null } },
  },
  { name: 'won and final → ISA re-examines', from: districtWon, to: 'P2_EXAMINATION', dates: { judgmentFinalOn: '2027-03-30' }, eventOn: '2027-03-30' },
  { name: 'Supreme Court rules for the client → ISA re-examines', from: supremePending, to: 'P2_EXAMINATION', dates: { judgmentFinalOn: '2027-12-01' }, eventOn: '2027-12-01' },
  { name: 'suit withdrawn → final', from: suit, to: 'P9_FINAL_NEGATIVE', dates: { finalOn: '2026-10-01' }, eventOn: '2026-10-01' },
  { name: 'lost and not appealed → final', from: districtLost, to: 'P9_FINAL_NEGATIVE', dates: { finalOn: '2027-03-30' }, eventOn: '2027-03-30' },
  { name: 'Supreme Court dismisses → final', from: supremePending, to: 'P9_FINAL_NEGATIVE', dates: { finalOn: '2027-12-01' }, eventOn: '2027-12-01' },
];

describe('applyProtectionTransition: every allowed transition of track P', () => {
  it.each(ALLOWED)('$name', ({ from, to, outcome, dates, eventOn, expected }) => {
    const result = ok(applyProtectionTransition(from, { to, outcome: outcome ?? null, dates, note: '  interpreter present  ', recordedBy: USER }, TODAY));
    expect(result.state.stage).toBe(to);
    expect(result.state.lastEventOn).toBe(eventOn);
    expect(result.state.applicationNo).toBe(from.applicationNo);
    if (expected !== undefined) expect(result.state).toMatchObject(expected);
    expect(result.entry).toEqual({
      applicationNo: 1,
      from: from.stage,
      to,
      outcome: outcome ?? null,
      eventOn,
      dates,
      note: 'interpreter present',
      recordedBy: USER,
    });
  });

  it.each(ALLOWED)('$name is offered by allowedProtectionTransitions with its date fields', ({ from, to, outcome, dates }) => {
    const offered = allowedProtectionTransitions(from.stage, from).find((option) => option.to === to && option.outcome === (outcome ?? null));
    expect(offered).toBeDefined();
    expect([...(offered?.requiredDates ?? [])].sort()).toEqual(Object.keys(dates).sort());
    expect(offered?.label.ja).not.toBe('');
    expect(offered?.label.en).not.toBe('');
  });

  it('covers every rule of the transition table', () => {
    const covered = new Set<ProtectionRule>();
    for (const row of ALLOWED) {
      const rule = findRule(ProtectionTransitionRules, row.from.stage, row.to, row.outcome ?? null, row.from);
      if (rule !== undefined) covered.add(rule);
    }
    const missing = ProtectionTransitionRules.filter((rule) => !covered.has(rule)).map((rule) => `${rule.from} → ${rule.to} ${rule.outcome ?? ''}`);
    expect(missing).toEqual([]);
  });

  it('keeps the first-instance decision and the review while the suit goes on', () => {
    expect(supremePending.decision).toEqual(DECISION);
    expect(supremePending.review?.outcome).toBe('DISMISSED');
    expect(supremePending.litigationClock?.basis).toBe('REVIEW_DECISION');
  });

  it('records a re-decision after a won suit as a new first-instance decision', () => {
    const reExamination = step(districtWon, 'P2_EXAMINATION', { judgmentFinalOn: '2027-03-30' });
    const reRecognised = ok(
      applyProtectionTransition(reExamination, { to: 'P3_RECOGNISED_REFUGEE', dates: { noticeReceivedOn: '2027-06-01', decidedOn: '2027-05-20' }, recordedBy: USER }, TODAY),
    );
    expect(reRecognised.state.decision).toEqual({ noticeReceivedOn: '2027-06-01', decidedOn: '2027-05-20' });
  });
});

type Option = readonly [ProtectionStage, ProtectionOutcome | null];
const DECISIONS_REFUGEE_CLAIM: readonly Option[] = [
  ['P3_RECOGNISED_REFUGEE', null],
  ['P3_CP_ONLY', null],
  ['P3_REFUSED', null],
];

const NOT_ALLOWED: readonly {
  readonly name: string;
  readonly from: ProtectionApplicationState;
  readonly to: ProtectionStage;
  readonly outcome?: ProtectionOutcome;
  readonly allowed: readonly Option[];
}[] = [
  { name: 'intake straight to a refusal', from: intake, to: 'P3_REFUSED', allowed: [['P1_FILED', null]] },
  { name: 'withdrawing an intake that was never filed', from: intake, to: 'P_WITHDRAWN', allowed: [['P1_FILED', null]] },
  { name: 'filed → review pending', from: filed, to: 'P5_APPEAL_PENDING', allowed: [['P2_EXAMINATION', null], ...DECISIONS_REFUGEE_CLAIM, ['P_WITHDRAWN', null]] },
  { name: 'filed → filed again', from: filed, to: 'P1_FILED', allowed: [['P2_EXAMINATION', null], ...DECISIONS_REFUGEE_CLAIM, ['P_WITHDRAWN', null]] },
  {
    name: 'refugee recognition on a CP-only claim',
    from: cpKindFiled,
    to: 'P3_RECOGNISED_REFUGEE',
    allowed: [['P2_EXAMINATION', null], ['P3_CP_ONLY', null], ['P3_REFUSED', null], ['P_WITHDRAWN', null]],
  },
  { name: 'examination back to filed', from: examination, to: 'P1_FILED', allowed: [...DECISIONS_REFUGEE_CLAIM, ['P_WITHDRAWN', null]] },
  { name: 'refused → review requested without opening the window', from: refused, to: 'P5_APPEAL_PENDING', allowed: [['P4_APPEAL_WINDOW', null]] },
  { name: 'refused → withdrawn', from: refused, to: 'P_WITHDRAWN', allowed: [['P4_APPEAL_WINDOW', null]] },
  { name: 'CP granted on a CP-only claim is final', from: cpKindRecognised, to: 'P4_APPEAL_WINDOW', allowed: [] },
  { name: 'recognised is final', from: recognised, to: 'P4_APPEAL_WINDOW', allowed: [] },
  { name: 'review window → final negative', from: reviewWindow, to: 'P9_FINAL_NEGATIVE', allowed: [['P5_APPEAL_PENDING', null], ['P7_LITIGATION_WINDOW', null], ['P4X_WINDOW_LAPSED', null]] },
  { name: 'review window → review decided', from: reviewWindow, to: 'P6_APPEAL_DECIDED', outcome: 'DISMISSED', allowed: [['P5_APPEAL_PENDING', null], ['P7_LITIGATION_WINDOW', null], ['P4X_WINDOW_LAPSED', null]] },
  { name: 'lapsed → suit without the court route', from: lapsed, to: 'P8_LITIGATION', allowed: [['P5_APPEAL_PENDING', null], ['P7_LITIGATION_WINDOW', null], ['P9_FINAL_NEGATIVE', null]] },
  {
    name: 'hearing held before it was scheduled',
    from: reviewPending,
    to: 'P5_APPEAL_PENDING',
    outcome: 'HEARING_HELD',
    allowed: [
      ['P5_APPEAL_PENDING', 'HEARING_SCHEDULED'],
      ['P5_APPEAL_PENDING', 'HEARING_OMITTED'],
      ['P6_APPEAL_DECIDED', 'UPHELD'],
      ['P6_APPEAL_DECIDED', 'DISMISSED'],
      ['P6_APPEAL_DECIDED', 'REJECTED_INADMISSIBLE'],
      ['P_WITHDRAWN', null],
    ],
  },
  {
    name: 'hearing omitted after it was held',
    from: hearingHeld,
    to: 'P5_APPEAL_PENDING',
    outcome: 'HEARING_OMITTED',
    allowed: [
      ['P6_APPEAL_DECIDED', 'UPHELD'],
      ['P6_APPEAL_DECIDED', 'DISMISSED'],
      ['P6_APPEAL_DECIDED', 'REJECTED_INADMISSIBLE'],
      ['P_WITHDRAWN', null],
    ],
  },
  {
    name: 'review decided without saying how',
    from: hearingHeld,
    to: 'P6_APPEAL_DECIDED',
    allowed: [
      ['P6_APPEAL_DECIDED', 'UPHELD'],
      ['P6_APPEAL_DECIDED', 'DISMISSED'],
      ['P6_APPEAL_DECIDED', 'REJECTED_INADMISSIBLE'],
      ['P_WITHDRAWN', null],
    ],
  },
  { name: 'upheld review → court route', from: upheld, to: 'P7_LITIGATION_WINDOW', allowed: [['P3_RECOGNISED_REFUGEE', null], ['P3_CP_ONLY', null]] },
  { name: 'upheld review → refused', from: upheld, to: 'P3_REFUSED', allowed: [['P3_RECOGNISED_REFUGEE', null], ['P3_CP_ONLY', null]] },
  { name: 'CP already granted: an upheld review cannot grant CP again', from: cpThenUpheld, to: 'P3_CP_ONLY', allowed: [['P3_RECOGNISED_REFUGEE', null]] },
  { name: 'upheld CP-only claim cannot yield refugee status', from: cpKindUpheld, to: 'P3_RECOGNISED_REFUGEE', allowed: [['P3_CP_ONLY', null]] },
  { name: 'dismissed review → recognised', from: dismissed, to: 'P3_RECOGNISED_REFUGEE', allowed: [['P7_LITIGATION_WINDOW', null]] },
  { name: 'court route → re-examination without a judgment', from: litigationWindow, to: 'P2_EXAMINATION', allowed: [['P8_LITIGATION', null], ['P9_FINAL_NEGATIVE', null]] },
  {
    name: 'pending district suit → re-examination before any judgment',
    from: suit,
    to: 'P2_EXAMINATION',
    allowed: [
      ['P8_LITIGATION', 'JUDGMENT_LOST'],
      ['P8_LITIGATION', 'JUDGMENT_WON'],
      ['P9_FINAL_NEGATIVE', null],
    ],
  },
  { name: 'pending suit → appeal before any judgment', from: suit, to: 'P8_LITIGATION', outcome: 'APPEAL_FILED', allowed: [['P8_LITIGATION', 'JUDGMENT_LOST'], ['P8_LITIGATION', 'JUDGMENT_WON'], ['P9_FINAL_NEGATIVE', null]] },
  { name: 'lost judgment → re-examination', from: districtLost, to: 'P2_EXAMINATION', allowed: [['P8_LITIGATION', 'APPEAL_FILED'], ['P9_FINAL_NEGATIVE', null]] },
  { name: 'won judgment → final negative', from: districtWon, to: 'P9_FINAL_NEGATIVE', allowed: [['P8_LITIGATION', 'APPEAL_FILED'], ['P2_EXAMINATION', null]] },
  { name: 'Supreme Court judgment cannot be appealed', from: supremePending, to: 'P8_LITIGATION', outcome: 'JUDGMENT_LOST', allowed: [['P2_EXAMINATION', null], ['P9_FINAL_NEGATIVE', null]] },
  { name: 'final negative → filed (a new application is a new instance)', from: finalNegative, to: 'P1_FILED', allowed: [] },
  { name: 'withdrawn → filed', from: withdrawn, to: 'P1_FILED', allowed: [] },
];

describe('applyProtectionTransition: disallowed steps answer with the allowed ones', () => {
  it.each(NOT_ALLOWED)('$name', ({ from, to, outcome, allowed }) => {
    const result = applyProtectionTransition(from, { to, outcome: outcome ?? null, dates: {}, recordedBy: USER }, TODAY);
    if (result.status !== 'not-allowed') throw new Error(`expected not-allowed, got ${result.status}`);
    expect(result.from).toBe(from.stage);
    expect(result.requested).toEqual({ to, outcome: outcome ?? null });
    expect(result.allowed.map((option) => [option.to, option.outcome])).toEqual(allowed);
    expect(result.allowed).toEqual(allowedProtectionTransitions(from.stage, from));
  });

  it('offers CP-only labels to a CP-only applicant and refugee labels to a refugee applicant', () => {
    const cpLabel = allowedProtectionTransitions('P2_EXAMINATION', cpKindExamination).find((o) => o.to === 'P3_CP_ONLY')?.label.en;
    const refugeeLabel = allowedProtectionTransitions('P2_EXAMINATION', examination).find((o) => o.to === 'P3_CP_ONLY')?.label.en;
    expect(cpLabel).toBe('Recognised as a complementary protection beneficiary');
    expect(refugeeLabel).toBe('Refugee status refused, complementary protection granted');
  });
});

describe('applyProtectionTransition: event dates', () => {
  const refuse = (dates: ProtectionDates, today = TODAY) => applyProtectionTransition(examination, { to: 'P3_REFUSED', dates, recordedBy: USER }, today);

  it.each([
    { dates: {}, problems: [['noticeReceivedOn', 'MISSING'], ['decidedOn', 'MISSING']] },
    { dates: { decidedOn: '2025-09-01' }, problems: [['noticeReceivedOn', 'MISSING']] },
    { dates: { noticeReceivedOn: '2025-09-05' }, problems: [['decidedOn', 'MISSING']] },
    { dates: { noticeReceivedOn: '', decidedOn: '2025-09-01' }, problems: [['noticeReceivedOn', 'MISSING']] },
    { dates: { noticeReceivedOn: '2025-02-30', decidedOn: '2025-02-01' }, problems: [['noticeReceivedOn', 'MALFORMED']] },
    { dates: { noticeReceivedOn: '2025/09/05', decidedOn: '2025-09-01' }, problems: [['noticeReceivedOn', 'MALFORMED']] },
    { dates: { noticeReceivedOn: '2028-01-01', decidedOn: '2025-09-01' }, problems: [['noticeReceivedOn', 'IN_FUTURE']] },
    { dates: { noticeReceivedOn: '2025-03-02', decidedOn: '2025-03-01' }, problems: [['noticeReceivedOn', 'BEFORE_PREVIOUS_EVENT']] },
    { dates: { noticeReceivedOn: '2025-09-05', decidedOn: '2025-09-06' }, problems: [['decidedOn', 'INCONSISTENT']] },
    { dates: { noticeReceivedOn: '2025-09-05', decidedOn: '2025-01-09' }, problems: [['decidedOn', 'INCONSISTENT']] },
    { dates: { ...DECISION, filedOn: '2025-01-10' }, problems: [['filedOn', 'UNEXPECTED']] },
  ])('refusal with $dates → $problems', ({ dates, problems }) => {
    expect(problemsOf(refuse(dates))).toEqual(problems);
  });

  it('accepts an event on the same day as the previous one and on today', () => {
    expect(ok(refuse({ noticeReceivedOn: '2025-03-03', decidedOn: '2025-03-03' }, '2025-03-03')).state.lastEventOn).toBe('2025-03-03');
  });

  it('names the missing review-decision fields', () => {
    const result = applyProtectionTransition(reviewPending, { to: 'P6_APPEAL_DECIDED', outcome: 'DISMISSED', dates: { decidedOn: '2026-06-10' }, recordedBy: USER }, TODAY);
    expect(problemsOf(result)).toEqual([['knownOn', 'MISSING']]);
  });

  it('refuses a review decision dated before the request', () => {
    const result = applyProtectionTransition(
      reviewPending,
      { to: 'P6_APPEAL_DECIDED', outcome: 'DISMISSED', dates: { knownOn: '2025-09-12', decidedOn: '2025-09-09' }, recordedBy: USER },
      TODAY,
    );
    expect(problemsOf(result)).toEqual([['decidedOn', 'INCONSISTENT']]);
  });

  it.each([
    { to: 'P1_FILED' as const, from: intake, field: 'filedOn' },
    { to: 'P5_APPEAL_PENDING' as const, from: reviewWindow, field: 'requestFiledOn' },
    { to: 'P8_LITIGATION' as const, from: litigationWindow, field: 'suitFiledOn' },
    { to: 'P2_EXAMINATION' as const, from: districtWon, field: 'judgmentFinalOn' },
    { to: 'P9_FINAL_NEGATIVE' as const, from: districtLost, field: 'finalOn' },
  ])('names $field as missing for → $to', ({ to, from, field }) => {
    expect(problemsOf(applyProtectionTransition(from, { to, dates: {}, recordedBy: USER }, TODAY))).toEqual([[field, 'MISSING']]);
  });

  it('names judgmentServedOn for a judgment', () => {
    const result = applyProtectionTransition(suit, { to: 'P8_LITIGATION', outcome: 'JUDGMENT_LOST', dates: {}, recordedBy: USER }, TODAY);
    expect(problemsOf(result)).toEqual([['judgmentServedOn', 'MISSING']]);
  });

  it('refuses a date on a step that inherits the last event date', () => {
    const result = applyProtectionTransition(refused, { to: 'P4_APPEAL_WINDOW', dates: { noticeReceivedOn: '2025-09-05' }, recordedBy: USER }, TODAY);
    expect(problemsOf(result)).toEqual([['noticeReceivedOn', 'UNEXPECTED']]);
  });

  it('treats a blank field the step does not take as absent, as a form sends it', () => {
    const result = applyProtectionTransition(intake, { to: 'P1_FILED', dates: { filedOn: '2025-01-10', decidedOn: '' }, recordedBy: USER }, TODAY);
    expect(ok(result).entry.dates).toEqual({ filedOn: '2025-01-10' });
  });

  it('requires who records the step', () => {
    const result = applyProtectionTransition(intake, { to: 'P1_FILED', dates: { filedOn: '2025-01-10' }, recordedBy: '  ' }, TODAY);
    expect(problemsOf(result)).toEqual([['recordedBy', 'MISSING']]);
  });

  it('reports every problem at once', () => {
    const result = applyProtectionTransition(examination, { to: 'P3_REFUSED', dates: { decidedOn: '2028-01-01' }, recordedBy: '' }, TODAY);
    expect(problemsOf(result)).toEqual([
      ['noticeReceivedOn', 'MISSING'],
      ['decidedOn', 'IN_FUTURE'],
      ['recordedBy', 'MISSING'],
    ]);
  });

  it('stores no note when the note is blank', () => {
    const result = ok(applyProtectionTransition(intake, { to: 'P1_FILED', dates: { filedOn: '2025-01-10' }, note: '   ', recordedBy: USER }, TODAY));
    expect(result.entry.note).toBeNull();
  });

  it.each(['2027-13-01', '', 'today'])('throws on a malformed today (%p): a programming error, not user input', (today) => {
    expect(() => applyProtectionTransition(intake, { to: 'P1_FILED', dates: { filedOn: '2025-01-10' }, recordedBy: USER }, today)).toThrow(RangeError);
  });

  it('never changes the state it was given', () => {
    const before = JSON.stringify(reviewPending);
    applyProtectionTransition(reviewPending, { to: 'P6_APPEAL_DECIDED', outcome: 'DISMISSED', dates: REVIEW_DECISION, recordedBy: USER }, TODAY);
    expect(JSON.stringify(reviewPending)).toBe(before);
  });
});

describe('applyProtectionTransition: time limits cannot be recorded as lapsed early', () => {
  const lapse = (from: ProtectionApplicationState, to: ProtectionStage, windowEndedOn: string, today: string) =>
    applyProtectionTransition(from, { to, dates: { windowEndedOn }, recordedBy: USER }, today);

  // Notice received Fri 2025-09-05: day 7 is Fri 2025-09-12 (Art. 61-2-12(2), initial day excluded).
  it.each([
    { windowEndedOn: '2025-09-11', today: '2025-09-20', problems: [['windowEndedOn', 'WINDOW_NOT_OVER']] },
    { windowEndedOn: '2025-09-12', today: '2025-09-12', problems: [['windowEndedOn', 'WINDOW_NOT_OVER']] },
    { windowEndedOn: '2025-09-12', today: '2025-09-13', problems: [] },
    // A holiday roll-over only moves the end later, so a later last day is accepted.
    { windowEndedOn: '2025-09-16', today: '2025-09-17', problems: [] },
  ])('review window ending $windowEndedOn, recorded on $today', ({ windowEndedOn, today, problems }) => {
    const result = lapse(reviewWindow, 'P4X_WINDOW_LAPSED', windowEndedOn, today);
    expect(result.status === 'ok' ? [] : problemsOf(result)).toEqual(problems);
  });

  // The guard knows no holidays: it refuses only what cannot be the last day under any calendar.
  // The reference's example (received 2025-12-26, rolled over to 2026-01-05) is accepted as is.
  it('accepts the year-end roll-over example of the reference (received 2025-12-26, last day 2026-01-05)', () => {
    const decided = step(examination, 'P3_REFUSED', { noticeReceivedOn: '2025-12-26', decidedOn: '2025-12-22' });
    const window = step(decided, 'P4_APPEAL_WINDOW', {});
    expect(problemsOf(lapse(window, 'P4X_WINDOW_LAPSED', '2026-01-01', '2026-01-06'))).toEqual([['windowEndedOn', 'WINDOW_NOT_OVER']]);
    expect(lapse(window, 'P4X_WINDOW_LAPSED', '2026-01-05', '2026-01-05').status).toBe('invalid');
    expect(lapse(window, 'P4X_WINDOW_LAPSED', '2026-01-05', '2026-01-06').status).toBe('ok');
  });

  // Review decision known 2026-06-15, decided 2026-06-10: 6 months from knowledge → 2026-12-15.
  it.each([
    { windowEndedOn: '2026-12-14', today: '2027-01-10', problems: [['windowEndedOn', 'WINDOW_NOT_OVER']] },
    { windowEndedOn: '2026-12-15', today: '2026-12-15', problems: [['windowEndedOn', 'WINDOW_NOT_OVER']] },
    { windowEndedOn: '2026-12-15', today: '2026-12-16', problems: [] },
  ])('suit limit ending $windowEndedOn, recorded on $today', ({ windowEndedOn, today, problems }) => {
    const result = lapse(litigationWindow, 'P9_FINAL_NEGATIVE', windowEndedOn, today);
    expect(result.status === 'ok' ? [] : problemsOf(result)).toEqual(problems);
  });

  it('uses the 1-year cap from the decision when knowledge came late (ACLA Art. 14(2))', () => {
    const lateKnowledge = step(reviewPending, 'P6_APPEAL_DECIDED', { knownOn: '2026-11-20', decidedOn: '2026-01-10' }, 'DISMISSED');
    const window = step(lateKnowledge, 'P7_LITIGATION_WINDOW', {});
    // 6 months from knowledge would be 2027-05-20; 1 year from the decision ends first, on 2027-01-10.
    expect(problemsOf(lapse(window, 'P9_FINAL_NEGATIVE', '2027-01-09', '2027-06-01'))).toEqual([['windowEndedOn', 'WINDOW_NOT_OVER']]);
    expect(lapse(window, 'P9_FINAL_NEGATIVE', '2027-01-10', '2027-06-01').status).toBe('ok');
  });

  it('clamps to the end of a shorter month (Civil Code Art. 143)', () => {
    const monthEnd = step(reviewPending, 'P6_APPEAL_DECIDED', { knownOn: '2026-08-31', decidedOn: '2026-08-28' }, 'DISMISSED');
    const window = step(monthEnd, 'P7_LITIGATION_WINDOW', {});
    expect(problemsOf(lapse(window, 'P9_FINAL_NEGATIVE', '2027-02-27', '2027-03-10'))).toEqual([['windowEndedOn', 'WINDOW_NOT_OVER']]);
    expect(lapse(window, 'P9_FINAL_NEGATIVE', '2027-02-28', '2027-03-10').status).toBe('ok');
  });

  it('runs the limit from the original refusal when no review was requested', () => {
    // Notice received 2025-09-05 → 2026-03-05.
    expect(problemsOf(lapse(lapsed, 'P9_FINAL_NEGATIVE', '2026-03-04', TODAY))).toEqual([['windowEndedOn', 'WINDOW_NOT_OVER']]);
    expect(lapse(lapsed, 'P9_FINAL_NEGATIVE', '2026-03-05', TODAY).status).toBe('ok');
  });
});
