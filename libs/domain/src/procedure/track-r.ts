import {
  findRule,
  normaliseNote,
  optionsFrom,
  recorderProblems,
  validateDates,
  validated,
  type Label,
  type TransitionOption,
  type TransitionProblem,
  type TransitionResult,
  type TransitionRuleBase,
} from './transition-result.js';
import { isIsoDate } from './iso-date.js';

/**
 * Track R: the client's residence status, kept on the client as current status + history.
 * Reference §2.2; the 2018 triage categories in §1.2(a).
 */
export const ResidenceStages = [
  'REGULAR_OTHER',
  'TOKUTEI_TRIAGE',
  'TOKUTEI',
  'STAY_RESTRICTED',
  'KARITAIZAI',
  'NO_STATUS',
  'TEIJUSHA',
  'HUMANITARIAN',
  'SPECIAL_PERMISSION',
  'DEPARTED',
] as const;
export type ResidenceStage = (typeof ResidenceStages)[number];

/** The 2018 triage categories (MOJ operating rules, Jan 2018) [S]. */
export const TriageCategories = ['A', 'B', 'C', 'D1', 'D2'] as const;
export type TriageCategory = (typeof TriageCategories)[number];

export const ResidenceOutcomes = ['RENEWED', 'TRIAGE_A', 'TRIAGE_B', 'TRIAGE_C', 'TRIAGE_D1', 'TRIAGE_D2'] as const;
export type ResidenceOutcome = (typeof ResidenceOutcomes)[number];

export const ResidenceDateFields = ['grantedOn', 'expiresOn', 'noticeReceivedOn', 'endedOn', 'departedOn'] as const;
export type ResidenceDateField = (typeof ResidenceDateFields)[number];
export type ResidenceDates = Readonly<Partial<Record<ResidenceDateField, string>>>;

export interface ResidenceState {
  readonly stage: ResidenceStage;
  /**
   * Whether the status itself permits work. For 特定活動 and the other document-based statuses it
   * is what the designation document (指定書) says — the residence card shows only "特定活動";
   * 定住者 always permits work; provisional stay, no status and departure never do.
   */
  readonly workAllowed: boolean;
  /** Last day of the current period of stay (or of provisional stay); null without a status. */
  readonly expiresOn: string | null;
  readonly triageCategory: TriageCategory | null;
  readonly lastEventOn: string | null;
}

/** What the allowed steps depend on, from the client's protection applications. */
export interface ResidenceTransitionContext {
  /** Some application is pending (P1–P6, not terminal): the precondition of triage status and provisional stay. */
  readonly protectionPending: boolean;
  /** Refugee status or CP was granted: the precondition of 定住者 under Arts. 61-2-2(1) and 61-2-3. */
  readonly protectionGranted: boolean;
}

export const ResidenceStageLabels: Readonly<Record<ResidenceStage, Label>> = {
  REGULAR_OTHER: { ja: 'その他の在留資格(短期滞在など)', en: 'Other status of residence (e.g. Temporary Visitor)' },
  TOKUTEI_TRIAGE: { ja: '特定活動(振分け期間)', en: 'Designated Activities (triage period)' },
  TOKUTEI: { ja: '特定活動', en: 'Designated Activities' },
  STAY_RESTRICTED: { ja: '在留制限(更新不可)', en: 'Stay restricted (no renewal)' },
  KARITAIZAI: { ja: '仮滞在', en: 'Provisional stay permission' },
  NO_STATUS: { ja: '在留資格なし', en: 'No status of residence' },
  TEIJUSHA: { ja: '定住者(認定後)', en: 'Long-Term Resident (after recognition)' },
  HUMANITARIAN: { ja: '人道配慮による在留許可', en: 'Humanitarian permission to stay' },
  SPECIAL_PERMISSION: { ja: '在留特別許可', en: 'Special permission to stay' },
  DEPARTED: { ja: '出国済み', en: 'Left Japan' },
};

