import type { Principal } from '#accounts';
import type { ParamBinder } from '#platform';

/**
 * The one place that says which client files a caller reaches. Every query that reads or changes
 * client data adds this condition, so scope is enforced in the same query that fetches the data
 * (no extra query per request, no record fetched and then checked):
 *
 * - a caseworker: the files they are assigned to, of the teams they work in;
 * - a supervisor: the files of the teams they supervise, and any of their other teams assigned
 *   to them;
 * - an administrator: none;
 * - anyone: a file opened through break-glass access in the last hour and not ended since.
 *
 * An assignment counts only within the caller's teams: someone who left a team no longer reaches
 * its files, even before their assignments are released (LeaverAssignments).
 *
 * What a caller may change under break-glass access is decided where files are locked for a
 * change (ClientsService.lockOpen and the emergency access rule), with the access this
 * condition's companion column reports.
 *
 * A file outside the scope is indistinguishable from one that does not exist (404).
 */
export function clientScopeCondition(principal: Principal, alias: string, params: ParamBinder): string {
  // Written as sets (ids = ANY(array), team_id = ANY(array)) rather than a correlated EXISTS, so
  // PostgreSQL can combine the scope with other indexed conditions (a name search) as bitmaps
  // before reading any row; the assigned ids come from one index scan evaluated once per query.
  const conditions: string[] = [];
  if (principal.role === 'supervisor' && principal.supervisedTeamIds.length > 0) {
    conditions.push(`${alias}.team_id = ANY(${params.add(principal.supervisedTeamIds)}::uuid[])`);
  }
  const teams = [...new Set([...principal.teamIds, ...principal.supervisedTeamIds])];
  if ((principal.role === 'caseworker' || principal.role === 'supervisor') && teams.length > 0) {
    conditions.push(
      `(${alias}.id = ANY(ARRAY(SELECT scope_a.client_id FROM client_assignment scope_a WHERE scope_a.user_id = ${params.add(principal.userId)}::uuid))` +
        ` AND ${alias}.team_id = ANY(${params.add(teams)}::uuid[]))`,
    );
  }
  if (principal.breakGlassClientIds.length > 0) conditions.push(`${alias}.id = ANY(${params.add(principal.breakGlassClientIds)}::uuid[])`);
  return conditions.length === 0 ? 'false' : `(${conditions.join(' OR ')})`;
}

/** Teams in which the caller may take in or move files: the ones they work in or supervise. */
export function intakeTeams(principal: Principal): readonly string[] {
  if (principal.role === 'caseworker') return principal.teamIds;
  if (principal.role === 'supervisor') return [...new Set([...principal.supervisedTeamIds, ...principal.teamIds])];
  return [];
}
