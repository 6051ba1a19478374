import { isIsoDate } from './iso-date.js';
import {
  findRule,
  normaliseNote,
  optionsFrom,
  recorderProblems,
  validateDates,
  type Label,
  type TransitionOption,
  type TransitionProblem,
  type TransitionResult,
  type TransitionRuleBase,
} from './transition-result.js';

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

/** The end of the current provisional release period, or null (not released, or not known). */
export function provisionalReleaseUntilOf(state: DeportationState): string | null {
  return state.custody === 'PROVISIONAL_RELEASE' ? (state.provisionalReleaseUntil ?? null) : null;
}

export const DeportationStageLabels: Readonly<Record<DeportationStage, Label>> = {
  D0_NONE: { ja: '退去強制手続なし', en: 'No deportation procedure' },
  D1_INVESTIGATION: { ja: '違反調査中', en: 'Violation investigation' },
  D2_DETAINED: { ja: '収容中(収容令書)', en: 'Detained (detention order)' },
  D2_SUPERVISED_PRE: { ja: '監理措置(退去強制令書発付前)', en: 'Supervision measures (before a deportation order)' },
  D2_PROVISIONAL_RELEASE_PRE: { ja: '仮放免(退去強制令書発付前)', en: 'Provisional release (before a deportation order)' },
  D3_FINDING: { ja: '入国審査官の認定', en: "Immigration inspector's finding" },
  D4_HEARING: { ja: '口頭審理', en: 'Oral hearing' },
  D5_OBJECTION: { ja: '異議の申出', en: 'Objection to the Minister' },
  D6_DECISION: { ja: '法務大臣等の裁決', en: "Minister's decision" },
  D7_DEPORTATION_ORDER: { ja: '退去強制令書発付', en: 'Deportation order issued' },
  D8_DETAINED_POST: { ja: '収容中(退去強制令書)', en: 'Detained (deportation order)' },
  D8_SUPERVISED_POST: { ja: '監理措置(退去強制令書発付後)', en: 'Supervision measures (after a deportation order)' },
  D8_PROVISIONAL_RELEASE: { ja: '仮放免(退去強制令書発付後)', en: 'Provisional release (after a deportation order)' },
  D9_REMOVED: { ja: '送還済み', en: 'Removed' },
};

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

// ---- rules --------------------------------------------------------------------------------

/** What the allowed steps depend on besides the stage: D3–D6 offer the custody moves that fit the current custody. */
export type DeportationTransitionContext = Pick<DeportationState, 'custody'>;

export interface DeportationRule extends TransitionRuleBase<DeportationStage, DeportationOutcome, DeportationDateField, DeportationTransitionContext> {
  /** The custody after the step; 'KEEP' carries it over (D3–D7 keep the custody of D2). */
  readonly custody: CustodyCategory | 'KEEP';
}

export type DeportationTransitionOption = TransitionOption<DeportationStage, DeportationOutcome, DeportationDateField>;

const L = (ja: string, en: string): Label => ({ ja, en });

const CUSTODY_STEP: Readonly<Record<Exclude<CustodyCategory, 'NONE'>, { date: DeportationDateField; outcome: DeportationOutcome }>> = {
  DETAINED: { date: 'detainedOn', outcome: 'CUSTODY_DETAINED' },
  SUPERVISION: { date: 'supervisionStartedOn', outcome: 'CUSTODY_SUPERVISION' },
  PROVISIONAL_RELEASE: { date: 'releasedOn', outcome: 'CUSTODY_PROVISIONAL_RELEASE' },
};

/**
 * Which custody can follow which: release from detention to supervision measures (Arts. 44-2,
 * 52-2) or provisional release (Art. 54); back to detention when supervision is revoked
 * (Arts. 44-4, 52-4) or provisional release is revoked (Art. 55); and from provisional release to
 * supervision measures. Provisional release is a release from detention, so it never follows
 * supervision directly.
 */
