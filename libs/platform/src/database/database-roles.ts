import { quoteIdentifier } from './runtime-privileges.js';

/** Enough of a pg client to run the set-up statements (`pg.Client` fits). */
export interface SqlClient {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

/** The two roles of an installation: the owner migrates, the runtime role serves. */
export interface DatabaseRoleNames {
  readonly owner: string;
  readonly runtime: string;
}

/** `postgres://admin:pw@host/db` → the same server and database as another role. */
export function withCredentials(url: string, user: string, password?: string): string {
  const parsed = new URL(url);
  parsed.username = encodeURIComponent(user);
  parsed.password = password === undefined ? '' : encodeURIComponent(password);
  return parsed.toString();
}

export interface EnsureLoginRoleOptions {
  /** Unset: a new role gets no password (trust or peer authentication). */
  readonly password?: string;
  /**
   * Set the password of a role that already exists, too. Off where several processes may do
   * this at once (PostgreSQL refuses two concurrent changes of one role).
   */
  readonly resetPassword?: boolean;
}

/**
 * Creates a plain login role (no superuser, no CREATEDB, no CREATEROLE) unless it exists, through
 * `admin`, a connection with CREATEROLE. Two set-ups racing to create the same role both succeed.
 */
export async function ensureLoginRole(admin: SqlClient, name: string, options: EnsureLoginRoleOptions = {}): Promise<void> {
  const password = options.password === undefined ? '' : ` PASSWORD '${options.password.replace(/'/g, "''")}'`;
  const attributes = `LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS${password}`;
  try {
    await admin.query(`CREATE ROLE ${quoteIdentifier(name)} ${attributes}`);
    return;
  } catch (error) {
    const code = (error as { code?: string }).code;
    // 42710: the role exists; 23505: another session created it a moment ago.
    if (code !== '42710' && code !== '23505') throw error;
  }
  if (options.resetPassword === true && options.password !== undefined) {
    await admin.query(`ALTER ROLE ${quoteIdentifier(name)}${password}`);
  }
}
