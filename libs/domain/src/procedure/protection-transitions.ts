import { addDays, addMonthsClamped, earlierOf, localDate } from '../calendar/local-date.js';
import type {
  Court,
  LitigationClock,
  LitigationPhase,
  ProtectionApplicationState,
  ProtectionDateField,
  ProtectionOutcome,
  ProtectionStage,
  ProtectionTransitionContext,
  ReviewOutcome,
  ReviewSubstate,
} from './track-p.js';
import {
  optionsFrom,
  validated,
  type Label,
  type TransitionOption,
  type TransitionProblem,
  type TransitionRuleBase,
} from './transition-result.js';

type Dates = Readonly<Partial<Record<ProtectionDateField, string>>>;
type Changes = Partial<Omit<ProtectionApplicationState, 'applicationNo' | 'kind' | 'stage' | 'lastEventOn'>>;

export interface ProtectionRule extends TransitionRuleBase<ProtectionStage, ProtectionOutcome, ProtectionDateField, ProtectionTransitionContext> {
  /** Checks against the recorded case, run once the request's own dates are valid. */
  readonly check?: (state: ProtectionApplicationState, dates: Dates, today: string) => TransitionProblem[];
  /** What the step records on the application besides the stage and the last event date. */
  readonly effect?: (state: ProtectionApplicationState, dates: Dates) => Changes;
}

export type ProtectionTransitionOption = TransitionOption<ProtectionStage, ProtectionOutcome, ProtectionDateField>;

// ---- guards -------------------------------------------------------------------------------

const refugeeClaim = (c: ProtectionTransitionContext): boolean => c.kind === 'REFUGEE_AND_CP';
const cpOnlyClaim = (c: ProtectionTransitionContext): boolean => c.kind === 'CP_ONLY';
const reviewIn =
  (...substates: ReviewSubstate[]) =>
  (c: ProtectionTransitionContext): boolean =>
    c.review !== null && substates.includes(c.review.substate);
const reviewEnded =
  (...outcomes: ReviewOutcome[]) =>
  (c: ProtectionTransitionContext): boolean =>
    c.review?.outcome != null && outcomes.includes(c.review.outcome);
const suitAt =
  (phases: LitigationPhase[], courts: Court[]) =>
  (c: ProtectionTransitionContext): boolean =>
    c.litigation !== null && phases.includes(c.litigation.phase) && courts.includes(c.litigation.court);
const both =
  (...guards: ((c: ProtectionTransitionContext) => boolean)[]) =>
  (c: ProtectionTransitionContext): boolean =>
    guards.every((guard) => guard(c));

// ---- checks against the record ------------------------------------------------------------

/** A decision cannot predate the application it decides. */
function decidedAfterFiling(state: ProtectionApplicationState, dates: Dates): TransitionProblem[] {
  const decidedOn = validated(dates, 'decidedOn');
  return state.filedOn !== null && decidedOn < state.filedOn
    ? [{ field: 'decidedOn', code: 'INCONSISTENT', message: `decidedOn (${decidedOn}) is before the application was filed (${state.filedOn})` }]
    : [];
}

/** A review decision cannot predate the request it decides. */
function decidedAfterRequest(state: ProtectionApplicationState, dates: Dates): TransitionProblem[] {
  const decidedOn = validated(dates, 'decidedOn');
  const requestFiledOn = state.review?.requestFiledOn;
  return requestFiledOn !== undefined && decidedOn < requestFiledOn
    ? [{ field: 'decidedOn', code: 'INCONSISTENT', message: `decidedOn (${decidedOn}) is before the review was requested (${requestFiledOn})` }]
    : [];
}

/** A time limit lapses at the end of its last day (Civil Code Art. 141): record it from the next day. */
function lapsedBeforeToday(windowEndedOn: string, today: string): TransitionProblem[] {
  return windowEndedOn >= today
    ? [{ field: 'windowEndedOn', code: 'WINDOW_NOT_OVER', message: `the time limit ending ${windowEndedOn} has not lapsed on ${today}` }]
    : [];
}

