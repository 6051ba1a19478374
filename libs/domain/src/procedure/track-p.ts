import type { Label } from './transition-result.js';

/**
 * Track P: one protection application (refugee recognition and/or complementary protection),
 * from intake to a final outcome. A client may have several: each is its own instance with
 * its number n (1st, 2nd, 3rd … application), because the number changes the law that applies
 * (Immigration Control Act Art. 61-2-9(4)(i)).
 */
export const ProtectionStages = [
  'P0_INTAKE',
  'P1_FILED',
  'P2_EXAMINATION',
  'P3_RECOGNISED_REFUGEE',
  'P3_CP_ONLY',
  'P3_REFUSED',
  'P4_APPEAL_WINDOW',
  'P4X_WINDOW_LAPSED',
  'P5_APPEAL_PENDING',
  'P6_APPEAL_DECIDED',
  'P7_LITIGATION_WINDOW',
  'P8_LITIGATION',
  'P9_FINAL_NEGATIVE',
  'P_WITHDRAWN',
] as const;
export type ProtectionStage = (typeof ProtectionStages)[number];

/**
 * Art. 61-2(1)/(2): whoever applies for refugee status is assessed for complementary protection
 * (CP) too; whoever applies for CP only is assessed only for CP.
 */
export const ProtectionKinds = ['REFUGEE_AND_CP', 'CP_ONLY'] as const;
export type ProtectionKind = (typeof ProtectionKinds)[number];

/** The outcome of the request for administrative review (審査請求の裁決), recorded at P6. */
export const ReviewOutcomes = ['UPHELD', 'DISMISSED', 'REJECTED_INADMISSIBLE'] as const;
export type ReviewOutcome = (typeof ReviewOutcomes)[number];

/** Where the review stands while it is pending (P5): the written statement, then the oral hearing or its omission. */
export const ReviewSubstates = ['STATEMENT_DUE', 'HEARING_SCHEDULED', 'HEARING_HELD', 'HEARING_OMITTED'] as const;
export type ReviewSubstate = (typeof ReviewSubstates)[number];

export const Courts = ['DISTRICT', 'HIGH', 'SUPREME'] as const;
export type Court = (typeof Courts)[number];

/**
 * Where a suit stands (P8). After a district or High Court judgment the losing side has 2 weeks
 * from service to appeal (Code of Civil Procedure Arts. 285, 313), so a judgment is first
 * "appealable" and only then final.
 */
export const LitigationPhases = ['PENDING', 'LOST_APPEALABLE', 'WON_APPEALABLE'] as const;
export type LitigationPhase = (typeof LitigationPhases)[number];

/**
 * What selects one of several steps to the same target stage: the review's decision (P6), the
 * review's hearing substates (P5 → P5) and the court events inside a suit (P8 → P8).
 */
export const ProtectionOutcomes = [
  ...ReviewOutcomes,
  'HEARING_SCHEDULED',
  'HEARING_HELD',
  'HEARING_OMITTED',
  'JUDGMENT_LOST',
  'JUDGMENT_WON',
  'APPEAL_FILED',
] as const;
export type ProtectionOutcome = (typeof ProtectionOutcomes)[number];

/**
 * The real-world dates a step records. They are the trigger events of the legal time limits, so
 * receipt and knowledge are kept apart from the date a decision bears (reference §3.1 item 8).
 */
export const ProtectionDateFields = [
  'filedOn',
  'interviewNoticeReceivedOn',
  'decidedOn',
  'noticeReceivedOn',
  'requestFiledOn',
  'reviewForgoneOn',
  'windowEndedOn',
  'hearingNoticeReceivedOn',
  'hearingHeldOn',
  'omissionKnownOn',
  'knownOn',
  'withdrawnOn',
  'suitFiledOn',
  'judgmentServedOn',
  'appealFiledOn',
  'judgmentFinalOn',
  'finalOn',
] as const;
export type ProtectionDateField = (typeof ProtectionDateFields)[number];
export type ProtectionDates = Readonly<Partial<Record<ProtectionDateField, string>>>;

export interface DecisionDates {
  readonly decidedOn: string;
  readonly noticeReceivedOn: string;
}

export interface ReviewState {
  readonly requestFiledOn: string;
  readonly substate: ReviewSubstate;
  /** Set at P6; null while pending. */
  readonly outcome: ReviewOutcome | null;
  readonly decidedOn: string | null;
  readonly knownOn: string | null;
}

export interface LitigationState {
  readonly suitFiledOn: string;
  readonly court: Court;
  readonly phase: LitigationPhase;
  /** Service of the last judgment: starts the 2-week appeal period. */
  readonly judgmentServedOn: string | null;
}

/**
 * The dates the revocation-suit time limits run from (Administrative Case Litigation Act Art. 14):
 * 6 months from knowledge, at most 1 year from the decision. Where a review was requested the
 * limits run from the review decision (Art. 14(3)); otherwise from the original refusal.
 */
