import type { Principal } from '#accounts';
import { DomainError, emergencyAccessAllows, emergencyActionsFor, type ClientFileAction } from '#domain';

/**
 * The one enforcement point of the emergency access rule (libs/domain): a caller who reaches the
 * file only through emergency access may take an action only if the rule allows it for their
 * role. Called with the access found by the same (locking) query that fetched the file, after
 * the scope check, so a caller with no access at all still gets 404, never 403.
 */
export function refuseUnlessEmergencyAllows(principal: Principal, access: 'scope' | 'break-glass', action: ClientFileAction): void {
  if (access !== 'break-glass' || emergencyAccessAllows(principal.role, action)) return;
  const allowed = emergencyActionsFor(principal.role);
  throw new DomainError(
    'EMERGENCY_ACCESS_NOT_ALLOWED',
    allowed.length === 0
      ? 'Your emergency access to this file is read-only.'
      : 'Emergency access lets you record a note, an appointment or a procedure step, not this. Ask the file’s team.',
    { action, allowed: [...allowed] },
  );
}