/**
 * Art. 61-2-12(2): 7 days from the day the notice was received, initial day not counted (Civil
 * Code Art. 140), so the last day is never earlier than receipt + 7; holiday roll-over (Act on
 * Holidays of Administrative Organs Art. 2) can only make it later. Marking the window lapsed
 * earlier would silence the reminders for a deadline that is still open.
 */
function reviewWindowOver(state: ProtectionApplicationState, dates: Dates, today: string): TransitionProblem[] {
  const windowEndedOn = validated(dates, 'windowEndedOn');
  const receivedOn = state.decision?.noticeReceivedOn;
  if (receivedOn !== undefined) {
    const earliestEnd = addDays(localDate(receivedOn), 7);
    if (windowEndedOn < earliestEnd) {
      return [
        {
          field: 'windowEndedOn',
          code: 'WINDOW_NOT_OVER',
          message: `the review window cannot end before ${earliestEnd} (7 days after the notice received ${receivedOn})`,
        },
      ];
    }
  }
  return lapsedBeforeToday(windowEndedOn, today);
}

/**
 * The earliest day a revocation suit can become time-barred: 6 months from knowledge or 1 year
 * from the decision, whichever ends first (Administrative Case Litigation Act Art. 14(1)–(2)),
 * counted by calendar months with the initial day excluded (Civil Code Arts. 140, 143). Court
 * holiday roll-over (Code of Civil Procedure Art. 95(3)) only moves the end later.
 */
export function earliestSuitLimitEnd(clock: LitigationClock): string {
  return earlierOf(addMonthsClamped(localDate(clock.knownOn), 6), addMonthsClamped(localDate(clock.decidedOn), 12));
}

function litigationWindowOver(state: ProtectionApplicationState, dates: Dates, today: string): TransitionProblem[] {
  const windowEndedOn = validated(dates, 'windowEndedOn');
  if (state.litigationClock !== null) {
    const earliest = earliestSuitLimitEnd(state.litigationClock);
    if (windowEndedOn < earliest) {
      return [
        {
          field: 'windowEndedOn',
          code: 'WINDOW_NOT_OVER',
          message: `the time limit for a suit cannot end before ${earliest} (ACLA Art. 14: 6 months from knowledge, 1 year from the decision)`,
        },
      ];
    }
  }
  return lapsedBeforeToday(windowEndedOn, today);
}

// ---- effects ------------------------------------------------------------------------------

const recordDecision =
  (cpGranted: boolean) =>
  (state: ProtectionApplicationState, dates: Dates): Changes => ({
    decision: { decidedOn: validated(dates, 'decidedOn'), noticeReceivedOn: validated(dates, 'noticeReceivedOn') },
    cpGranted: state.cpGranted || cpGranted,
    litigationClock: null,
  });

/** No review requested: the suit limits run from the original refusal (ACLA Art. 14(1)–(2)). */
function clockFromFirstInstance(state: ProtectionApplicationState, unverified: boolean): LitigationClock | null {
  return state.decision === null
    ? null
    : { basis: 'FIRST_INSTANCE_DECISION', knownOn: state.decision.noticeReceivedOn, decidedOn: state.decision.decidedOn, unverified };
}

const decideReview =
  (outcome: ReviewOutcome) =>
  (state: ProtectionApplicationState, dates: Dates): Changes => {
    const decidedOn = validated(dates, 'decidedOn');
    const knownOn = validated(dates, 'knownOn');
    const review = state.review === null ? null : { ...state.review, outcome, decidedOn, knownOn };
    switch (outcome) {
      case 'UPHELD':
        return { review, litigationClock: null };
      case 'DISMISSED':
        // ACLA Art. 14(3): once a review was requested, the suit limits run from the review decision.
        return { review, litigationClock: { basis: 'REVIEW_DECISION', knownOn, decidedOn, unverified: false } };
      case 'REJECTED_INADMISSIBLE':
        // An inadmissible (e.g. late) request may not count as "a review requested" under Art. 14(3) [U]:
        // keep the earlier clock, from the original refusal, so no deadline is shown later than it may be.
        return { review, litigationClock: clockFromFirstInstance(state, true) };
    }
  };

