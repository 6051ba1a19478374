import type { SessionState } from './entities/session.entity.js';
import type { Locale, Role } from './roles.js';

/**
 * The signed-in caller, resolved from the session cookie in one query (or from SessionCache). Everything
 * authorization needs is here, so checks add no further queries.
 */
export interface Principal {
  readonly userId: string;
  readonly role: Role;
  readonly email: string;
  readonly displayName: string;
  readonly locale: Locale;
  readonly sessionId: string;
  readonly sessionState: SessionState;
  /** Whether the account has an authenticator app enrolled. */
  readonly secondFactorEnabled: boolean;
  readonly csrfToken: string;
  /** Teams the user works in (their own caseload). */
  readonly teamIds: readonly string[];
  /** Teams whose caseload the user supervises. */
  readonly supervisedTeamIds: readonly string[];
  /** Client files opened through break-glass access that has not expired. */
  readonly breakGlassClientIds: readonly string[];
}
