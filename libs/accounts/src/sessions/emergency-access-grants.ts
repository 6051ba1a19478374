/**
 * The client files someone reaches right now through emergency access (break-glass), resolved
 * with their session on every request and in the same statement, so that ending a grant takes
 * effect at the holder's next request at no extra query. The grants belong to the client files
 * library, which depends on this one; it provides this class as an expression over its own
 * table, so accounts neither imports that library nor names its table.
 */
export abstract class EmergencyAccessGrants {
  /**
   * An SQL expression giving the uuid[] of files opened by the user whose id is `userIdColumn`,
   * through grants neither expired at `nowParameter` nor ended.
   */
  abstract liveClientIdsExpression(userIdColumn: string, nowParameter: string): string;

  /**
   * An SQL expression giving when the first of those grants expires (null when there is none):
   * a session kept in memory must not outlive a grant it carries.
   */
  abstract firstExpiryExpression(userIdColumn: string, nowParameter: string): string;
}
