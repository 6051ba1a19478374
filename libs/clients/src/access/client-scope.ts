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
  // Written as sets (ids = ANY(array), team_id = ANY(array)) rather than a correlated EXISTS, so
  // PostgreSQL can combine the scope with other indexed conditions (a name search) as bitmaps
  // before reading any row; the assigned ids come from one index scan evaluated once per query.
  const idSets: string[] = [];
  if (principal.role === 'caseworker' || principal.role === 'supervisor') {
    idSets.push(`ARRAY(SELECT scope_a.client_id FROM client_assignment scope_a WHERE scope_a.user_id = ${params.add(principal.userId)}::uuid)`);
  }
  if (principal.breakGlassClientIds.length > 0) idSets.push(`${params.add(principal.breakGlassClientIds)}::uuid[]`);
  const conditions: string[] = [];
  if (principal.role === 'supervisor' && principal.supervisedTeamIds.length > 0) {
    conditions.push(`${alias}.team_id = ANY(${params.add(principal.supervisedTeamIds)}::uuid[])`);
  }
  if (idSets.length > 0) conditions.push(`${alias}.id = ANY(${idSets.join(' || ')})`);
  return conditions.length === 0 ? 'false' : `(${conditions.join(' OR ')})`;
}

/** Teams in which the caller may take in or move files: the ones they work in or supervise. */
export function intakeTeams(principal: Principal): readonly string[] {
  if (principal.role === 'caseworker') return principal.teamIds;
  if (principal.role === 'supervisor') return [...new Set([...principal.supervisedTeamIds, ...principal.teamIds])];
  return [];
}