const CUSTODY_MOVES: readonly { from: Exclude<CustodyCategory, 'NONE'>; to: Exclude<CustodyCategory, 'NONE'>; label: Label; basis: string; pre: string; post: string }[] = [
  { from: 'DETAINED', to: 'SUPERVISION', label: L('監理措置に付された', 'Released under supervision measures'), basis: 'Immigration Control Act', pre: 'Art. 44-2', post: 'Art. 52-2' },
  { from: 'DETAINED', to: 'PROVISIONAL_RELEASE', label: L('仮放免された', 'Provisionally released'), basis: 'Immigration Control Act', pre: 'Art. 54', post: 'Art. 54' },
  { from: 'SUPERVISION', to: 'DETAINED', label: L('監理措置が取り消され収容された', 'Supervision revoked: detained'), basis: 'Immigration Control Act', pre: 'Art. 44-4', post: 'Art. 52-4' },
  { from: 'PROVISIONAL_RELEASE', to: 'DETAINED', label: L('仮放免が取り消され収容された', 'Provisional release revoked: detained'), basis: 'Immigration Control Act', pre: 'Art. 55', post: 'Art. 55' },
  { from: 'PROVISIONAL_RELEASE', to: 'SUPERVISION', label: L('仮放免から監理措置に移行', 'Moved from provisional release to supervision measures'), basis: 'Immigration Control Act', pre: 'Art. 44-2', post: 'Art. 52-2' },
];

const PRE_ORDER_CUSTODY_STAGE: Readonly<Record<Exclude<CustodyCategory, 'NONE'>, DeportationStage>> = {
  DETAINED: 'D2_DETAINED',
  SUPERVISION: 'D2_SUPERVISED_PRE',
  PROVISIONAL_RELEASE: 'D2_PROVISIONAL_RELEASE_PRE',
};
const POST_ORDER_CUSTODY_STAGE: Readonly<Record<Exclude<CustodyCategory, 'NONE'>, DeportationStage>> = {
  DETAINED: 'D8_DETAINED_POST',
  SUPERVISION: 'D8_SUPERVISED_POST',
  PROVISIONAL_RELEASE: 'D8_PROVISIONAL_RELEASE',
};

function custodyMoves(): DeportationRule[] {
  const rules: DeportationRule[] = [];
  for (const move of CUSTODY_MOVES) {
    // D2 and D8 name the custody in the stage: a move changes the stage.
    rules.push({
      from: PRE_ORDER_CUSTODY_STAGE[move.from],
      to: PRE_ORDER_CUSTODY_STAGE[move.to],
      outcome: null,
      label: move.label,
      dates: [CUSTODY_STEP[move.to].date],
      basis: `${move.basis} ${move.pre}`,
      custody: move.to,
    });
    rules.push({
      from: POST_ORDER_CUSTODY_STAGE[move.from],
      to: POST_ORDER_CUSTODY_STAGE[move.to],
      outcome: null,
      label: move.label,
      dates: [CUSTODY_STEP[move.to].date],
      basis: `${move.basis} ${move.post}`,
      custody: move.to,
    });
    // D3–D6 are procedural steps taken in whatever custody D2 left: the stage stays, the custody moves.
    for (const stage of ['D3_FINDING', 'D4_HEARING', 'D5_OBJECTION', 'D6_DECISION'] as const) {
      rules.push({
        from: stage,
        to: stage,
        outcome: CUSTODY_STEP[move.to].outcome,
        label: move.label,
        dates: [CUSTODY_STEP[move.to].date],
        basis: `${move.basis} ${move.pre}`,
        when: (s) => s.custody === move.from,
        custody: move.to,
      });
    }
  }
  return rules;
}

/**
 * An extension of the provisional release period granted (仮放免期間延長, Art. 54; ISA procedure
 * 16-11): the stage and custody stay; the period's new end is given with the step.
 */
