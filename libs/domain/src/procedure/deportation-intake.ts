import { intakeReleasePeriodProblems } from './provisional-release-period.js';
import { reportingIntervalProblems } from './reporting-interval.js';
import { custodyNamedByStage, type CustodyCategory, type DeportationStage, type DeportationState } from './track-d.js';
import type { TransitionProblem } from './transition-result.js';

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
  const until = intake.provisionalReleaseUntil ?? null;
  problems.push(...reportingIntervalProblems(custody, intake.reportingIntervalMonths), ...intakeReleasePeriodProblems(custody, until));
  if (problems.length > 0) return { status: 'invalid', problems };
  return {
    status: 'ok',
    state: { stage: intake.stage, custody, reportingIntervalMonths: intake.reportingIntervalMonths ?? null, provisionalReleaseUntil: until, lastEventOn: null },
  };
}
