import type { Principal } from '#accounts';
import type { ParamBinder } from '#platform';

/**
 * The one place that says which client files a caller reaches. Every query that reads or changes
 * client data adds this condition, so scope is enforced in the same query that fetches the data
 * (no extra query per request, no record fetched and then checked):
 *
 * - a caseworker: the files they are assigned to;
 * - a supervisor: the files of the teams they supervise, and any assigned to them;
 * - an administrator: none;
 * - anyone: a file opened through break-glass access in the last hour.
 *
 * A file outside the scope is indistinguishable from one that does not exist (404).
 */
export function clientScopeCondition(principal: Principal, alias: string, params: ParamBinder): string {
  const conditions: string[] = [];
  if (principal.role === 'caseworker' || principal.role === 'supervisor') {
    conditions.push(
      `EXISTS (SELECT 1 FROM client_assignment scope_a WHERE scope_a.client_id = ${alias}.id AND scope_a.user_id = ${params.add(principal.userId)})`,
    );
  }
  if (principal.role === 'supervisor' && principal.supervisedTeamIds.length > 0) {
    conditions.push(`${alias}.team_id = ANY(${params.add(principal.supervisedTeamIds)}::uuid[])`);
  }
  if (principal.breakGlassClientIds.length > 0) {
    conditions.push(`${alias}.id = ANY(${params.add(principal.breakGlassClientIds)}::uuid[])`);
  }
  return conditions.length === 0 ? 'false' : `(${conditions.join(' OR ')})`;
}

/** Teams in which the caller may take in or move files: the ones they work in or supervise. */
export function intakeTeams(principal: Principal): readonly string[] {
  if (principal.role === 'caseworker') return principal.teamIds;
  if (principal.role === 'supervisor') return [...new Set([...principal.supervisedTeamIds, ...principal.teamIds])];
  return [];
}