function releaseExtensions(): DeportationRule[] {
  const extension = (from: DeportationStage, when?: DeportationRule['when']): DeportationRule => ({
    from,
    to: from,
    outcome: 'RELEASE_EXTENDED',
    label: L('仮放免期間が延長された', 'Provisional release extended'),
    dates: ['extendedOn'],
    basis: 'Immigration Control Act Art. 54; ISA procedure 16-11',
    custody: 'KEEP',
    ...(when ? { when } : {}),
  });
  return [
    extension('D2_PROVISIONAL_RELEASE_PRE'),
    extension('D8_PROVISIONAL_RELEASE'),
    ...(['D3_FINDING', 'D4_HEARING', 'D5_OBJECTION', 'D6_DECISION', 'D7_DEPORTATION_ORDER'] as const).map((stage) =>
      extension(stage, (s) => s.custody === 'PROVISIONAL_RELEASE'),
    ),
  ];
}

const PRE_ORDER_CUSTODY: readonly DeportationStage[] = ['D2_DETAINED', 'D2_SUPERVISED_PRE', 'D2_PROVISIONAL_RELEASE_PRE'];
const POST_ORDER: readonly DeportationStage[] = ['D7_DEPORTATION_ORDER', 'D8_DETAINED_POST', 'D8_SUPERVISED_POST', 'D8_PROVISIONAL_RELEASE'];

const ended = (from: DeportationStage, label: Label, basis: string, outcome: DeportationOutcome = 'PROCEDURE_ENDED'): DeportationRule => ({
  from,
  to: 'D0_NONE',
  outcome,
  label,
  dates: ['endedOn'],
  basis,
  custody: 'NONE',
});

const orderIssued = (from: DeportationStage, basis: string): DeportationRule => ({
  from,
  to: 'D7_DEPORTATION_ORDER',
  outcome: null,
  label: L('退去強制令書が発付された', 'Deportation order issued'),
  dates: ['orderIssuedOn'],
  basis,
  custody: 'KEEP',
});

