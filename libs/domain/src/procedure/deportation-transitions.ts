import type { CustodyCategory, DeportationDateField, DeportationOutcome, DeportationStage, DeportationTransitionContext } from './track-d.js';
import { optionsFrom, type Label, type TransitionOption, type TransitionRuleBase } from './transition-result.js';

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
