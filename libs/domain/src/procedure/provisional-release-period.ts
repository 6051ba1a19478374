import { isRecordedDate } from '../calendar/local-date.js';
import type { DeportationRule } from './deportation-transitions.js';
import type { CustodyCategory, DeportationOutcome, DeportationState } from './track-d.js';
import type { TransitionProblem } from './transition-result.js';

/** The end of the current provisional release period, or null (not released, or not known). */
export function provisionalReleaseUntilOf(state: DeportationState): string | null {
  return state.custody === 'PROVISIONAL_RELEASE' ? (state.provisionalReleaseUntil ?? null) : null;
}

/**
 * The provisional release period after a step: a new release may state its end, an extension
 * must state the new end (after the old one), a step that keeps the custody keeps the period.
 */
export function releasePeriodAfter(
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
  if (typeof given !== 'string' || !isRecordedDate(given)) return { until: null, problems: [{ field, code: 'MALFORMED', message: 'provisionalReleaseUntil must be a date (YYYY-MM-DD)' }] };
  if (eventOn !== null && given <= eventOn) {
    return { until: null, problems: [{ field, code: 'INCONSISTENT', message: `provisionalReleaseUntil (${given}) must be after the step's date (${eventOn})` }] };
  }
  const previous = provisionalReleaseUntilOf(current);
  if (extending && previous !== null && given <= previous) {
    return { until: null, problems: [{ field, code: 'INCONSISTENT', message: `provisionalReleaseUntil (${given}) must be after the current end of the period (${previous})` }] };
  }
  return { until: given, problems: [] };
}

/** The end of the period a client on provisional release arrives with: a date, and only under provisional release. */
export function intakeReleasePeriodProblems(custody: CustodyCategory, until: string | null): TransitionProblem[] {
  if (until !== null && custody !== 'PROVISIONAL_RELEASE') {
    return [{ field: 'provisionalReleaseUntil', code: 'UNEXPECTED', message: 'provisionalReleaseUntil applies only under provisional release' }];
  }
  if (until !== null && !isRecordedDate(until)) {
    return [{ field: 'provisionalReleaseUntil', code: 'MALFORMED', message: 'provisionalReleaseUntil must be a date (YYYY-MM-DD)' }];
  }
  return [];
}
