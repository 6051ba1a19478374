import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { RetentionService } from '#clients';
import { quoteIdentifier, withCredentials } from '#platform';
import { TEST_ROLES } from '#platform/testing';
import { createTeam, signedIn, type SignedInBrowser } from '../support/accounts.js';
import { takeIn } from '../support/clients.js';
import { freshDatabase, queryAsOwner } from '../support/fresh-database.js';
import { Mailbox } from '../support/mailbox.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

/** Every row of every table whose text (text, arrays, JSON) contains the string, as `table.column`. */
async function whereInDatabase(dataSource: DataSource, needle: string): Promise<string[]> {
  const columns = await dataSource.query<{ table_name: string; column_name: string }[]>(
    `SELECT c.table_name, c.column_name FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
      WHERE c.table_schema = 'public' AND c.data_type IN ('text', 'character varying', 'json', 'jsonb', 'ARRAY')`,
  );
  const found: string[] = [];
  for (const { table_name: table, column_name: column } of columns) {
    const [{ n }] = await dataSource.query<[{ n: number }]>(`SELECT count(*)::int AS n FROM "${table}" WHERE strpos("${column}"::text, $1) > 0`, [needle]);
    if (n > 0) found.push(`${table}.${column}`);
  }
  return found.sort();
}

describe('anonymising a closed file removes every free text tied to it', () => {
  let api: TestApi;
  const mailbox = new Mailbox();
  /** The runtime role's URL of this test's own database. */
  let runtimeUrl: string;
  let team: string;
  let caseworker: SignedInBrowser;
  let otherSupervisor: SignedInBrowser;

  beforeAll(async () => {
    // A database of its own: anonymisation covers every file of the installation due for it.
    runtimeUrl = await freshDatabase('anonymisation');
    api = await startTestApi({ env: { DATABASE_URL: runtimeUrl, SMTP_URL: await mailbox.start() } });
    api.clock.set(new Date('2026-03-02T10:00:00+09:00'));
    team = await createTeam(api);
    caseworker = await signedIn(api, { role: 'caseworker', memberOf: [team] });
    await signedIn(api, { role: 'supervisor', supervises: [team] });
    otherSupervisor = await signedIn(api, { role: 'supervisor', supervises: [await createTeam(api)] });
  });
  afterAll(async () => {
    await api.close();
    await mailbox.stop();
  });

  /** A file with free text everywhere a user can write some, each naming `token`. */
  async function fileFullOfText(token: string) {
    const client = await takeIn(caseworker, team, { landingDate: '2026-01-10', residence: { stage: 'TOKUTEI', expiresOn: '2026-09-30', workAllowed: false } });
    const opened = await otherSupervisor.post(`/api/clients/${client.id}/break-glass`, { reason: `Client in crisis at ${token}; caseworker unreachable` });
    expect(opened.status).toBe(200);
    expect((await caseworker.post(`/api/clients/${client.id}/notes`, { body: `Lives with her cousin near ${token} station.` })).status).toBe(201);
    const deadlines = (await caseworker.get(`/api/clients/${client.id}/deadlines`)).body as { id: string; kind: string; version: number }[];
    const landing = deadlines.find((d) => d.kind === 'landing-six-months')!;
    const renewal = deadlines.find((d) => d.kind === 'residence-renewal')!;
    const waived = await caseworker.post(`/api/clients/${client.id}/deadlines/${landing.id}/waive`, { version: landing.version, reason: `Landed via ${token}; not applicable` });
    expect(waived.status).toBe(200);
    const moved = await caseworker.post(`/api/clients/${client.id}/deadlines/${renewal.id}/override`, { version: renewal.version, dueDate: '2026-10-01', reason: `Bureau ${token} agreed to a later filing` });
    expect(moved.status).toBe(200);
    const appointment = await caseworker.post(`/api/clients/${client.id}/appointments`, {
      kind: 'refugee-inquirer-interview',
      startsAt: '2026-04-01T01:00:00.000Z',
      place: `${token} office`,
      notes: `Bring the letter from ${token}`,
    });
    expect(appointment.status).toBe(201);
    const exported = await caseworker.post(`/api/clients/${client.id}/export`, { purpose: 'subject-access', reason: `Asked in person at ${token} on 2 March` });
    expect(exported.status).toBe(200);
    const current = (await caseworker.get(`/api/clients/${client.id}`)).body as { version: number };
    const closed = await caseworker.post(`/api/clients/${client.id}/close`, { version: current.version, reason: `Moved to ${token}` });
    expect(closed.status).toBe(200);
    return client;
  }

  it('keeps the audit trail append-only for anything but that one change', async () => {
    const token = `Quillon${randomUUID().slice(0, 8)}`;
    const client = await takeIn(caseworker, team);
    expect((await otherSupervisor.post(`/api/clients/${client.id}/break-glass`, { reason: `Crisis at ${token}, nobody else reachable` })).status).toBe(200);

    // The runtime role may call the function, which touches only files already anonymised: this one is open.
    const [{ lines }] = await api.dataSource.query<[{ lines: number }]>('SELECT anonymise_audit_for_clients($1::uuid[]) AS lines', [[client.id]]);
    expect(lines).toBe(0);
    expect(await whereInDatabase(api.dataSource, token)).toContain('audit_event.reason');
    await expect(api.dataSource.query(`UPDATE audit_event SET reason = '(anonymised)' WHERE client_id = $1`, [client.id])).rejects.toThrow(/permission denied|append-only/);

    // The trigger, as the owner (who has the privilege): with the setting the function uses, only
    // the reason may change, only to the marker, only for the file named; nothing may be removed.
    const fileId = randomUUID();
    await queryAsOwner(`INSERT INTO audit_event (occurred_at, action, outcome, client_id, reason) VALUES (now(), 'test.anonymisation', 'success', $1, $2)`, [fileId, token]);
    const underTheSetting = (named: string, statement: string) =>
      queryAsOwner(`BEGIN; SELECT set_config('yorisoi.anonymising_client', '${named}', true); ${statement}; COMMIT;`);
    const line = `client_id = '${fileId}'`;
    await expect(queryAsOwner(`UPDATE audit_event SET reason = '(anonymised)' WHERE ${line}`)).rejects.toThrow(/append-only/);
    await expect(underTheSetting(randomUUID(), `UPDATE audit_event SET reason = '(anonymised)' WHERE ${line}`)).rejects.toThrow(/append-only/);
    await expect(underTheSetting(fileId, `UPDATE audit_event SET reason = '(anonymised)', action = 'client.read' WHERE ${line}`)).rejects.toThrow(/append-only/);
    await expect(underTheSetting(fileId, `UPDATE audit_event SET reason = 'something else' WHERE ${line}`)).rejects.toThrow(/append-only/);
    await expect(underTheSetting(fileId, `DELETE FROM audit_event WHERE ${line}`)).rejects.toThrow(/append-only/);
    expect(await queryAsOwner(`SELECT reason FROM audit_event WHERE ${line}`)).toEqual([{ reason: token }]);
    await underTheSetting(fileId, `UPDATE audit_event SET reason = '(anonymised)' WHERE ${line}`);
    expect(await queryAsOwner(`SELECT reason FROM audit_event WHERE ${line}`)).toEqual([{ reason: '(anonymised)' }]);
  });

  it('leaves none of the notes and reasons anywhere in the database, and keeps the audit lines', async () => {
    const token = `Zephyrine${randomUUID().slice(0, 8)}`;
    const client = await fileFullOfText(token);
    // The search sees every place the texts were written, so its empty answer below means something.
    expect(await whereInDatabase(api.dataSource, token)).toEqual(
      expect.arrayContaining([
        'appointment.notes',
        'appointment.place',
        'audit_event.reason',
        'break_glass_grant.reason',
        'client.closed_reason',
        'deadline.override_reason',
        'deadline.resolution',
        'timeline_event.body',
      ]),
    );
    const linesBefore = await api.dataSource.query<{ id: string; action: string; reason: string | null }[]>(
      'SELECT id, action, reason FROM audit_event WHERE client_id = $1 ORDER BY id',
      [client.id],
    );
    expect(linesBefore.filter((line) => line.reason?.includes(token)).map((line) => line.action).sort()).toEqual([
      'client.break-glass',
      'client.exported',
      'deadline.overridden',
      'deadline.waived',
    ]);

    api.clock.advance(1826 * 86_400_000);
    expect(await api.app.get(RetentionService).anonymiseDue()).toBe(1);

    expect(await whereInDatabase(api.dataSource, token)).toEqual([]);
    const linesAfter = await api.dataSource.query<{ id: string; action: string; reason: string | null }[]>(
      'SELECT id, action, reason FROM audit_event WHERE client_id = $1 ORDER BY id',
      [client.id],
    );
    // Every line is still there, in order, saying who did what; only the free text is gone.
    expect(linesAfter.slice(0, linesBefore.length)).toEqual(linesBefore.map((line) => ({ ...line, reason: line.reason === null ? null : '(anonymised)' })));
    expect(linesAfter.slice(linesBefore.length).map((line) => line.action)).toEqual(['client.anonymised']);
  });

  describe('cannot be turned by the runtime role against a live file', () => {
    beforeAll(async () => {
      // Signed in afresh: the test above moved the clock past every session.
      caseworker = await signedIn(api, { role: 'caseworker', memberOf: [team] });
      otherSupervisor = await signedIn(api, { role: 'supervisor', supervises: [await createTeam(api)] });
    });

    /** A live (open) file with an emergency access reason in its audit lines. */
    async function liveFileWithReason(token: string): Promise<string> {
      const client = await takeIn(caseworker, team);
      expect((await otherSupervisor.post(`/api/clients/${client.id}/break-glass`, { reason: `Crisis at ${token}` })).status).toBe(200);
      return client.id;
    }
    /** The file's status and the audit reasons that still name the token. */
    async function state(clientId: string, token: string) {
      const [{ status }] = await api.dataSource.query<[{ status: string }]>('SELECT status FROM client WHERE id = $1', [clientId]);
      const reasons = await api.dataSource.query<{ reason: string }[]>('SELECT reason FROM audit_event WHERE client_id = $1 AND strpos(reason, $2) > 0', [clientId, token]);
      return { status, reasons: reasons.length };
    }
    /** One session as `user` on this test's database, for statements that must share it. */
    async function session<T>(user: string, work: (db: pg.Client) => Promise<T>): Promise<T> {
      const password = new URL(runtimeUrl).password;
      const db = new pg.Client({ connectionString: withCredentials(runtimeUrl, user, password === '' ? undefined : decodeURIComponent(password)) });
      await db.connect();
      try {
        return await work(db);
      } finally {
        await db.end();
      }
    }

    it('may not mark a file anonymised just for the call and reopen it: anonymisation is one-way', async () => {
      const token = `Brask${randomUUID().slice(0, 8)}`;
      const clientId = await liveFileWithReason(token);
      const attack = api.dataSource.transaction(async (manager) => {
        await manager.query(`UPDATE client SET status = 'anonymised' WHERE id = $1`, [clientId]);
        await manager.query('SELECT anonymise_audit_for_clients($1::uuid[])', [[clientId]]);
        await manager.query(`UPDATE client SET status = 'open' WHERE id = $1`, [clientId]);
      });
      const outcome = await attack.then(
        () => 'committed',
        (error: Error) => error.message,
      );
      expect({ outcome, ...(await state(clientId, token)) }).toEqual({
        outcome: expect.stringMatching(/anonymised file cannot change status/),
        status: 'open',
        reasons: 1,
      });
      // Nor by swapping the anonymised row out for a live copy.
      for (const swap of [`DELETE FROM client WHERE id = $1`, `UPDATE client SET id = gen_random_uuid() WHERE id = $1`]) {
        const swapped = api.dataSource.transaction(async (manager) => {
          await manager.query(`UPDATE client SET status = 'anonymised' WHERE id = $1`, [clientId]);
          await manager.query(swap, [clientId]);
        });
        await expect(swapped).rejects.toThrow(/an anonymised file cannot change status, change id or be deleted/);
      }
      expect(await state(clientId, token)).toEqual({ status: 'open', reasons: 1 });
    });

    it('may not create a temporary table, and a temporary "client" table would not fool the function anyway', async () => {
      const token = `Vellum${randomUUID().slice(0, 8)}`;
      const clientId = await liveFileWithReason(token);
      const shadow = (db: pg.Client) =>
        db.query(
          `CREATE TEMP TABLE client (id uuid, status text); INSERT INTO client VALUES ('${clientId}', 'anonymised'); GRANT SELECT ON client TO PUBLIC`,
        );
      // Were TEMP granted to the runtime role after all, the function still reads public.client only.
      const database = quoteIdentifier(new URL(runtimeUrl).pathname.slice(1));
      const runtime = quoteIdentifier(TEST_ROLES.runtime);
      await session(TEST_ROLES.owner, (db) => db.query(`GRANT TEMPORARY ON DATABASE ${database} TO ${runtime}`));
      try {
        const lines = await session(TEST_ROLES.runtime, async (db) => {
          await shadow(db);
          return (await db.query<{ lines: number }>('SELECT anonymise_audit_for_clients($1::uuid[]) AS lines', [[clientId]])).rows[0]?.lines;
        });
        expect({ lines, ...(await state(clientId, token)) }).toEqual({ lines: 0, status: 'open', reasons: 1 });
      } finally {
        await session(TEST_ROLES.owner, (db) => db.query(`REVOKE TEMPORARY ON DATABASE ${database} FROM ${runtime}`));
      }
      // As granted, it has no TEMP at all.
      await session(TEST_ROLES.runtime, async (db) => {
        await expect(shadow(db)).rejects.toThrow(/permission denied to create temporary tables/);
      });
      expect(await state(clientId, token)).toEqual({ status: 'open', reasons: 1 });
    });
  });
});
