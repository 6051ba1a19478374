import { emergencyAccessAllows, type ClientFileAction } from '#domain';
import type { ClientView, Role } from '../../api/types';

/**
 * Whether the page offers an action on this file. Reached in scope: every action (the server
 * still decides). Reached only through emergency access: what the emergency access rule allows
 * the caller's role, the same rule (libs/domain) the server enforces, so the page never offers a
 * button the server would refuse with EMERGENCY_ACCESS_NOT_ALLOWED.
 */
export function offers(client: ClientView, role: Role, action: ClientFileAction): boolean {
  return client.access !== 'break-glass' || emergencyAccessAllows(role, action);
}
