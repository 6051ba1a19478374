import type { DataSource, QueryRunner } from 'typeorm';
import { MIGRATIONS_TABLE } from './data-source-options.js';

/**
 * Tables the runtime role may only read and add to. The audit trail's trigger refuses UPDATE,
 * DELETE and TRUNCATE too, but a table's owner can switch a trigger off: only the missing
 * privilege holds against a process that has been taken over.
 */
export const APPEND_ONLY_TABLES: readonly string[] = ['audit_event'];

/** `"name"` with embedded quotes doubled: role names come from a URL, not from code. */
export function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * Grants the runtime role (DATABASE_URL's) what the api and the worker need, run as the owner
 * (DATABASE_MIGRATION_URL's role) after the migrations: rows of every table, but only SELECT and
 * INSERT on the append-only ones and only SELECT on the migrations table; sequences; functions
 * (among them SECURITY DEFINER ones that do, as the owner, the one narrow thing the runtime role
 * may not do itself; their migrations revoke EXECUTE from PUBLIC, so this grant is what lets the
 * runtime role call them). Nothing on the schema but USAGE, so it creates, alters and drops
 * nothing; no TEMPORARY on the database either, so it cannot make a temporary table that a
 * function's unqualified name would find first. Default privileges cover the tables later
 * migrations create, and every run grants again, so the list is always complete. Idempotent.
 */
export async function grantRuntimePrivileges(runner: QueryRunner | DataSource, runtimeRole: string): Promise<void> {
  const [self] = (await runner.query('SELECT current_user AS name')) as { name: string }[];
  // One role for both: nothing to separate, and revoking would take the owner's own rights.
  if (self?.name === runtimeRole) return;
  const role = quoteIdentifier(runtimeRole);
  const statements = [
    // USAGE only: since PostgreSQL 15 no role but the database's owner may create in public.
    `GRANT USAGE ON SCHEMA public TO ${role}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role}`,
    `REVOKE TRUNCATE, REFERENCES, TRIGGER ON ALL TABLES IN SCHEMA public FROM ${role}`,
    ...APPEND_ONLY_TABLES.map((table) => `REVOKE UPDATE, DELETE ON ${quoteIdentifier(table)} FROM ${role}`),
    `REVOKE INSERT, UPDATE, DELETE ON ${quoteIdentifier(MIGRATIONS_TABLE)} FROM ${role}`,
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${role}`,
    `GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO ${role}`,
    `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${role}`,
    `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${role}`,
    `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT EXECUTE ON FUNCTIONS TO ${role}`,
  ];
  for (const statement of statements) await runner.query(statement);
  // Every role gets TEMPORARY through PUBLIC by default. Only the database's owner (or a
  // superuser) can take it back; anyone else's REVOKE is a warning that changes nothing, hence
  // the check.
  const [database] = (await runner.query('SELECT current_database() AS name')) as { name: string }[];
  const db = quoteIdentifier(database?.name ?? '');
  await runner.query(`REVOKE TEMPORARY ON DATABASE ${db} FROM PUBLIC`);
  await runner.query(`REVOKE TEMPORARY ON DATABASE ${db} FROM ${role}`);
  const [temp] = (await runner.query(`SELECT has_database_privilege($1, current_database(), 'TEMPORARY') AS granted`, [runtimeRole])) as {
    granted: boolean;
  }[];
  if (temp?.granted !== false) {
    throw new Error(
      `the runtime role "${runtimeRole}" may still create temporary tables: run the migrations as the database's owner ` +
        `(ALTER DATABASE ${db} OWNER TO <DATABASE_MIGRATION_URL's role>), or revoke TEMPORARY from every role it belongs to`,
    );
  }
}

/** What a runtime role can do that it should not, for the warning at start-up. */
export interface RuntimeRoleExcess {
  readonly role: string;
  readonly superuser: boolean;
  /** May create tables in the schema (and so could hold objects of its own). */
  readonly createsTables: boolean;
  /** Owns tables: it can alter them, drop them and switch their triggers off. */
  readonly ownsTables: boolean;
}

/** The connected role's powers beyond reading and writing rows; none for a proper runtime role. */
export async function runtimeRoleExcess(dataSource: DataSource): Promise<RuntimeRoleExcess> {
  const [row] = await dataSource.query<{ role: string; superuser: boolean; creates_tables: boolean; owns_tables: boolean }[]>(
    `SELECT current_user AS role,
            r.rolsuper AS superuser,
            has_schema_privilege('public', 'CREATE') AS creates_tables,
            EXISTS (SELECT 1 FROM pg_class c WHERE c.relowner = r.oid AND c.relnamespace = 'public'::regnamespace) AS owns_tables
       FROM pg_roles r WHERE r.rolname = current_user`,
  );
  if (row === undefined) throw new Error('the connected role is missing from pg_roles');
  return { role: row.role, superuser: row.superuser, createsTables: row.creates_tables, ownsTables: row.owns_tables };
}
