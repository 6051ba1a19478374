import type { CustodyCategory, ResidenceStage, StepOption } from '../../api/types';

/*
 * What the residence and custody forms must ask besides dates. The API's step options name the
 * dates only; these mirror the procedure rules of libs/domain (track-r, track-d) so the form asks
 * for the work flag and the reporting interval exactly when the server requires them.
 */

/** Statuses whose work permission is whatever the designation document (指定書) says. */
const WORK_PER_DESIGNATION: readonly ResidenceStage[] = ['REGULAR_OTHER', 'TOKUTEI_TRIAGE', 'TOKUTEI', 'HUMANITARIAN', 'SPECIAL_PERMISSION'];

export function asksWorkFlag(stage: string): boolean {
  return (WORK_PER_DESIGNATION as readonly string[]).includes(stage);
}

/** A status without a period of stay has no expiry date. */
export function hasPeriodOfStay(stage: ResidenceStage): boolean {
  return stage !== 'NO_STATUS' && stage !== 'DEPARTED';
}

/** The triage category (A–D2) is recorded with Designated Activities and restricted stay. */
export function takesTriageCategory(stage: ResidenceStage): boolean {
  return stage === 'TOKUTEI' || stage === 'STAY_RESTRICTED';
}

/** The custody a deportation stage names by itself; null for D3–D7, where it must be given. */
export function custodyNamedByStage(stage: string): CustodyCategory | null {
  switch (stage) {
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
    default:
      return 'NONE';
  }
}

export type IntervalNeed = 'required' | 'optional' | 'none';

/** Reporting every few months: required under supervision measures, possible under provisional release. */
export function reportingIntervalFor(custody: CustodyCategory | null): IntervalNeed {
  if (custody === 'SUPERVISION') return 'required';
  if (custody === 'PROVISIONAL_RELEASE') return 'optional';
  return 'none';
}

const CUSTODY_OUTCOMES: Readonly<Record<string, CustodyCategory>> = {
  CUSTODY_DETAINED: 'DETAINED',
  CUSTODY_SUPERVISION: 'SUPERVISION',
  CUSTODY_PROVISIONAL_RELEASE: 'PROVISIONAL_RELEASE',
};

/** An extension of the provisional release period: custody and stage stay, the period's end moves. */
export function extendsRelease(option: StepOption): boolean {
  return option.outcome === 'RELEASE_EXTENDED';
}

/** The custody a custody step starts, or null when the step keeps the current one. */
export function custodyStartedBy(option: StepOption): CustodyCategory | null {
  if (extendsRelease(option)) return null;
  const byOutcome = option.outcome ? CUSTODY_OUTCOMES[option.outcome] : undefined;
  if (byOutcome) return byOutcome;
  const named = custodyNamedByStage(option.to);
  return named === 'NONE' ? null : named;
}