export interface LitigationClock {
  readonly basis: 'FIRST_INSTANCE_DECISION' | 'REVIEW_DECISION';
  readonly knownOn: string;
  readonly decidedOn: string;
  /**
   * True where the basis is our conservative reading, not verified law: after a review rejected as
   * inadmissible (却下) we run the clock from the original refusal, the earlier of the two
   * possible dates, because an inadmissible request may not extend the period [U].
   */
  readonly unverified: boolean;
}

export interface ProtectionApplicationState {
  readonly applicationNo: number;
  readonly kind: ProtectionKind;
  readonly stage: ProtectionStage;
  /** CP was recognised by a decision in this application; it stays true whatever happens to the refugee claim. */
  readonly cpGranted: boolean;
  readonly filedOn: string | null;
  /** The latest first-instance decision (P3), including a re-decision after review or a won suit. */
  readonly decision: DecisionDates | null;
  /** The latest review request; kept after P6 as the record of its outcome. */
  readonly review: ReviewState | null;
  /** The latest suit; kept after P8 as the record of where it ended. */
  readonly litigation: LitigationState | null;
  readonly litigationClock: LitigationClock | null;
  /** The event date of the last step: no later step may be dated before it. */
  readonly lastEventOn: string | null;
}

/** What the allowed steps depend on besides the stage. A whole `ProtectionApplicationState` fits. */
export type ProtectionTransitionContext = Pick<ProtectionApplicationState, 'kind' | 'cpGranted' | 'review' | 'litigation'>;

export function newProtectionApplication(input: { readonly applicationNo: number; readonly kind: ProtectionKind }): ProtectionApplicationState {
  if (!Number.isInteger(input.applicationNo) || input.applicationNo < 1) {
    throw new RangeError('applicationNo must be a whole number from 1');
  }
  return {
    applicationNo: input.applicationNo,
    kind: input.kind,
    stage: 'P0_INTAKE',
    cpGranted: false,
    filedOn: null,
    decision: null,
    review: null,
    litigation: null,
    litigationClock: null,
    lastEventOn: null,
  };
}

/**
 * How a stage stands, for lists and dashboards:
 * - INTAKE: not yet lodged;
 * - PENDING: waiting for an authority (ISA, the Minister on review, a court);
 * - DECIDED: a decision is in and the caseworker must record what follows;
 * - WINDOW: a time limit for the client to act is running;
 * - TERMINAL: nothing further happens in this application.
 */
export type ProtectionStageCategory = 'INTAKE' | 'PENDING' | 'DECIDED' | 'WINDOW' | 'TERMINAL';

export function protectionStageCategory(stage: ProtectionStage, kind: ProtectionKind): ProtectionStageCategory {
  switch (stage) {
    case 'P0_INTAKE':
      return 'INTAKE';
    case 'P1_FILED':
    case 'P2_EXAMINATION':
    case 'P5_APPEAL_PENDING':
    case 'P8_LITIGATION':
      return 'PENDING';
    case 'P3_CP_ONLY':
      // For a CP-only applicant, CP recognition is the whole positive answer: there is no
      // refugee refusal left to challenge (Art. 61-2(2)).
      return kind === 'CP_ONLY' ? 'TERMINAL' : 'DECIDED';
    case 'P3_REFUSED':
    case 'P6_APPEAL_DECIDED':
      return 'DECIDED';
    case 'P4_APPEAL_WINDOW':
    case 'P4X_WINDOW_LAPSED':
    case 'P7_LITIGATION_WINDOW':
      // P4X: the review window has lapsed but the 6-month suit limit (ACLA Art. 14(1)) still runs.
      return 'WINDOW';
    case 'P3_RECOGNISED_REFUGEE':
    case 'P9_FINAL_NEGATIVE':
    case 'P_WITHDRAWN':
      return 'TERMINAL';
  }
}

export function isTerminalProtectionStage(stage: ProtectionStage, kind: ProtectionKind): boolean {
  return protectionStageCategory(stage, kind) === 'TERMINAL';
}

/** Every non-terminal stage: the application still needs someone to act or wait on it. */
export function isActiveProtectionStage(stage: ProtectionStage, kind: ProtectionKind): boolean {
  return !isTerminalProtectionStage(stage, kind);
}

/** Stages waiting for an authority's decision. */
export const PendingProtectionStages: readonly ProtectionStage[] = ProtectionStages.filter(
  (stage) => protectionStageCategory(stage, 'REFUGEE_AND_CP') === 'PENDING',
);