const reviewTo =
  (substate: ReviewSubstate) =>
  (state: ProtectionApplicationState): Changes => ({
    review: state.review === null ? null : { ...state.review, substate },
  });

const judgment =
  (phase: LitigationPhase) =>
  (state: ProtectionApplicationState, dates: Dates): Changes => ({
    litigation: state.litigation === null ? null : { ...state.litigation, phase, judgmentServedOn: validated(dates, 'judgmentServedOn') },
  });

function nextCourt(court: Court): Court {
  return court === 'DISTRICT' ? 'HIGH' : 'SUPREME';
}

// ---- the table ----------------------------------------------------------------------------

const DECISION_DATES: readonly ProtectionDateField[] = ['noticeReceivedOn', 'decidedOn'];
const FIRST_INSTANCE_BASIS = 'Immigration Control Act Art. 61-2(1)–(5)';

const L = (ja: string, en: string): Label => ({ ja, en });

/** The first-instance decisions, from P1 or P2 (and, for a positive review, from P6). */
function decisionRules(from: ProtectionStage, extra?: (c: ProtectionTransitionContext) => boolean): ProtectionRule[] {
  const guard = (g: (c: ProtectionTransitionContext) => boolean) => (extra === undefined ? g : both(extra, g));
  const rules: ProtectionRule[] = [
    {
      from,
      to: 'P3_RECOGNISED_REFUGEE',
      outcome: null,
      label: L('難民認定(認定証明書の交付)', 'Recognised as a refugee (certificate received)'),
      dates: DECISION_DATES,
      basis: 'Immigration Control Act Art. 61-2(1), (4)',
      when: guard(refugeeClaim),
      check: decidedAfterFiling,
      effect: recordDecision(false),
    },
    {
      from,
      to: 'P3_CP_ONLY',
      outcome: null,
      label: L('難民不認定・補完的保護対象者認定', 'Refugee status refused, complementary protection granted'),
      dates: DECISION_DATES,
      basis: 'Immigration Control Act Art. 61-2(3), (5)',
      // Once CP has been granted in this application, a positive review can only add refugee status.
      when: guard(both(refugeeClaim, (c) => !c.cpGranted)),
      check: decidedAfterFiling,
      effect: recordDecision(true),
    },
    {
      from,
      to: 'P3_CP_ONLY',
      outcome: null,
      label: L('補完的保護対象者認定', 'Recognised as a complementary protection beneficiary'),
      dates: DECISION_DATES,
      basis: 'Immigration Control Act Art. 61-2(2), (5)',
      when: guard(cpOnlyClaim),
      check: decidedAfterFiling,
      effect: recordDecision(true),
    },
  ];
  if (from !== 'P6_APPEAL_DECIDED') {
    rules.push({
      from,
      to: 'P3_REFUSED',
      outcome: null,
      label: L('不認定(通知書を受領)', 'Refused (refusal notice received)'),
      dates: DECISION_DATES,
      basis: `${FIRST_INSTANCE_BASIS}: written reasons are required`,
      check: decidedAfterFiling,
      effect: recordDecision(false),
    });
  }
  return rules;
}

const withdrawal = (from: ProtectionStage, label: Label, basis: string): ProtectionRule => ({
  from,
  to: 'P_WITHDRAWN',
  outcome: null,
  label,
  dates: ['withdrawnOn'],
  basis,
});
const APPLICATION_WITHDRAWN = 'Withdrawal ends the application and any provisional stay (Art. 61-2-4(5))';

