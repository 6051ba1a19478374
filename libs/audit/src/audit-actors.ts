/**
 * What the audit trail needs to know about the people in it, asked of the library that owns
 * accounts and teams (which itself writes to the trail, so it provides this rather than being
 * imported here).
 */
export abstract class AuditActors {
  /** The users who are members (of any kind) of these teams: whose events a supervisor sees. */
  abstract membersOfTeams(teamIds: readonly string[]): Promise<string[]>;

  /** Display names by user id; ids without an account are absent. */
  abstract displayNames(userIds: readonly (string | null)[]): Promise<Map<string, string>>;
}
