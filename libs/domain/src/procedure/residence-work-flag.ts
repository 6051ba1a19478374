import type { ResidenceState } from './track-r.js';
import type { TransitionProblem } from './transition-result.js';

/**
 * How a residence step sets the work flag: from the designation document (the request says), kept
 * from the current status, or fixed by the status (定住者 always; provisional stay, no status and
 * departure never).
 */
export type WorkRule = 'REQUEST' | 'KEEP' | 'ALWAYS' | 'NEVER';

export function workFlagProblems(work: WorkRule, given: unknown): TransitionProblem[] {
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

export function workAfter(work: WorkRule, current: ResidenceState, given: boolean | undefined): boolean {
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