export const ProtectionTransitionRules: readonly ProtectionRule[] = [
  {
    from: 'P0_INTAKE',
    to: 'P1_FILED',
    outcome: null,
    label: L('申請を提出した', 'Application filed'),
    dates: ['filedOn'],
    basis: 'Immigration Control Act Art. 61-2(1)/(2); no filing deadline',
    effect: (_state, dates) => ({ filedOn: validated(dates, 'filedOn') }),
  },

  {
    from: 'P1_FILED',
    to: 'P2_EXAMINATION',
    outcome: null,
    label: L('難民調査官のインタビュー通知を受けた', 'Interview notice received (examination under way)'),
    dates: ['interviewNoticeReceivedOn'],
    basis: 'Refugee inquirer examination (ISA handling manual)',
  },
  // Re-applicants may be decided on the papers without an interview, so P1 decides directly too.
  ...decisionRules('P1_FILED'),
  withdrawal('P1_FILED', L('申請を取り下げた', 'Application withdrawn'), APPLICATION_WITHDRAWN),

  ...decisionRules('P2_EXAMINATION'),
  withdrawal('P2_EXAMINATION', L('申請を取り下げた', 'Application withdrawn'), APPLICATION_WITHDRAWN),

  // The 7-day window opens on the receipt already recorded with the decision: no new event.
  {
    from: 'P3_CP_ONLY',
    to: 'P4_APPEAL_WINDOW',
    outcome: null,
    label: L('難民不認定について審査請求期間(7日)開始', 'Review window (7 days) opens against the refugee refusal'),
    dates: [],
    basis: 'Immigration Control Act Art. 61-2-12(1)(i), (2)',
    when: refugeeClaim,
    effect: (state) => ({ litigationClock: clockFromFirstInstance(state, false) }),
  },
  {
    from: 'P3_REFUSED',
    to: 'P4_APPEAL_WINDOW',
    outcome: null,
    label: L('審査請求期間(7日)開始', 'Review window (7 days) opens'),
    dates: [],
    basis: 'Immigration Control Act Art. 61-2-12(2): 7 days from receipt of the notice',
    effect: (state) => ({ litigationClock: clockFromFirstInstance(state, false) }),
  },

  {
    from: 'P4_APPEAL_WINDOW',
    to: 'P5_APPEAL_PENDING',
    outcome: null,
    label: L('審査請求をした', 'Request for review filed'),
    dates: ['requestFiledOn'],
    basis: 'Immigration Control Act Art. 61-2-12(1)–(2)',
    effect: (_state, dates) => ({
      review: { requestFiledOn: validated(dates, 'requestFiledOn'), substate: 'STATEMENT_DUE', outcome: null, decidedOn: null, knownOn: null },
      // ACLA Art. 14(3): the suit limits will run from the review decision instead.
      litigationClock: null,
    }),
  },
  {
    from: 'P4_APPEAL_WINDOW',
    to: 'P7_LITIGATION_WINDOW',
    outcome: null,
    label: L('審査請求をせず取消訴訟を検討', 'No review: go to court against the refusal'),
    dates: ['reviewForgoneOn'],
    basis: 'No exhaustion requirement (ACLA Art. 8); limits run from the refusal (ACLA Art. 14(1)–(2))',
  },
  {
    from: 'P4_APPEAL_WINDOW',
    to: 'P4X_WINDOW_LAPSED',
    outcome: null,
    label: L('審査請求期間が経過した', 'Review window lapsed without a request'),
    dates: ['windowEndedOn'],
    basis: 'Immigration Control Act Art. 61-2-12(2); Civil Code Arts. 140–141',
    check: reviewWindowOver,
  },

  {
    from: 'P4X_WINDOW_LAPSED',
    to: 'P5_APPEAL_PENDING',
    outcome: null,
    label: L('期間経過後に審査請求をした(正当な理由を主張)', 'Late request for review filed (good reason claimed)'),
    dates: ['requestFiledOn'],
    // Only the main text of ACRA Art. 18(1) is replaced by the 7-day rule; that the proviso survives is an inference.
    basis: 'ACRA Art. 18(1) proviso (正当な理由) [U: applicability to refugee review unverified]',
    effect: (_state, dates) => ({
      review: { requestFiledOn: validated(dates, 'requestFiledOn'), substate: 'STATEMENT_DUE', outcome: null, decidedOn: null, knownOn: null },
      litigationClock: null,
    }),
  },
  {
    from: 'P4X_WINDOW_LAPSED',
    to: 'P7_LITIGATION_WINDOW',
    outcome: null,
    label: L('原処分の取消訴訟を検討', 'Prepare a court challenge of the refusal'),
    dates: [],
    basis: 'ACLA Art. 14(1)–(2): the suit limits have run from the refusal since its notice',
  },
  {
    from: 'P4X_WINDOW_LAPSED',
    to: 'P9_FINAL_NEGATIVE',
    outcome: null,
    label: L('出訴期間も経過し不認定が確定', 'Time limit for a suit lapsed too: refusal final'),
    dates: ['windowEndedOn'],
    basis: 'ACLA Art. 14(1)–(2)',
    check: litigationWindowOver,
  },

  {
    from: 'P5_APPEAL_PENDING',
    to: 'P5_APPEAL_PENDING',
    outcome: 'HEARING_SCHEDULED',
    label: L('口頭意見陳述の期日通知を受けた', 'Oral hearing notice received'),
    dates: ['hearingNoticeReceivedOn'],
    basis: 'ACRA Art. 31; Immigration Control Act Art. 61-2-12 (3 refugee examination counsellors)',
    when: reviewIn('STATEMENT_DUE'),
    effect: reviewTo('HEARING_SCHEDULED'),
  },
  {
    from: 'P5_APPEAL_PENDING',
    to: 'P5_APPEAL_PENDING',
    outcome: 'HEARING_HELD',
    label: L('口頭意見陳述を行った', 'Oral hearing held'),
    dates: ['hearingHeldOn'],
    basis: 'ACRA Art. 31',
    when: reviewIn('HEARING_SCHEDULED'),
    effect: reviewTo('HEARING_HELD'),
  },
  {
    from: 'P5_APPEAL_PENDING',
    to: 'P5_APPEAL_PENDING',
    outcome: 'HEARING_OMITTED',
    label: L('口頭意見陳述が実施されないと知った', 'Learned the oral hearing will not be held'),
    dates: ['omissionKnownOn'],
    basis: 'Special provision allowing omission of the hearing (ex Art. 61-2-9(6); current number [U])',
    when: reviewIn('STATEMENT_DUE', 'HEARING_SCHEDULED'),
    effect: reviewTo('HEARING_OMITTED'),
  },
  {
    from: 'P5_APPEAL_PENDING',
    to: 'P6_APPEAL_DECIDED',
    outcome: 'UPHELD',
    label: L('裁決:理由あり(認容)', 'Review decided: upheld'),
    dates: ['knownOn', 'decidedOn'],
    basis: 'ACRA Art. 46; Immigration Control Act Art. 61-2-12',
    check: decidedAfterRequest,
    effect: decideReview('UPHELD'),
  },
  {
    from: 'P5_APPEAL_PENDING',
    to: 'P6_APPEAL_DECIDED',
    outcome: 'DISMISSED',
    label: L('裁決:棄却', 'Review decided: dismissed'),
    dates: ['knownOn', 'decidedOn'],
    basis: 'ACRA Art. 45(2); Immigration Control Act Art. 61-2-12',
    check: decidedAfterRequest,
    effect: decideReview('DISMISSED'),
  },
  {
    from: 'P5_APPEAL_PENDING',
    to: 'P6_APPEAL_DECIDED',
    outcome: 'REJECTED_INADMISSIBLE',
    label: L('裁決:却下(不適法)', 'Review decided: rejected as inadmissible'),
    dates: ['knownOn', 'decidedOn'],
    basis: 'ACRA Art. 45(1) (e.g. a late request)',
    check: decidedAfterRequest,
    effect: decideReview('REJECTED_INADMISSIBLE'),
  },
  withdrawal(
    'P5_APPEAL_PENDING',
    L('審査請求を取り下げた', 'Review request withdrawn'),
    'Withdrawing the review leaves the refusal standing and ends provisional stay (Art. 61-2-4(5))',
  ),

  // A positive review leads to a fresh recognition, with its own certificate and receipt date.
  ...decisionRules('P6_APPEAL_DECIDED', reviewEnded('UPHELD')),
  {
    from: 'P6_APPEAL_DECIDED',
    to: 'P7_LITIGATION_WINDOW',
    outcome: null,
    label: L('取消訴訟の出訴期間へ', 'Time limit for a court challenge starts'),
    dates: [],
    basis: 'ACLA Art. 14(1)–(3): 6 months from knowing of the review decision, 1 year from it',
    when: reviewEnded('DISMISSED', 'REJECTED_INADMISSIBLE'),
  },

  {
    from: 'P7_LITIGATION_WINDOW',
    to: 'P8_LITIGATION',
    outcome: null,
    label: L('取消訴訟を提起した(執行停止の申立ても検討)', 'Revocation suit filed (file for a stay of execution with it)'),
    dates: ['suitFiledOn'],
    basis: 'ACLA Arts. 3, 14; stay of execution ACLA Art. 25',
    effect: (_state, dates) => ({
      litigation: { suitFiledOn: validated(dates, 'suitFiledOn'), court: 'DISTRICT', phase: 'PENDING', judgmentServedOn: null },
    }),
  },
  {
    from: 'P7_LITIGATION_WINDOW',
    to: 'P9_FINAL_NEGATIVE',
    outcome: null,
    label: L('出訴期間が経過し不認定が確定', 'Time limit for a suit lapsed: refusal final'),
    dates: ['windowEndedOn'],
    basis: 'ACLA Art. 14(1)–(2)',
    check: litigationWindowOver,
  },

  {
    from: 'P8_LITIGATION',
    to: 'P8_LITIGATION',
    outcome: 'JUDGMENT_LOST',
    label: L('敗訴判決の送達を受けた(上訴期間2週間)', 'Judgment lost and served (2 weeks to appeal)'),
    dates: ['judgmentServedOn'],
    basis: 'Code of Civil Procedure Arts. 285, 313',
    when: suitAt(['PENDING'], ['DISTRICT', 'HIGH']),
    effect: judgment('LOST_APPEALABLE'),
  },
  {
    from: 'P8_LITIGATION',
    to: 'P8_LITIGATION',
    outcome: 'JUDGMENT_WON',
    label: L('勝訴判決の送達を受けた(国の上訴期間2週間)', 'Judgment won and served (the State has 2 weeks to appeal)'),
    dates: ['judgmentServedOn'],
    basis: 'Code of Civil Procedure Arts. 285, 313',
    when: suitAt(['PENDING'], ['DISTRICT', 'HIGH']),
    effect: judgment('WON_APPEALABLE'),
  },
  {
    from: 'P8_LITIGATION',
    to: 'P8_LITIGATION',
    outcome: 'APPEAL_FILED',
    label: L('上訴(控訴・上告)があった', 'Appeal to the higher court filed'),
    dates: ['appealFiledOn'],
    basis: 'Code of Civil Procedure Arts. 281, 285, 311, 313',
    when: suitAt(['LOST_APPEALABLE', 'WON_APPEALABLE'], ['DISTRICT', 'HIGH']),
    effect: (state) => ({
      litigation:
        state.litigation === null ? null : { ...state.litigation, court: nextCourt(state.litigation.court), phase: 'PENDING', judgmentServedOn: null },
    }),
  },
  {
    from: 'P8_LITIGATION',
    to: 'P2_EXAMINATION',
    outcome: null,
    label: L('勝訴確定:入管庁が判決に従い再度判断', 'Won and final: ISA must decide again in line with the judgment'),
    dates: ['judgmentFinalOn'],
    basis: 'ACLA Art. 33 (binding effect of a revocation judgment)',
    when: (c) => suitAt(['WON_APPEALABLE'], ['DISTRICT', 'HIGH'])(c) || suitAt(['PENDING'], ['SUPREME'])(c),
  },
  {
    from: 'P8_LITIGATION',
    to: 'P9_FINAL_NEGATIVE',
    outcome: null,
    label: L('敗訴確定(または訴え取下げ)', 'Lost and final (or suit withdrawn)'),
    dates: ['finalOn'],
    basis: 'Code of Civil Procedure Arts. 116, 261',
    when: suitAt(['PENDING', 'LOST_APPEALABLE'], ['DISTRICT', 'HIGH', 'SUPREME']),
  },
];

/**
 * The next steps the UI may offer from `stage`. Pass the application itself as `context`: the
 * steps depend on its kind, whether CP was granted, and where a review or a suit stands.
 */
export function allowedProtectionTransitions(stage: ProtectionStage, context: ProtectionTransitionContext): ProtectionTransitionOption[] {
  return optionsFrom(ProtectionTransitionRules, stage, context);
}
