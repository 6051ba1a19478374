import type { Principal } from '#accounts';
import { DomainError, emergencyActionsFor, emergencyFieldsFor, fieldsEmergencyAccessRefuses, type ClientFileAction } from '#domain';

/**
 * The emergency access rule (libs/domain) applied to a caller: a caller who reaches the file only
 * through emergency access may take an action only if the rule allows it for their role, and,
 * where the rule limits the fields an action may change (an existing appointment), change only
 * those. Called by ClientsService with the access found by the query that fetched the file, after
 * the scope check, so a caller with no access at all still gets 404, never 403.
 *
 * Returns the refusal to throw (403 EMERGENCY_ACCESS_NOT_ALLOWED) with the fields it names (none
 * when the action itself is refused), or null when allowed.
 */
export function emergencyRefusal(
  principal: Principal,
  access: 'scope' | 'break-glass',
  action: ClientFileAction,
  changed?: readonly string[],
): { readonly error: DomainError; readonly fields: string[] } | null {
  if (access !== 'break-glass') return null;
  const allowed = [...emergencyActionsFor(principal.role)];
  if (!allowed.includes(action)) {
    const message =
      allowed.length === 0
        ? 'Your emergency access to this file is read-only.'
        : 'Emergency access lets you record a note, an appointment or a procedure step, not this. Ask the file’s team.';
    return { error: new DomainError('EMERGENCY_ACCESS_NOT_ALLOWED', message, { action, allowed }), fields: [] };
  }
  const refusedFields = changed === undefined ? [] : fieldsEmergencyAccessRefuses(principal.role, action, changed);
  if (refusedFields.length === 0) return null;
  const error = new DomainError('EMERGENCY_ACCESS_NOT_ALLOWED', 'Emergency access lets you record what happens now, not change what the team arranged. Ask the file’s team.', {
    action,
    allowed,
    fields: refusedFields,
    allowedFields: [...(emergencyFieldsFor(action) ?? [])],
  });
  return { error, fields: refusedFields };
}
