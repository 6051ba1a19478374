import type { Label } from './transition-result.js';

/**
 * Track D: the deportation procedure and custody, kept on the client as current status + history.
 * Reference §2.3, with one addition: `D2_PROVISIONAL_RELEASE_PRE`, because provisional release
 * (Art. 54) also applies to a person detained under a detention order, before any deportation
 * order (reference §1.8: "including while on 仮放免").
 */
export const DeportationStages = [
  'D0_NONE',
  'D1_INVESTIGATION',
  'D2_DETAINED',
  'D2_SUPERVISED_PRE',
  'D2_PROVISIONAL_RELEASE_PRE',
  'D3_FINDING',
  'D4_HEARING',
  'D5_OBJECTION',
  'D6_DECISION',
  'D7_DEPORTATION_ORDER',
  'D8_DETAINED_POST',
  'D8_SUPERVISED_POST',
  'D8_PROVISIONAL_RELEASE',
  'D9_REMOVED',
] as const;
export type DeportationStage = (typeof DeportationStages)[number];

/** The custody status the product shows on a client: the four categories every D state maps to. */
export const CustodyCategories = ['NONE', 'DETAINED', 'SUPERVISION', 'PROVISIONAL_RELEASE'] as const;
export type CustodyCategory = (typeof CustodyCategories)[number];

/**
 * Custody changes inside a stage (D3–D7 keep the custody of D2 until it changes): detention,
 * release to supervision measures, provisional release. Also how a procedure ends early.
 */
export const DeportationOutcomes = [
  'CUSTODY_DETAINED',
  'CUSTODY_SUPERVISION',
  'CUSTODY_PROVISIONAL_RELEASE',
  'PROCEDURE_ENDED',
  'SPECIAL_PERMISSION_GRANTED',
  'ORDER_WITHDRAWN',
  'RELEASE_EXTENDED',
] as const;
export type DeportationOutcome = (typeof DeportationOutcomes)[number];

export const DeportationDateFields = [
  'startedOn',
  'detainedOn',
  'supervisionStartedOn',
  'releasedOn',
  'extendedOn',
  'findingNoticeReceivedOn',
  'hearingRequestedOn',
  'objectionFiledOn',
  'decisionNoticeReceivedOn',
  'orderIssuedOn',
  'removedOn',
  'endedOn',
] as const;
export type DeportationDateField = (typeof DeportationDateFields)[number];
export type DeportationDates = Readonly<Partial<Record<DeportationDateField, string>>>;

export interface DeportationState {
  readonly stage: DeportationStage;
  readonly custody: CustodyCategory;
  /**
   * Months between the designated reporting dates under supervision measures (at most 3:
   * Arts. 44-6, 52-5; Enforcement Regulation 36-8) or appearances under provisional release
   * (as the permit sets; in practice 1–2 months [S]). Null otherwise or when not known.
   */
  readonly reportingIntervalMonths: number | null;
  /**
   * Under provisional release: the last day of the period the permit (or its latest extension)
   * grants, when known. An extension must be applied for before it (Art. 54; ISA procedure
   * 16-11), so it drives the `provisional-release-extension` deadline. Absent in files recorded
   * before it was kept: read it with `provisionalReleaseUntilOf`.
   */
  readonly provisionalReleaseUntil?: string | null;
  readonly lastEventOn: string | null;
}

export const INITIAL_DEPORTATION_STATE: DeportationState = {
  stage: 'D0_NONE',
  custody: 'NONE',
  reportingIntervalMonths: null,
  provisionalReleaseUntil: null,
  lastEventOn: null,
};

/** What the allowed steps depend on besides the stage: D3–D6 offer the custody moves that fit the current custody. */
export type DeportationTransitionContext = Pick<DeportationState, 'custody'>;

export const CustodyCategoryLabels: Readonly<Record<CustodyCategory, Label>> = {
  NONE: { ja: '身柄拘束なし', en: 'Not in custody' },
  DETAINED: { ja: '収容', en: 'Detained' },
  SUPERVISION: { ja: '監理措置', en: 'Supervision measures' },
  PROVISIONAL_RELEASE: { ja: '仮放免', en: 'Provisional release' },
};

export const DeportationDateFieldLabels: Readonly<Record<DeportationDateField, Label>> = {
  startedOn: { ja: '違反調査の開始日', en: 'Investigation started on' },
  detainedOn: { ja: '収容日', en: 'Detained on' },
  supervisionStartedOn: { ja: '監理措置の開始日', en: 'Supervision measures started on' },
  releasedOn: { ja: '仮放免の日', en: 'Provisionally released on' },
  extendedOn: { ja: '仮放免期間の延長が許可された日', en: 'Extension granted on' },
  findingNoticeReceivedOn: { ja: '認定通知を受けた日', en: 'Finding notified on' },
  hearingRequestedOn: { ja: '口頭審理の請求日', en: 'Oral hearing requested on' },
  objectionFiledOn: { ja: '異議の申出日', en: 'Objection filed on' },
  decisionNoticeReceivedOn: { ja: '裁決の通知を受けた日', en: 'Decision notified on' },
  orderIssuedOn: { ja: '退去強制令書の発付日', en: 'Deportation order issued on' },
  removedOn: { ja: '送還日', en: 'Removed on' },
  endedOn: { ja: '手続終了日', en: 'Procedure ended on' },
};

/** The product's custody status for a D state, with the reporting interval where one applies. */
export function custodyOf(state: DeportationState): { readonly category: CustodyCategory; readonly reportingIntervalMonths: number | null } {
  return {
    category: state.custody,
    reportingIntervalMonths: state.custody === 'SUPERVISION' || state.custody === 'PROVISIONAL_RELEASE' ? state.reportingIntervalMonths : null,
  };
}

/** The stages before a deportation order, where supervision measures fall under Art. 44-2 ff. (and Art. 44-5 work permission exists). */
export function isBeforeDeportationOrder(stage: DeportationStage): boolean {
  const index = DeportationStages.indexOf(stage);
  return index >= DeportationStages.indexOf('D1_INVESTIGATION') && index < DeportationStages.indexOf('D7_DEPORTATION_ORDER');
}

/** The custody a deportation stage names by itself; null for D3–D7, where it must be given. */
export function custodyNamedByStage(stage: DeportationStage): CustodyCategory | null {
  switch (stage) {
    case 'D0_NONE':
    case 'D1_INVESTIGATION':
    case 'D9_REMOVED':
      return 'NONE';
    case 'D2_DETAINED':
    case 'D8_DETAINED_POST':
      return 'DETAINED';
    case 'D2_SUPERVISED_PRE':
    case 'D8_SUPERVISED_POST':
      return 'SUPERVISION';
    case 'D2_PROVISIONAL_RELEASE_PRE':
    case 'D8_PROVISIONAL_RELEASE':
      return 'PROVISIONAL_RELEASE';
    case 'D3_FINDING':
    case 'D4_HEARING':
    case 'D5_OBJECTION':
    case 'D6_DECISION':
    case 'D7_DEPORTATION_ORDER':
      return null;
  }
}
