import { isRecordedDate } from '../calendar/local-date.js';
import { workFlagProblems, type WorkRule } from './residence-work-flag.js';
import type { ResidenceStage, ResidenceState, TriageCategory } from './track-r.js';
import type { TransitionProblem } from './transition-result.js';

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
  } else if (!isRecordedDate(intake.expiresOn)) {
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
