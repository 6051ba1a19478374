import { describe, expect, it } from '@jest/globals';
import { canOpenNextApplication, type EarlierApplication, type NextApplicationAnswer } from './open-next-application.js';
import type { ProtectionKind, ProtectionStage, ReviewOutcome } from './track-p.js';

function app(applicationNo: number, stage: ProtectionStage, kind: ProtectionKind = 'REFUGEE_AND_CP', reviewOutcome?: ReviewOutcome): EarlierApplication {
  return {
    applicationNo,
    kind,
    stage,
    review:
      reviewOutcome === undefined
        ? null
        : { requestFiledOn: '2025-09-10', substate: 'HEARING_OMITTED', outcome: reviewOutcome, decidedOn: '2026-06-10', knownOn: '2026-06-15' },
  };
}

const ROWS: readonly { name: string; earlier: readonly EarlierApplication[]; answer: NextApplicationAnswer }[] = [
  { name: 'first application', earlier: [], answer: { allowed: true, applicationNo: 1, stillInCourtRoute: [] } },
  { name: 'after a final refusal', earlier: [app(1, 'P9_FINAL_NEGATIVE')], answer: { allowed: true, applicationNo: 2, stillInCourtRoute: [] } },
  {
    name: 'after a final refusal and a withdrawal',
    earlier: [app(2, 'P_WITHDRAWN'), app(1, 'P9_FINAL_NEGATIVE')],
    answer: { allowed: true, applicationNo: 3, stillInCourtRoute: [] },
  },
  { name: 'CP granted on a CP-only claim', earlier: [app(1, 'P3_CP_ONLY', 'CP_ONLY')], answer: { allowed: true, applicationNo: 2, stillInCourtRoute: [] } },
  { name: 'review window lapsed, suit still possible', earlier: [app(1, 'P4X_WINDOW_LAPSED')], answer: { allowed: true, applicationNo: 2, stillInCourtRoute: [1] } },
  { name: 'review dismissed', earlier: [app(1, 'P6_APPEAL_DECIDED', 'REFUGEE_AND_CP', 'DISMISSED')], answer: { allowed: true, applicationNo: 2, stillInCourtRoute: [1] } },
  {
    name: 'review rejected',
    earlier: [app(1, 'P6_APPEAL_DECIDED', 'REFUGEE_AND_CP', 'REJECTED_INADMISSIBLE')],
    answer: { allowed: true, applicationNo: 2, stillInCourtRoute: [1] },
  },
  {
    name: 'while earlier applications are in court',
    earlier: [app(1, 'P8_LITIGATION'), app(2, 'P7_LITIGATION_WINDOW')],
    answer: { allowed: true, applicationNo: 3, stillInCourtRoute: [1, 2] },
  },

  { name: 'an intake not yet filed', earlier: [app(1, 'P0_INTAKE')], answer: { allowed: false, reason: 'EARLIER_APPLICATION_OPEN', blocking: [1] } },
  { name: 'first application pending', earlier: [app(1, 'P1_FILED')], answer: { allowed: false, reason: 'EARLIER_APPLICATION_OPEN', blocking: [1] } },
  { name: 'under examination', earlier: [app(1, 'P2_EXAMINATION')], answer: { allowed: false, reason: 'EARLIER_APPLICATION_OPEN', blocking: [1] } },
  { name: 'refusal received', earlier: [app(1, 'P3_REFUSED')], answer: { allowed: false, reason: 'EARLIER_APPLICATION_OPEN', blocking: [1] } },
  { name: 'CP only on a refugee claim: window still to come', earlier: [app(1, 'P3_CP_ONLY')], answer: { allowed: false, reason: 'EARLIER_APPLICATION_OPEN', blocking: [1] } },
  { name: 'review window open', earlier: [app(1, 'P4_APPEAL_WINDOW')], answer: { allowed: false, reason: 'EARLIER_APPLICATION_OPEN', blocking: [1] } },
  {
    name: 'second application under review',
    earlier: [app(1, 'P9_FINAL_NEGATIVE'), app(2, 'P5_APPEAL_PENDING')],
    answer: { allowed: false, reason: 'EARLIER_APPLICATION_OPEN', blocking: [2] },
  },
  {
    name: 'review upheld, recognition awaited',
    earlier: [app(1, 'P6_APPEAL_DECIDED', 'REFUGEE_AND_CP', 'UPHELD')],
    answer: { allowed: false, reason: 'EARLIER_APPLICATION_OPEN', blocking: [1] },
  },
  {
    name: 'already recognised',
    earlier: [app(1, 'P9_FINAL_NEGATIVE'), app(2, 'P3_RECOGNISED_REFUGEE')],
    answer: { allowed: false, reason: 'ALREADY_RECOGNISED', blocking: [2] },
  },
  { name: 'a gap in the numbering', earlier: [app(1, 'P9_FINAL_NEGATIVE'), app(3, 'P9_FINAL_NEGATIVE')], answer: { allowed: false, reason: 'NUMBERING_INCONSISTENT', blocking: [1, 3] } },
  { name: 'a number used twice', earlier: [app(1, 'P9_FINAL_NEGATIVE'), app(1, 'P_WITHDRAWN')], answer: { allowed: false, reason: 'NUMBERING_INCONSISTENT', blocking: [1, 1] } },
  { name: 'not starting at 1', earlier: [app(2, 'P9_FINAL_NEGATIVE')], answer: { allowed: false, reason: 'NUMBERING_INCONSISTENT', blocking: [2] } },
];

describe('canOpenNextApplication', () => {
  it.each(ROWS)('$name', ({ earlier, answer }) => {
    expect(canOpenNextApplication(earlier)).toEqual(answer);
  });
});