export const ResidenceDateFieldLabels: Readonly<Record<ResidenceDateField, Label>> = {
  grantedOn: { ja: '許可日', en: 'Granted on' },
  expiresOn: { ja: '在留期限', en: 'Expires on' },
  noticeReceivedOn: { ja: '通知を受けた日', en: 'Notice received on' },
  endedOn: { ja: '適法な在留の最終日', en: 'Last day of lawful stay' },
  departedOn: { ja: '出国日', en: 'Left Japan on' },
};

/** How a step sets the work flag. */
type WorkRule = 'REQUEST' | 'KEEP' | 'ALWAYS' | 'NEVER';

export interface ResidenceRule extends TransitionRuleBase<ResidenceStage, ResidenceOutcome, ResidenceDateField, ResidenceTransitionContext> {
  /** The step grants a period of stay: `expiresOn` is required. */
  readonly grantsPeriod: boolean;
  readonly work: WorkRule;
}

export type ResidenceTransitionOption = TransitionOption<ResidenceStage, ResidenceOutcome, ResidenceDateField>;

const L = (ja: string, en: string): Label => ({ ja, en });
const pending = (c: ResidenceTransitionContext): boolean => c.protectionPending;
const granted = (c: ResidenceTransitionContext): boolean => c.protectionGranted;

const grant = (
  from: ResidenceStage,
  to: ResidenceStage,
  label: Label,
  basis: string,
  options: { outcome?: ResidenceOutcome; work?: WorkRule; when?: (c: ResidenceTransitionContext) => boolean } = {},
): ResidenceRule => ({
  from,
  to,
  outcome: options.outcome ?? null,
  label,
  dates: ['grantedOn'],
  basis,
  grantsPeriod: true,
  work: options.work ?? 'REQUEST',
  ...(options.when === undefined ? {} : { when: options.when }),
});

const STATUS_HOLDING: readonly ResidenceStage[] = ['REGULAR_OTHER', 'TOKUTEI_TRIAGE', 'TOKUTEI', 'STAY_RESTRICTED'];
const TRIAGE_GRANTS: readonly ResidenceOutcome[] = ['TRIAGE_A', 'TRIAGE_D1', 'TRIAGE_D2'];
const TRIAGE_RESTRICTIONS: readonly ResidenceOutcome[] = ['TRIAGE_B', 'TRIAGE_C'];

const TEIJUSHA_LABEL = L('認定により定住者の許可', 'Long-Term Resident granted on recognition');

