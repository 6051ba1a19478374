import type { Role, SessionState } from './api/types';

/** Where a role starts after sign-in. */
export function landingPath(role: Role): string {
  return role === 'admin' ? '/users' : '/';
}

/** The screen for an unfinished sign-in. */
export function stepPath(state: Exclude<SessionState, 'active'>): string {
  return state === 'mfa-pending' ? '/sign-in/second-factor' : '/sign-in/set-up-second-factor';
}