export const ProtectionStageLabels: Readonly<Record<ProtectionStage, Label>> = {
  P0_INTAKE: { ja: '受付(申請前)', en: 'Intake (not yet filed)' },
  P1_FILED: { ja: '申請済み(一次審査中)', en: 'Filed, awaiting first-instance decision' },
  P2_EXAMINATION: { ja: '難民調査官による調査中', en: 'Under examination (refugee inquirer interviews)' },
  P3_RECOGNISED_REFUGEE: { ja: '難民認定', en: 'Recognised as a refugee' },
  P3_CP_ONLY: { ja: '補完的保護対象者認定', en: 'Complementary protection granted' },
  P3_REFUSED: { ja: '不認定', en: 'Refused' },
  P4_APPEAL_WINDOW: { ja: '審査請求期間中(通知受領から7日)', en: 'Review request window (7 days from receipt of notice)' },
  P4X_WINDOW_LAPSED: { ja: '審査請求期間経過', en: 'Review window lapsed' },
  P5_APPEAL_PENDING: { ja: '審査請求中', en: 'Administrative review pending' },
  P6_APPEAL_DECIDED: { ja: '審査請求の裁決', en: 'Review decided' },
  P7_LITIGATION_WINDOW: { ja: '出訴期間中', en: 'Time limit for a court challenge running' },
  P8_LITIGATION: { ja: '訴訟係属中', en: 'In court' },
  P9_FINAL_NEGATIVE: { ja: '不認定確定', en: 'Refusal final' },
  P_WITHDRAWN: { ja: '取下げ', en: 'Withdrawn' },
};

export const ProtectionKindLabels: Readonly<Record<ProtectionKind, Label>> = {
  REFUGEE_AND_CP: { ja: '難民認定申請(補完的保護も審査)', en: 'Refugee recognition (complementary protection assessed too)' },
  CP_ONLY: { ja: '補完的保護対象者認定申請のみ', en: 'Complementary protection only' },
};

export const ReviewOutcomeLabels: Readonly<Record<ReviewOutcome, Label>> = {
  UPHELD: { ja: '理由あり(認容)', en: 'Upheld' },
  DISMISSED: { ja: '棄却', en: 'Dismissed' },
  REJECTED_INADMISSIBLE: { ja: '却下', en: 'Rejected as inadmissible' },
};

export const ReviewSubstateLabels: Readonly<Record<ReviewSubstate, Label>> = {
  STATEMENT_DUE: { ja: '申述書の提出待ち', en: 'Written statement due' },
  HEARING_SCHEDULED: { ja: '口頭意見陳述の期日指定済み', en: 'Oral hearing scheduled' },
  HEARING_HELD: { ja: '口頭意見陳述実施済み', en: 'Oral hearing held' },
  HEARING_OMITTED: { ja: '口頭意見陳述なし', en: 'Oral hearing omitted' },
};

export const CourtLabels: Readonly<Record<Court, Label>> = {
  DISTRICT: { ja: '地方裁判所', en: 'District Court' },
  HIGH: { ja: '高等裁判所', en: 'High Court' },
  SUPREME: { ja: '最高裁判所', en: 'Supreme Court' },
};

export const LitigationPhaseLabels: Readonly<Record<LitigationPhase, Label>> = {
  PENDING: { ja: '審理中', en: 'Pending' },
  LOST_APPEALABLE: { ja: '敗訴判決(上訴期間中)', en: 'Judgment lost, appeal period running' },
  WON_APPEALABLE: { ja: '勝訴判決(上訴期間中)', en: 'Judgment won, appeal period running' },
};

export const ProtectionDateFieldLabels: Readonly<Record<ProtectionDateField, Label>> = {
  filedOn: { ja: '申請日', en: 'Date filed' },
  interviewNoticeReceivedOn: { ja: 'インタビュー通知の受領日', en: 'Interview notice received on' },
  decidedOn: { ja: '処分日・裁決日', en: 'Date of the decision' },
  noticeReceivedOn: { ja: '通知を受けた日', en: 'Notice received on' },
  requestFiledOn: { ja: '審査請求日', en: 'Review request filed on' },
  reviewForgoneOn: { ja: '審査請求をしないと決めた日', en: 'Decided not to request review on' },
  windowEndedOn: { ja: '期間の末日', en: 'Last day of the time limit' },
  hearingNoticeReceivedOn: { ja: '口頭意見陳述期日通知の受領日', en: 'Hearing notice received on' },
  hearingHeldOn: { ja: '口頭意見陳述の実施日', en: 'Hearing held on' },
  omissionKnownOn: { ja: '口頭意見陳述なしを知った日', en: 'Learned the hearing is omitted on' },
  knownOn: { ja: '裁決を知った日', en: 'Learned of the review decision on' },
  withdrawnOn: { ja: '取下げ日', en: 'Withdrawn on' },
  suitFiledOn: { ja: '提訴日', en: 'Suit filed on' },
  judgmentServedOn: { ja: '判決送達日', en: 'Judgment served on' },
  appealFiledOn: { ja: '上訴日', en: 'Appeal filed on' },
  judgmentFinalOn: { ja: '判決確定日', en: 'Judgment final on' },
  finalOn: { ja: '確定日', en: 'Became final on' },
};
