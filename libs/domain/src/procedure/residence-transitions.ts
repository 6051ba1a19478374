import type { WorkRule } from './residence-work-flag.js';
import { ResidenceStages, type ResidenceDateField, type ResidenceOutcome, type ResidenceStage, type ResidenceTransitionContext } from './track-r.js';
import { findRule, optionsFrom, type Label, type TransitionOption, type TransitionRuleBase } from './transition-result.js';

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
