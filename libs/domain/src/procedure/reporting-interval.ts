import type { CustodyCategory } from './track-d.js';
import type { TransitionProblem } from './transition-result.js';

/** Longest gap between reports under supervision measures (Arts. 44-6, 52-5; Enforcement Regulation 36-8). */
export const MAX_SUPERVISION_REPORTING_INTERVAL_MONTHS = 3;
/** Sanity bound for provisional-release appearances, which the permit sets (no statutory maximum). */
const MAX_PROVISIONAL_RELEASE_INTERVAL_MONTHS = 12;

/**
 * The reporting interval a step or an intake gives for the custody it starts: required under
 * supervision measures, optional under provisional release, refused otherwise. `null` for a step
 * that keeps the custody (and so the interval already recorded).
 */
export function reportingIntervalProblems(newCustody: CustodyCategory | null, given: unknown): TransitionProblem[] {
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