export const ResidenceTransitionRules: readonly ResidenceRule[] = [
  grant('REGULAR_OTHER', 'REGULAR_OTHER', L('在留期間更新・在留資格変更(その他)', 'Other status renewed or changed'), 'Immigration Control Act Arts. 20, 21', {
    outcome: 'RENEWED',
  }),
  grant(
    'REGULAR_OTHER',
    'TOKUTEI_TRIAGE',
    L('振分け期間の特定活動へ変更', 'Changed to Designated Activities for triage (about 2 months)'),
    'Art. 20; MOJ triage practice of Jan 2018 [S]',
    { when: pending },
  ),
  grant('REGULAR_OTHER', 'TOKUTEI', L('特定活動へ変更', 'Changed to Designated Activities'), 'Immigration Control Act Art. 20'),

  ...TRIAGE_GRANTS.map((outcome) =>
    grant(
      'TOKUTEI_TRIAGE',
      'TOKUTEI',
      L(`振分け結果 ${outcome.slice(7)}:特定活動を許可`, `Triage category ${outcome.slice(7)}: Designated Activities granted`),
      'Immigration Control Act Art. 21; MOJ triage practice of Jan 2018 [S]',
      { outcome },
    ),
  ),
  ...TRIAGE_RESTRICTIONS.map(
    (outcome): ResidenceRule => ({
      from: 'TOKUTEI_TRIAGE',
      to: 'STAY_RESTRICTED',
      outcome,
      label: L(`振分け結果 ${outcome.slice(7)}:在留制限`, `Triage category ${outcome.slice(7)}: stay restricted`),
      dates: ['noticeReceivedOn'],
      basis: 'MOJ triage practice of Jan 2018 [S]: no further status, removal procedure after expiry',
      grantsPeriod: false,
      work: 'KEEP',
    }),
  ),

  grant('TOKUTEI', 'TOKUTEI', L('特定活動の在留期間更新', 'Designated Activities renewed'), 'Immigration Control Act Art. 21', { outcome: 'RENEWED' }),
  {
    from: 'TOKUTEI',
    to: 'STAY_RESTRICTED',
    outcome: null,
    label: L('在留制限(次回更新なし)の通知', 'Told further stay is restricted (no next renewal)'),
    dates: ['noticeReceivedOn'],
    basis: 'MOJ triage practice of Jan 2018 [S]',
    grantsPeriod: false,
    work: 'KEEP',
  },

  // Since 10 June 2024 status holders get humanitarian stay by a change of status [U exact route].
  ...STATUS_HOLDING.map((from) =>
    grant(from, 'HUMANITARIAN', L('人道配慮による在留許可(在留資格変更)', 'Humanitarian stay granted (change of status)'), 'Immigration Control Act Art. 20 [U: route since 10 June 2024]'),
  ),
  grant('HUMANITARIAN', 'HUMANITARIAN', L('人道配慮の在留期間更新', 'Humanitarian stay renewed'), 'Immigration Control Act Art. 21', { outcome: 'RENEWED' }),

  ...[...STATUS_HOLDING, 'HUMANITARIAN' as const, 'SPECIAL_PERMISSION' as const].map((from) =>
    grant(from, 'TEIJUSHA', TEIJUSHA_LABEL, 'Immigration Control Act Art. 61-2-3', { work: 'ALWAYS', when: granted }),
  ),
  ...(['KARITAIZAI', 'NO_STATUS'] as const).map((from) =>
    grant(from, 'TEIJUSHA', TEIJUSHA_LABEL, 'Immigration Control Act Art. 61-2-2(1) (subject to its exclusions)', { work: 'ALWAYS', when: granted }),
  ),
  grant('TEIJUSHA', 'TEIJUSHA', L('定住者の在留期間更新', 'Long-Term Resident renewed'), 'Immigration Control Act Art. 21', { outcome: 'RENEWED', work: 'ALWAYS' }),

  grant('NO_STATUS', 'KARITAIZAI', L('仮滞在許可', 'Provisional stay granted'), 'Immigration Control Act Art. 61-2-4(1)', { work: 'NEVER', when: pending }),
  grant(
    'KARITAIZAI',
    'KARITAIZAI',
    L('仮滞在期間の更新', 'Provisional stay renewed'),
    'Immigration Control Act Art. 61-2-4; renewal from 10 days before expiry [S]',
    { outcome: 'RENEWED', work: 'NEVER' },
  ),

  grant('NO_STATUS', 'SPECIAL_PERMISSION', L('在留特別許可', 'Special permission to stay granted'), 'Immigration Control Act Art. 50'),
  grant('SPECIAL_PERMISSION', 'SPECIAL_PERMISSION', L('在留期間更新(在留特別許可後)', 'Status renewed (after special permission)'), 'Immigration Control Act Art. 21', {
    outcome: 'RENEWED',
  }),

  ...ResidenceStages.filter((from) => from !== 'NO_STATUS' && from !== 'DEPARTED').map(
    (from): ResidenceRule => ({
      from,
      to: 'NO_STATUS',
      outcome: null,
      label:
        from === 'KARITAIZAI'
          ? L('仮滞在の終了', 'Provisional stay ended')
          : L('在留資格の喪失(期限経過・不許可)', 'Lawful stay ended (expired, not renewed or refused)'),
      dates: ['endedOn'],
      basis: from === 'KARITAIZAI' ? 'Immigration Control Act Art. 61-2-4(5)' : 'Immigration Control Act Arts. 20(6), 21(4), 24(iv)(b)',
      grantsPeriod: false,
      work: 'NEVER',
    }),
  ),
  ...ResidenceStages.filter((from) => from !== 'DEPARTED').map(
    (from): ResidenceRule => ({
      from,
      to: 'DEPARTED',
      outcome: null,
      label: L('出国した', 'Left Japan'),
      dates: ['departedOn'],
      basis: 'Departure or removal',
      grantsPeriod: false,
      work: 'NEVER',
    }),
  ),
];