export const DeportationTransitionRules: readonly DeportationRule[] = [
  {
    from: 'D0_NONE',
    to: 'D1_INVESTIGATION',
    outcome: null,
    label: L('違反調査が始まった', 'Violation investigation started'),
    dates: ['startedOn'],
    basis: 'Immigration Control Act Art. 27',
    custody: 'NONE',
  },
  {
    from: 'D1_INVESTIGATION',
    to: 'D2_DETAINED',
    outcome: null,
    label: L('収容令書により収容された', 'Detained under a detention order'),
    dates: ['detainedOn'],
    basis: 'Immigration Control Act Art. 39; 30 days, extendable by 30 (Art. 41)',
    custody: 'DETAINED',
  },
  {
    from: 'D1_INVESTIGATION',
    to: 'D2_SUPERVISED_PRE',
    outcome: null,
    label: L('監理措置に付された', 'Placed under supervision measures'),
    dates: ['supervisionStartedOn'],
    basis: 'Immigration Control Act Art. 44-2',
    custody: 'SUPERVISION',
  },
  ended('D1_INVESTIGATION', L('違反調査が終了した', 'Investigation closed'), 'No deportation ground found'),
  ...custodyMoves(),
  ...releaseExtensions(),

  ...PRE_ORDER_CUSTODY.flatMap((from): DeportationRule[] => [
    {
      from,
      to: 'D3_FINDING',
      outcome: null,
      label: L('入国審査官の認定(退去強制事由あり)の通知を受けた', "Inspector's finding of a deportation ground notified"),
      dates: ['findingNoticeReceivedOn'],
      basis: 'Immigration Control Act Art. 47(3); oral hearing may be requested within 3 days (Art. 48(1))',
      custody: 'KEEP',
    },
    ended(from, L('退去強制事由に該当しないとされ手続終了', 'Found not deportable: procedure ended'), 'Immigration Control Act Art. 47(1)'),
  ]),

  {
    from: 'D3_FINDING',
    to: 'D4_HEARING',
    outcome: null,
    label: L('口頭審理を請求した', 'Oral hearing requested'),
    dates: ['hearingRequestedOn'],
    basis: 'Immigration Control Act Art. 48(1): within 3 days of the notice',
    custody: 'KEEP',
  },
  orderIssued('D3_FINDING', 'Immigration Control Act Art. 47(5): no hearing requested'),

  {
    from: 'D4_HEARING',
    to: 'D5_OBJECTION',
    outcome: null,
    label: L('法務大臣に異議を申し出た', 'Objection filed with the Minister'),
    dates: ['objectionFiledOn'],
    basis: 'Immigration Control Act Art. 49(1): within 3 days of the notice',
    custody: 'KEEP',
  },
  orderIssued('D4_HEARING', 'Immigration Control Act Art. 48(9): no objection filed'),
  ended('D4_HEARING', L('認定に誤りありとされ手続終了', 'Finding held wrong: procedure ended'), 'Immigration Control Act Art. 48(6)'),

  {
    from: 'D5_OBJECTION',
    to: 'D6_DECISION',
    outcome: null,
    label: L('裁決の通知を受けた', "Minister's decision notified"),
    dates: ['decisionNoticeReceivedOn'],
    basis: 'Immigration Control Act Art. 49(3)',
    custody: 'KEEP',
  },

  orderIssued('D6_DECISION', 'Immigration Control Act Art. 49(6): objection without grounds'),
  ended('D6_DECISION', L('在留特別許可を受けた', 'Special permission to stay granted'), 'Immigration Control Act Art. 50', 'SPECIAL_PERMISSION_GRANTED'),
  ended('D6_DECISION', L('異議に理由ありとされ手続終了', 'Objection upheld: procedure ended'), 'Immigration Control Act Art. 49(4)'),

  {
    from: 'D7_DEPORTATION_ORDER',
    to: 'D8_DETAINED_POST',
    outcome: null,
    label: L('退去強制令書により収容された', 'Detained under the deportation order'),
    dates: ['detainedOn'],
    basis: 'Immigration Control Act Art. 52(5); detention reviewed every 3 months',
    custody: 'DETAINED',
  },
  {
    from: 'D7_DEPORTATION_ORDER',
    to: 'D8_SUPERVISED_POST',
    outcome: null,
    label: L('退去強制令書発付後の監理措置に付された', 'Placed under supervision measures after the order'),
    dates: ['supervisionStartedOn'],
    basis: 'Immigration Control Act Art. 52-2',
    custody: 'SUPERVISION',
  },
  {
    from: 'D7_DEPORTATION_ORDER',
    to: 'D8_PROVISIONAL_RELEASE',
    outcome: null,
    label: L('仮放免された', 'Provisionally released'),
    dates: ['releasedOn'],
    basis: 'Immigration Control Act Art. 54: health, humanitarian or similar grounds',
    custody: 'PROVISIONAL_RELEASE',
  },
  ...POST_ORDER.flatMap((from): DeportationRule[] => [
    {
      from,
      to: 'D9_REMOVED',
      outcome: null,
      label: L('送還された', 'Removed from Japan'),
      dates: ['removedOn'],
      basis: 'Immigration Control Act Art. 52(3)',
      custody: 'NONE',
    },
    ended(
      from,
      L('退去強制令書が撤回・取り消された', 'Deportation order withdrawn or revoked'),
      'Revocation by a court (ACLA Art. 3) or withdrawal, e.g. after recognition',
      'ORDER_WITHDRAWN',
    ),
  ]),
];

export function allowedDeportationTransitions(stage: DeportationStage, context: DeportationTransitionContext): DeportationTransitionOption[] {
  return optionsFrom(DeportationTransitionRules, stage, context);
}

export interface DeportationTransitionRequest {
  readonly to: DeportationStage;
  readonly outcome?: DeportationOutcome | null;
  readonly dates?: DeportationDates;
  /** Required when entering supervision measures (1–3); optional for provisional release. */
  readonly reportingIntervalMonths?: number | null;
  /**
   * The last day of the provisional release period: optional when provisional release starts,
   * required with an extension (RELEASE_EXTENDED), refused on any other step.
   */
  readonly provisionalReleaseUntil?: string | null;
  readonly note?: string | null;
  readonly recordedBy: string;
}

export interface DeportationHistoryEntry {
  readonly from: DeportationStage;
  readonly to: DeportationStage;
  readonly outcome: DeportationOutcome | null;
  readonly eventOn: string;
  readonly dates: DeportationDates;
  readonly custody: CustodyCategory;
  readonly reportingIntervalMonths: number | null;
  readonly provisionalReleaseUntil: string | null;
  readonly note: string | null;
  readonly recordedBy: string;
}

