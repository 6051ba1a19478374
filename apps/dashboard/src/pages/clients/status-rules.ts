import { custodyNamedByStage as custodyOfStage } from '#domain';
import { DEPORTATION_STAGES, type CustodyCategory, type DeportationStage, type ResidenceStage, type StepOption } from '../../api/types';

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

/** The custody a deportation stage names by itself (the procedure's own rule); null for D3–D7. */
export function custodyNamedByStage(stage: string): CustodyCategory | null {
  return (DEPORTATION_STAGES as readonly string[]).includes(stage) ? custodyOfStage(stage as DeportationStage) : 'NONE';
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