export function allowedResidenceTransitions(stage: ResidenceStage, context: ResidenceTransitionContext): ResidenceTransitionOption[] {
  return optionsFrom(ResidenceTransitionRules, stage, context).map((option) => {
    const rule = findRule(ResidenceTransitionRules, stage, option.to, option.outcome, context);
    return rule?.grantsPeriod === true ? { ...option, requiredDates: [...option.requiredDates, 'expiresOn'] } : option;
  });
}

export interface ResidenceTransitionRequest {
  readonly to: ResidenceStage;
  readonly outcome?: ResidenceOutcome | null;
  readonly dates?: ResidenceDates;
  /** Required where the designation document decides (特定活動, humanitarian, special permission, other statuses). */
  readonly workAllowed?: boolean;
  readonly note?: string | null;
  readonly recordedBy: string;
}

export interface ResidenceHistoryEntry {
  readonly from: ResidenceStage;
  readonly to: ResidenceStage;
  readonly outcome: ResidenceOutcome | null;
  readonly eventOn: string;
  readonly dates: ResidenceDates;
  readonly workAllowed: boolean;
  readonly note: string | null;
  readonly recordedBy: string;
}

export type ResidenceTransitionResult = TransitionResult<ResidenceState, ResidenceHistoryEntry, ResidenceStage, ResidenceOutcome, ResidenceDateField>;

export function applyResidenceTransition(
  current: ResidenceState,
  request: ResidenceTransitionRequest,
  context: ResidenceTransitionContext,
  today: string,
): ResidenceTransitionResult {
  const outcome = request.outcome ?? null;
  const rule = findRule(ResidenceTransitionRules, current.stage, request.to, outcome, context);
  if (rule === undefined) {
    return {
      status: 'not-allowed',
      from: current.stage,
      requested: { to: request.to, outcome },
      allowed: allowedResidenceTransitions(current.stage, context),
    };
  }

  const { problems, dates, eventOn } = validateDates<ResidenceDateField>({
    eventFields: rule.dates,
    periodEndFields: rule.grantsPeriod ? ['expiresOn'] : [],
    given: request.dates,
    previousEventOn: current.lastEventOn,
    today,
  });
  problems.push(...recorderProblems(request.recordedBy), ...workFlagProblems(rule.work, request.workAllowed));
  if (problems.length > 0 || eventOn === null) return { status: 'invalid', problems };

  const workAllowed = workAfter(rule.work, current, request.workAllowed);
  const state: ResidenceState = {
    stage: rule.to,
    workAllowed,
    expiresOn: rule.grantsPeriod ? validated(dates, 'expiresOn') : rule.work === 'KEEP' ? current.expiresOn : null,
    triageCategory: triageAfter(rule, current),
    lastEventOn: eventOn,
  };
  return {
    status: 'ok',
    state,
    entry: {
      from: current.stage,
      to: rule.to,
      outcome,
      eventOn,
      dates,
      workAllowed,
      note: normaliseNote(request.note),
      recordedBy: request.recordedBy.trim(),
    },
  };
}

function workFlagProblems(work: WorkRule, given: unknown): TransitionProblem[] {
  if (work === 'REQUEST') {
    if (given === undefined || given === null) {
      return [{ field: 'workAllowed', code: 'MISSING', message: 'workAllowed (as stated in the designation document) is required for this status' }];
    }
    if (typeof given !== 'boolean') return [{ field: 'workAllowed', code: 'MALFORMED', message: 'workAllowed must be true or false' }];
    return [];
  }
  return given === undefined || given === null
    ? []
    : [{ field: 'workAllowed', code: 'UNEXPECTED', message: 'workAllowed is fixed by this status and cannot be set' }];
}