export type DeportationTransitionResult = TransitionResult<
  DeportationState,
  DeportationHistoryEntry,
  DeportationStage,
  DeportationOutcome,
  DeportationDateField
>;

export function applyDeportationTransition(current: DeportationState, request: DeportationTransitionRequest, today: string): DeportationTransitionResult {
  const outcome = request.outcome ?? null;
  const rule = findRule(DeportationTransitionRules, current.stage, request.to, outcome, current);
  if (rule === undefined) {
    return {
      status: 'not-allowed',
      from: current.stage,
      requested: { to: request.to, outcome },
      allowed: allowedDeportationTransitions(current.stage, current),
    };
  }

  const { problems, dates, eventOn } = validateDates<DeportationDateField>({
    eventFields: rule.dates,
    given: request.dates,
    previousEventOn: current.lastEventOn,
    today,
  });
  const custody = rule.custody === 'KEEP' ? current.custody : rule.custody;
  // A custody-neutral step (D2 → D3 …) keeps the interval already set; a new custody sets its own.
  const keepsInterval = rule.custody === 'KEEP';
  const release = releasePeriodOf(current, rule, outcome, request.provisionalReleaseUntil, eventOn);
  problems.push(...recorderProblems(request.recordedBy), ...intervalProblems(keepsInterval ? null : custody, request.reportingIntervalMonths), ...release.problems);
  if (problems.length > 0 || eventOn === null) return { status: 'invalid', problems };

  const reportingIntervalMonths = keepsInterval ? current.reportingIntervalMonths : (request.reportingIntervalMonths ?? null);
  const provisionalReleaseUntil = custody === 'PROVISIONAL_RELEASE' ? release.until : null;
  return {
    status: 'ok',
    state: { stage: rule.to, custody, reportingIntervalMonths, provisionalReleaseUntil, lastEventOn: eventOn },
    entry: {
      from: current.stage,
      to: rule.to,
      outcome,
      eventOn,
      dates,
      custody,
      reportingIntervalMonths,
      provisionalReleaseUntil,
      note: normaliseNote(request.note),
      recordedBy: request.recordedBy.trim(),
    },
  };
}

/**
 * The provisional release period after a step: a new release may state its end, an extension
 * must state the new end (after the old one), a step that keeps the custody keeps the period.
 */
function releasePeriodOf(
  current: DeportationState,
  rule: DeportationRule,
  outcome: DeportationOutcome | null,
  given: unknown,
  eventOn: string | null,
): { until: string | null; problems: TransitionProblem[] } {
  const field = 'provisionalReleaseUntil';
  const absent = given === undefined || given === null;
  const extending = outcome === 'RELEASE_EXTENDED';
  const starting = rule.custody === 'PROVISIONAL_RELEASE';
  if (!extending && !starting) {
    return absent
      ? { until: provisionalReleaseUntilOf(current), problems: [] }
      : { until: null, problems: [{ field, code: 'UNEXPECTED', message: 'provisionalReleaseUntil applies only when provisional release starts or is extended' }] };
  }
  if (absent) {
    return extending ? { until: null, problems: [{ field, code: 'MISSING', message: 'provisionalReleaseUntil (the new end of the period) is required for an extension' }] } : { until: null, problems: [] };
  }
  if (typeof given !== 'string' || !isIsoDate(given)) return { until: null, problems: [{ field, code: 'MALFORMED', message: 'provisionalReleaseUntil must be a date (YYYY-MM-DD)' }] };
  if (eventOn !== null && given <= eventOn) {
    return { until: null, problems: [{ field, code: 'INCONSISTENT', message: `provisionalReleaseUntil (${given}) must be after the step's date (${eventOn})` }] };
  }
  const previous = provisionalReleaseUntilOf(current);
  if (extending && previous !== null && given <= previous) {
    return { until: null, problems: [{ field, code: 'INCONSISTENT', message: `provisionalReleaseUntil (${given}) must be after the current end of the period (${previous})` }] };
  }
  return { until: given, problems: [] };
}

