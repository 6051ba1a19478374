import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { AuditAction } from '#audit';
import { APPEND_ONLY_TABLES, MIGRATIONS_TABLE } from '#platform';
import { TEST_ROLES, testConfig } from '#platform/testing';
import { signedIn } from '../support/accounts.js';
import { queryAsOwner } from '../support/fresh-database.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

/**
 * The api and the worker connect as a runtime role that reads and writes rows but cannot change
 * the audit trail or the schema, so a process taken over cannot rewrite history: the append-only
 * trigger holds only against a role that cannot switch it off.
 */
describe('the runtime database role', () => {
  let runtime: pg.Client;
  beforeAll(async () => {
    runtime = new pg.Client({ connectionString: testConfig().database.url });
    await runtime.connect();
  });
  afterAll(async () => {
    await runtime.end();
  });

  /** The error PostgreSQL answers with, as `code: message`. */
  const refusal = async (sql: string): Promise<string> => {
    try {
      await runtime.query(sql);
    } catch (error) {
      const { code, message } = error as { code?: string; message: string };
      return `${code ?? '?'}: ${message}`;
    }
    return 'accepted';
  };

  it('is what the tests connect as, apart from the owner that migrated', async () => {
    const { rows } = await runtime.query<{ name: string }>('SELECT current_user AS name');
    expect(rows[0]?.name).toBe(TEST_ROLES.runtime);
    const [owner] = await queryAsOwner<{ name: string }>(`SELECT tableowner AS name FROM pg_tables WHERE tablename = 'audit_event'`);
    expect(owner?.name).toBe(TEST_ROLES.owner);
  });

  it('is no superuser, owns no table and may not create in the schema', async () => {
    const { rows } = await runtime.query<{ superuser: boolean; creates: boolean; creates_schemas: boolean; owned: string }>(
      `SELECT r.rolsuper AS superuser,
              has_schema_privilege('public', 'CREATE') AS creates,
              has_database_privilege(current_database(), 'CREATE') AS creates_schemas,
              (SELECT count(*) FROM pg_class c WHERE c.relowner = r.oid) AS owned
         FROM pg_roles r WHERE r.rolname = current_user`,
    );
    expect(rows[0]).toEqual({ superuser: false, creates: false, creates_schemas: false, owned: '0' });
  });

  it.each([
    ['UPDATE', `UPDATE audit_event SET action = 'tampered'`],
    ['DELETE', 'DELETE FROM audit_event'],
    ['TRUNCATE', 'TRUNCATE audit_event'],
  ])('may not %s audit rows: the privilege is missing, the trigger is not even reached', async (_operation, sql) => {
    await queryAsOwner(`INSERT INTO audit_event (occurred_at, action, outcome) VALUES (now(), 'test.database-roles', 'success')`);
    expect(await refusal(sql)).toBe('42501: permission denied for table audit_event');
  });

  it('may not switch off the append-only trigger, alter the table or drop it', async () => {
    const notOwner = (name: string) => new RegExp(`^42501: must be owner of (table|relation|function) ${name}$`);
    expect(await refusal('ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only')).toMatch(notOwner('audit_event'));
    expect(await refusal('ALTER TABLE audit_event DISABLE TRIGGER ALL')).toMatch(notOwner('audit_event'));
    expect(await refusal('DROP TRIGGER audit_event_append_only ON audit_event')).toMatch(notOwner('audit_event'));
    expect(await refusal('DROP TABLE audit_event')).toMatch(notOwner('audit_event'));
    expect(await refusal('DROP TABLE client CASCADE')).toMatch(notOwner('client'));
    expect(await refusal('DROP FUNCTION audit_event_refuse_change() CASCADE')).toMatch(notOwner('audit_event_refuse_change'));
  });

  it('may not create a table, nor a schema to put one in', async () => {
    expect(await refusal('CREATE TABLE public.runtime_made (id int)')).toBe('42501: permission denied for schema public');
    expect(await refusal('CREATE SCHEMA runtime_made')).toMatch(/^42501: permission denied for database /);
  });

  it('may not create a temporary table, which could shadow a table inside a SECURITY DEFINER function', async () => {
    const { rows } = await runtime.query<{ temp: boolean; database: string }>(
      `SELECT has_database_privilege(current_database(), 'TEMP') AS temp, current_database() AS database`,
    );
    expect(rows[0]?.temp).toBe(false);
    expect(await refusal('CREATE TEMP TABLE client (id uuid, status text)')).toBe(
      `42501: permission denied to create temporary tables in database "${rows[0]?.database}"`,
    );
  });

  it('runs SECURITY DEFINER functions only with a pinned search path (pg_temp last) and through its own grant', async () => {
    const functions = await queryAsOwner<{ name: string; config: string[] | null; public_runs: boolean; runtime_runs: boolean }>(
      `SELECT p.proname AS name, p.proconfig AS config,
              has_function_privilege('public', p.oid, 'EXECUTE') AS public_runs,
              has_function_privilege($1, p.oid, 'EXECUTE') AS runtime_runs
         FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace AND p.prosecdef ORDER BY p.proname`,
      [TEST_ROLES.runtime],
    );
    expect(functions.map((fn) => fn.name)).toContain('anonymise_audit_for_clients');
    expect(functions.filter((fn) => !fn.config?.includes('search_path=pg_catalog, public, pg_temp') || fn.public_runs || !fn.runtime_runs)).toEqual([]);
  });

  it('may not rewrite the migration history', async () => {
    expect(await refusal(`DELETE FROM ${MIGRATIONS_TABLE}`)).toBe(`42501: permission denied for table ${MIGRATIONS_TABLE}`);
  });

  it('reads and writes the rows of every other table, and runs every function (SECURITY DEFINER ones included)', async () => {
    const { rows: tables } = await runtime.query<{ name: string; reads: boolean; writes: boolean }>(
      `SELECT c.relname AS name,
              has_table_privilege(c.oid, 'SELECT') AS reads,
              has_table_privilege(c.oid, 'INSERT') AND has_table_privilege(c.oid, 'UPDATE') AND has_table_privilege(c.oid, 'DELETE') AS writes
         FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p') ORDER BY c.relname`,
    );
    const { rows: functions } = await runtime.query<{ name: string; runs: boolean }>(
      `SELECT p.proname AS name, has_function_privilege(p.oid, 'EXECUTE') AS runs FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace`,
    );
    expect(tables.length).toBeGreaterThan(10);
    const readOnly = new Set([...APPEND_ONLY_TABLES, MIGRATIONS_TABLE]);
    expect(tables.filter((table) => !table.reads || (!readOnly.has(table.name) && !table.writes))).toEqual([]);
    expect(functions.filter((fn) => !fn.runs)).toEqual([]);
  });

  it('gets the rows of a table a later migration creates, through the default privileges', async () => {
    const table = `later_${process.pid}`;
    await queryAsOwner(`CREATE TABLE ${table} (id int)`);
    try {
      await runtime.query(`INSERT INTO ${table} VALUES (1)`);
      expect((await runtime.query(`DELETE FROM ${table}`)).rowCount).toBe(1);
    } finally {
      await queryAsOwner(`DROP TABLE ${table}`);
    }
  });

  describe('as the role of the api', () => {
    let api: TestApi;
    beforeAll(async () => {
      api = await startTestApi();
    });
    afterAll(async () => {
      await api.close();
    });

    it('signs a user in and writes the audit row', async () => {
      const [connected] = await api.dataSource.query<[{ name: string }]>('SELECT current_user AS name');
      expect(connected.name).toBe(TEST_ROLES.runtime);
      const browser = await signedIn(api, { role: 'caseworker' });
      const { rows } = await runtime.query<{ outcome: string }>('SELECT outcome FROM audit_event WHERE action = $1 AND actor_user_id = $2', [
        AuditAction.SignIn,
        browser.user.id,
      ]);
      expect(rows).toEqual([{ outcome: 'success' }]);
    });
  });
});
