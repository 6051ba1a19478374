import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { createTeam, signedIn, type SignedInBrowser } from '../support/accounts.js';
import { clientSummaryMismatches, takeIn } from '../support/clients.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

describe('caseloads, the team view and reassignment', () => {
  let api: TestApi;
  let team: string;
  let sato: SignedInBrowser;
  let lan: SignedInBrowser;
  let supervisor: SignedInBrowser;

  beforeAll(async () => {
    api = await startTestApi();
    api.clock.set(new Date('2026-03-02T00:00:00Z'));
    team = await createTeam(api);
    sato = await signedIn(api, { role: 'caseworker', memberOf: [team] });
    lan = await signedIn(api, { role: 'caseworker', memberOf: [team] });
    supervisor = await signedIn(api, { role: 'supervisor', supervises: [team] });
  });
  afterAll(async () => {
    await api.close();
  });

  it('orders my caseload by the next due date, with each file’s next deadline and appointment', async () => {
    const meeting = await takeIn(sato, team, { landingDate: '2025-12-01' });
    const landed = await takeIn(sato, team, { landingDate: '2025-10-01' });
    const none = await takeIn(sato, team, { nativeName: 'ناصر', katakanaName: 'ナーセル' });
    await sato.post(`/api/clients/${meeting.id}/appointments`, { kind: 'lawyer-meeting', startsAt: '2026-03-10T01:00:00.000Z' });
    const page = await sato.get('/api/caseload');
    expect(page.status).toBe(200);
    const items = page.body.items as { clientId: string; nextDeadline: { kind: string; dueDate: string } | null; nextAppointmentAt: string | null }[];
    // The meeting on 10 March comes before the landing window that closes on 1 April.
    expect(items.map((i) => i.clientId)).toEqual([meeting.id, landed.id, none.id]);
    expect(items[0]?.nextDeadline).toMatchObject({ kind: 'appointment', dueDate: '2026-03-10' });
    expect(items[0]?.nextAppointmentAt).toBe('2026-03-10T01:00:00.000Z');
    expect(items[1]?.nextDeadline).toMatchObject({ kind: 'landing-six-months', dueDate: '2026-04-01' });
    expect(items[2]?.nextDeadline).toBeNull();
    expect(items[2]).toMatchObject({ nativeName: 'ناصر', katakanaName: 'ナーセル' });

    const first = await sato.get('/api/caseload?limit=2');
    const rest = await sato.get(`/api/caseload?limit=2&cursor=${first.body.nextCursor}`);
    expect([...first.body.items, ...rest.body.items].map((i: { clientId: string }) => i.clientId)).toEqual([meeting.id, landed.id, none.id]);
  });

  it('gives the caseload in a constant number of queries, whatever its size', async () => {
    const count = async () => {
      // The session just looked up, so the caseload's own request finds it in memory.
      expect((await sato.get('/api/auth/me')).status).toBe(200);
      const { result: response, queries } = await countQueries(() => sato.get('/api/caseload?limit=200'));
      expect(response.status).toBe(200);
      return { queries, rows: (response.body.items as unknown[]).length };
    };
    const small = await count();
    for (let i = 0; i < 5; i++) await takeIn(sato, team, { landingDate: '2025-11-0' + (i + 1) });
    const large = await count();
    expect(large.rows).toBeGreaterThan(small.rows);
    expect(large.queries).toBe(small.queries);
    // One statement: the scoped list with its audit line (the session answered from memory), nothing per file.
    expect(large.queries).toBe(1);
  });

  it('shows a supervisor each caseworker’s files by stage, overdue and due within 7 days', async () => {
    const client = await takeIn(lan, team, { landingDate: '2025-09-01' });
    await takeIn(lan, team, { landingDate: '2025-09-07' });
    await lan.post(`/api/clients/${client.id}/applications`, { kind: 'REFUGEE_AND_CP' });
    const view = await supervisor.get(`/api/caseload/team?teamId=${team}`);
    expect(view.status).toBe(200);
    const row = (view.body.caseworkers as { userId: string; clients: number; byStage: Record<string, number>; overdue: number; dueWithin7Days: number }[]).find(
      (r) => r.userId === lan.user.id,
    );
    // Landing 1 Sept 2025 → due 1 Mar 2026 (overdue on 2 Mar); 7 Sept → due 7 Mar (within 7 days).
    expect(row).toMatchObject({ clients: 2, byStage: { P0_INTAKE: 1, none: 1 }, overdue: 1, dueWithin7Days: 1 });
    expect((await sato.get('/api/caseload/team')).status).toBe(403);
    expect((await supervisor.get(`/api/caseload/team?teamId=${await createTeam(api)}`)).status).toBe(404);
  });

  it('lets a supervisor reassign a file within their team; the deadlines follow the new primary caseworker', async () => {
    const client = await takeIn(sato, team, { landingDate: '2025-12-15' });
    const moved = await supervisor.put(`/api/clients/${client.id}/assignments`, { version: client.version, primaryWorkerId: lan.user.id, otherWorkerIds: [sato.user.id] });
    expect(moved.status).toBe(200);
    expect(moved.body.assignments.map((a: { userId: string; role: string }) => [a.userId, a.role]).sort()).toEqual(
      [
        [lan.user.id, 'primary'],
        [sato.user.id, 'other'],
      ].sort(),
    );
    const [{ owner_id }] = await api.dataSource.query<[{ owner_id: string }]>(`SELECT owner_id FROM deadline WHERE client_id = $1 AND status = 'open'`, [client.id]);
    expect(owner_id).toBe(lan.user.id);
    const outsider = await signedIn(api, { role: 'caseworker', memberOf: [await createTeam(api)] });
    const refused = await supervisor.put(`/api/clients/${client.id}/assignments`, { version: moved.body.version, primaryWorkerId: outsider.user.id, otherWorkerIds: [] });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('ASSIGNMENT_NOT_ALLOWED');
    expect((await sato.put(`/api/clients/${client.id}/assignments`, { version: moved.body.version, primaryWorkerId: sato.user.id, otherWorkerIds: [] })).status).toBe(403);
  });

  it('moves a reassigned file, its stage and its overdue deadline to the new caseworker’s row of the team view', async () => {
    const row = async (userId: string) =>
      ((await supervisor.get(`/api/caseload/team?teamId=${team}`)).body.caseworkers as { userId: string; clients: number; byStage: Record<string, number>; overdue: number }[]).find(
        (r) => r.userId === userId,
      );
    const client = await takeIn(sato, team, { landingDate: '2025-08-01' });
    await sato.post(`/api/clients/${client.id}/applications`, { kind: 'CP_ONLY' });
    const before = { sato: await row(sato.user.id), lan: await row(lan.user.id) };
    const current = (await sato.get(`/api/clients/${client.id}`)).body;
    expect((await supervisor.put(`/api/clients/${client.id}/assignments`, { version: current.version, primaryWorkerId: lan.user.id, otherWorkerIds: [] })).status).toBe(200);
    const after = { sato: await row(sato.user.id), lan: await row(lan.user.id) };
    expect(after.lan!.clients - before.lan!.clients).toBe(1);
    expect(after.sato!.clients - before.sato!.clients).toBe(-1);
    expect((after.lan!.byStage.P0_INTAKE ?? 0) - (before.lan!.byStage.P0_INTAKE ?? 0)).toBe(1);
    expect(after.lan!.overdue - before.lan!.overdue).toBe(1);
    expect(after.sato!.overdue - before.sato!.overdue).toBe(-1);
    expect(await clientSummaryMismatches(api.dataSource)).toEqual([]);
  });

  /** Counts the statements the api sends to PostgreSQL while `run` executes (pg clients of this process). */
  async function countQueries<T>(run: () => Promise<T>): Promise<{ result: T; queries: number }> {
    const prototype = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
    const original = prototype.query;
    let queries = 0;
    prototype.query = function (this: unknown, ...args: unknown[]) {
      queries++;
      return original.apply(this, args);
    };
    try {
      return { result: await run(), queries };
    } finally {
      prototype.query = original;
    }
  }
});