/** Longest gap between reports under supervision measures (Arts. 44-6, 52-5; Enforcement Regulation 36-8). */
export const MAX_SUPERVISION_REPORTING_INTERVAL_MONTHS = 3;
/** Sanity bound for provisional-release appearances, which the permit sets (no statutory maximum). */
const MAX_PROVISIONAL_RELEASE_INTERVAL_MONTHS = 12;

function intervalProblems(newCustody: CustodyCategory | null, given: unknown): TransitionProblem[] {
  const absent = given === undefined || given === null;
  const field = 'reportingIntervalMonths';
  if (newCustody === 'SUPERVISION') {
    if (absent) return [{ field, code: 'MISSING', message: 'reportingIntervalMonths is required for supervision measures' }];
    return wholeMonths(given, MAX_SUPERVISION_REPORTING_INTERVAL_MONTHS);
  }
  if (newCustody === 'PROVISIONAL_RELEASE') return absent ? [] : wholeMonths(given, MAX_PROVISIONAL_RELEASE_INTERVAL_MONTHS);
  return absent ? [] : [{ field, code: 'UNEXPECTED', message: 'reportingIntervalMonths applies only when supervision or provisional release starts' }];
}

function wholeMonths(given: unknown, max: number): TransitionProblem[] {
  return typeof given === 'number' && Number.isInteger(given) && given >= 1 && given <= max
    ? []
    : [{ field: 'reportingIntervalMonths', code: 'MALFORMED', message: `reportingIntervalMonths must be a whole number from 1 to ${max}` }];
}

export interface DeportationIntake {
  readonly stage: DeportationStage;
  /** Needed only for D3–D7, where the stage does not name the custody. */
  readonly custody?: CustodyCategory | null;
  readonly reportingIntervalMonths?: number | null;
  /** Under provisional release: the last day of the current period, when known. */
  readonly provisionalReleaseUntil?: string | null;
}

/**
 * The deportation status a client is in when the NGO first records it (a client often arrives
 * already detained or on provisional release): the start of the D history, without an event date.
 */
export function deportationAtIntake(
  intake: DeportationIntake,
): { readonly status: 'ok'; readonly state: DeportationState } | { readonly status: 'invalid'; readonly problems: readonly TransitionProblem[] } {
  const implied = custodyNamedByStage(intake.stage);
  const problems: TransitionProblem[] = [];
  let custody: CustodyCategory;
  if (implied === null) {
    if (intake.custody == null) {
      problems.push({ field: 'custody', code: 'MISSING', message: 'custody is required for this stage' });
      custody = 'NONE';
    } else if (intake.custody === 'NONE') {
      // From D3 on, a person is detained, supervised or provisionally released (D2 always comes first).
      problems.push({ field: 'custody', code: 'INCONSISTENT', message: 'custody cannot be NONE during a deportation procedure after D2' });
      custody = 'NONE';
    } else {
      custody = intake.custody;
    }
  } else {
    if (intake.custody != null && intake.custody !== implied) {
      problems.push({ field: 'custody', code: 'INCONSISTENT', message: `stage ${intake.stage} means custody ${implied}` });
    }
    custody = implied;
  }
  problems.push(...intervalProblems(custody, intake.reportingIntervalMonths));
  const until = intake.provisionalReleaseUntil ?? null;
  if (until !== null && custody !== 'PROVISIONAL_RELEASE') {
    problems.push({ field: 'provisionalReleaseUntil', code: 'UNEXPECTED', message: 'provisionalReleaseUntil applies only under provisional release' });
  } else if (until !== null && !isIsoDate(until)) {
    problems.push({ field: 'provisionalReleaseUntil', code: 'MALFORMED', message: 'provisionalReleaseUntil must be a date (YYYY-MM-DD)' });
  }
  if (problems.length > 0) return { status: 'invalid', problems };
  return {
    status: 'ok',
    state: { stage: intake.stage, custody, reportingIntervalMonths: intake.reportingIntervalMonths ?? null, provisionalReleaseUntil: until, lastEventOn: null },
  };
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