function workAfter(work: WorkRule, current: ResidenceState, given: boolean | undefined): boolean {
  switch (work) {
    case 'REQUEST':
      return given === true;
    case 'KEEP':
      return current.workAllowed;
    case 'ALWAYS':
      return true;
    case 'NEVER':
      return false;
  }
}

function triageAfter(rule: ResidenceRule, current: ResidenceState): TriageCategory | null {
  if (rule.outcome !== null && rule.outcome.startsWith('TRIAGE_')) return rule.outcome.slice(7) as TriageCategory;
  // The category keeps mattering while the person stays in the 特定活動 track (e.g. D2: work after 6 months).
  return rule.to === 'TOKUTEI' || rule.to === 'STAY_RESTRICTED' ? current.triageCategory : null;
}

export interface ResidenceIntake {
  readonly stage: ResidenceStage;
  readonly expiresOn?: string | null;
  readonly workAllowed?: boolean | null;
  readonly triageCategory?: TriageCategory | null;
}

/**
 * The residence status a client has when the NGO first records it: the start of the R history.
 * It is a fact found at intake, not a step, so it has no event date.
 */
export function residenceAtIntake(
  intake: ResidenceIntake,
): { readonly status: 'ok'; readonly state: ResidenceState } | { readonly status: 'invalid'; readonly problems: readonly TransitionProblem[] } {
  const problems: TransitionProblem[] = [];
  const withoutPeriod = intake.stage === 'NO_STATUS' || intake.stage === 'DEPARTED';
  if (withoutPeriod) {
    if (intake.expiresOn != null) problems.push({ field: 'expiresOn', code: 'UNEXPECTED', message: 'expiresOn is not recorded without a status' });
  } else if (intake.expiresOn == null) {
    problems.push({ field: 'expiresOn', code: 'MISSING', message: 'expiresOn is required for a status with a period' });
  } else if (!isIsoDate(intake.expiresOn)) {
    problems.push({ field: 'expiresOn', code: 'MALFORMED', message: 'expiresOn must be an ISO date YYYY-MM-DD' });
  }

  const work = intakeWorkRule(intake.stage);
  problems.push(...workFlagProblems(work, intake.workAllowed));
  const triageStage = intake.stage === 'TOKUTEI' || intake.stage === 'STAY_RESTRICTED';
  if (!triageStage && intake.triageCategory != null) {
    problems.push({ field: 'triageCategory', code: 'UNEXPECTED', message: 'triageCategory applies only to Designated Activities and restricted stay' });
  }
  if (problems.length > 0) return { status: 'invalid', problems };

  return {
    status: 'ok',
    state: {
      stage: intake.stage,
      workAllowed: work === 'REQUEST' ? intake.workAllowed === true : work === 'ALWAYS',
      expiresOn: withoutPeriod ? null : (intake.expiresOn ?? null),
      triageCategory: triageStage ? (intake.triageCategory ?? null) : null,
      lastEventOn: null,
    },
  };
}

function intakeWorkRule(stage: ResidenceStage): WorkRule {
  switch (stage) {
    case 'TEIJUSHA':
      return 'ALWAYS';
    case 'KARITAIZAI':
    case 'NO_STATUS':
    case 'DEPARTED':
      return 'NEVER';
    case 'REGULAR_OTHER':
    case 'TOKUTEI_TRIAGE':
    case 'TOKUTEI':
    case 'STAY_RESTRICTED':
    case 'HUMANITARIAN':
    case 'SPECIAL_PERMISSION':
      return 'REQUEST';
  }
}

/**
 * Reference §2.4: while provisional stay runs, the deportation procedure is suspended
 * (Art. 61-2-6(2) in the text before 10 June 2024; current number [U]).
 */
export function deportationProcedureSuspended(residence: Pick<ResidenceState, 'stage'>): boolean {
  return residence.stage === 'KARITAIZAI';
}
