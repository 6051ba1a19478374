import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { createTeam, signedIn, type SignedInBrowser } from '../support/accounts.js';
import { takeIn } from '../support/clients.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

interface OverdueBody {
  deadline: { id: string; clientId: string; kind: string; dueDate: string; status: string };
  caseNumber: string;
  clientName: string;
  ownerName: string | null;
  daysOverdue: number;
}

interface DeadlineBody {
  id: string;
  kind: string;
  version: number;
}

// The drill-down behind the reports' "still overdue" figures: a supervisor's teams' open
// deadlines past their due date, read live, by due date then case number.
describe('GET /api/deadlines/overdue', () => {
  let api: TestApi;
  let teamA: string;
  let teamA2: string;
  let teamB: string;
  let supervisor: SignedInBrowser;
  let otherSupervisor: SignedInBrowser;
  let caseworkerA: SignedInBrowser;
  let admin: SignedInBrowser;
  const file: Record<'f1' | 'f2' | 'f3' | 'f4' | 'f5' | 'f6' | 'f7' | 'f8', { id: string; caseNumber: string }> = {} as never;

  beforeAll(async () => {
    api = await startTestApi();
    // 01:00 on Mon 2 March in Japan, still 1 March in UTC: "today" is Japan's.
    api.clock.set(new Date('2026-03-01T16:00:00Z'));
    [teamA, teamA2, teamB] = [await createTeam(api), await createTeam(api), await createTeam(api)];
    supervisor = await signedIn(api, { role: 'supervisor', supervises: [teamA, teamA2] });
    otherSupervisor = await signedIn(api, { role: 'supervisor', supervises: [teamB] });
    caseworkerA = await signedIn(api, { role: 'caseworker', memberOf: [teamA] });
    const caseworkerA2 = await signedIn(api, { role: 'caseworker', memberOf: [teamA2] });
    const caseworkerB = await signedIn(api, { role: 'caseworker', memberOf: [teamB] });
    admin = await signedIn(api, { role: 'admin' });
    await api.dataSource.query(`UPDATE user_account SET display_name = 'Aiko Tanaka' WHERE id = $1`, [caseworkerA.user.id]);

    // In intake order, so that case numbers ascend f1 < f2 < …
    file.f1 = await takeIn(caseworkerA, teamA, { landingDate: '2025-08-18', familyName: 'Rahimi', givenName: 'Sara' }); // due Wed 18 Feb
    file.f2 = await takeIn(caseworkerA, teamA, { landingDate: '2025-08-18' }); // due Wed 18 Feb
    file.f3 = await takeIn(caseworkerA2, teamA2, { landingDate: '2025-07-22' }); // due Thu 22 Jan
    file.f4 = await takeIn(caseworkerA, teamA); // no deadline of its own: an appointment past its date below
    file.f5 = await takeIn(caseworkerA, teamA, { landingDate: '2025-09-10' }); // due Tue 10 Mar: not yet
    file.f6 = await takeIn(caseworkerA, teamA, { landingDate: '2025-08-18' }); // met below
    file.f7 = await takeIn(caseworkerB, teamB, { landingDate: '2025-08-18' }); // another team's
    file.f8 = await takeIn(caseworkerA2, teamA2, { landingDate: '2025-08-18' }); // due Wed 18 Feb, in the other team
    const appointment = await caseworkerA.post(`/api/clients/${file.f4.id}/appointments`, { kind: 'lawyer-meeting', startsAt: '2026-02-25T01:00:00.000Z' });
    expect(appointment.status).toBe(201);
    const [landing] = (await caseworkerA.get(`/api/clients/${file.f6.id}/deadlines`)).body as DeadlineBody[];
    expect((await caseworkerA.post(`/api/clients/${file.f6.id}/deadlines/${landing.id}/met`, { version: landing.version, on: '2026-02-16' })).status).toBe(200);
  });
  afterAll(async () => {
    await api.close();
  });

  const overdue = async (browser: SignedInBrowser, query = '') => {
    const response = await browser.get(`/api/deadlines/overdue${query}`);
    expect(response.status).toBe(200);
    return response.body as OverdueBody[];
  };
  const rows = (body: OverdueBody[]) => body.map((row) => [row.caseNumber, row.deadline.kind, row.deadline.dueDate, row.daysOverdue]);

  it("lists the open deadlines of the supervisor's teams past due, in Japan's days, by due date then case number", async () => {
    const body = await overdue(supervisor);
    expect(rows(body)).toEqual([
      [file.f3.caseNumber, 'landing-six-months', '2026-01-22', 39],
      [file.f1.caseNumber, 'landing-six-months', '2026-02-18', 12],
      [file.f2.caseNumber, 'landing-six-months', '2026-02-18', 12],
      [file.f8.caseNumber, 'landing-six-months', '2026-02-18', 12],
      [file.f4.caseNumber, 'appointment', '2026-02-25', 5],
    ]);
    expect(body[1]).toMatchObject({ clientName: 'Rahimi Sara', ownerName: 'Aiko Tanaka', deadline: { clientId: file.f1.id, status: 'open' } });
    expect(body[0].ownerName).toBe('Test caseworker');

    expect(rows(await overdue(otherSupervisor))).toEqual([[file.f7.caseNumber, 'landing-six-months', '2026-02-18', 12]]);
  });

  it('narrows to one of their teams, a kind, and a due range', async () => {
    expect((await overdue(supervisor, `?teamId=${teamA2}`)).map((row) => row.caseNumber)).toEqual([file.f3.caseNumber, file.f8.caseNumber]);
    expect((await overdue(supervisor, '?kind=appointment')).map((row) => row.caseNumber)).toEqual([file.f4.caseNumber]);
    expect((await overdue(supervisor, `?teamId=${teamA}&kind=landing-six-months&dueFrom=2026-02-01&dueTo=2026-02-28`)).map((row) => row.caseNumber)).toEqual([
      file.f1.caseNumber,
      file.f2.caseNumber,
    ]);
    expect((await overdue(supervisor, '?dueTo=2026-02-18')).map((row) => row.caseNumber)).toEqual([file.f3.caseNumber, file.f1.caseNumber, file.f2.caseNumber, file.f8.caseNumber]);
    expect((await overdue(supervisor, '?dueFrom=2026-02-26&dueTo=2026-04-30'))).toEqual([]);
  });

  it('writes one audit line naming the files listed (and the filter), none when nothing is listed', async () => {
    const [{ last }] = await api.dataSource.query<[{ last: string }]>('SELECT coalesce(max(id), 0)::text AS last FROM audit_event');
    await overdue(supervisor, `?teamId=${teamA}&kind=landing-six-months`);
    await overdue(supervisor, '?kind=court-appeal');
    const lines = await api.dataSource.query<{ action: string; record_ids: string[]; details: Record<string, unknown> }[]>(
      'SELECT action, record_ids, details FROM audit_event WHERE id > $1 AND actor_user_id = $2 ORDER BY id',
      [last, supervisor.user.id],
    );
    expect(lines).toEqual([
      {
        action: 'client.listed',
        record_ids: [file.f1.id, file.f2.id],
        details: { overdue: 2, teamId: teamA, kind: 'landing-six-months', dueFrom: null, dueTo: null },
      },
    ]);
  });

  it('shows at most 200, the longest overdue first', async () => {
    const team = await createTeam(api);
    const lead = await signedIn(api, { role: 'supervisor', supervises: [team] });
    const caseworker = await signedIn(api, { role: 'caseworker', memberOf: [team] });
    const many = await takeIn(caseworker, team, { landingDate: '2025-08-18' });
    // 205 more appointments past their date, one a day back from 1 March, written straight to the table.
    await api.dataSource.query(
      `INSERT INTO deadline (client_id, kind, rule_version, inputs, trigger_date, opens_on, due_date, computed_due_date, conservative_due_date, hardness, confidence,
                             basis, explanation, steps, status, owner_id, source, version)
       SELECT client_id, 'appointment', rule_version, inputs, trigger_date, opens_on, DATE '2026-03-01' - n, DATE '2026-03-01' - n, NULL, hardness, confidence,
              basis, explanation, steps, 'open', owner_id, 'appointment:' || gen_random_uuid(), 1
         FROM deadline, generate_series(0, 204) AS n
        WHERE client_id = $1`,
      [many.id],
    );
    const body = await overdue(lead);
    expect(body).toHaveLength(200);
    expect(body[0]).toMatchObject({ deadline: { dueDate: '2025-08-09' }, daysOverdue: 205 });
    // 206 overdue with the file's own (18 Feb): the six due last, 24 Feb to 1 Mar, are left out.
    expect(body.at(-1)).toMatchObject({ deadline: { dueDate: '2026-02-23' }, daysOverdue: 7 });
    expect(body.map((row) => row.deadline.dueDate)).toEqual(body.map((row) => row.deadline.dueDate).sort());
  });

  it('is for supervisors only, and only for teams they supervise', async () => {
    expect((await caseworkerA.get('/api/deadlines/overdue')).status).toBe(403);
    expect((await admin.get('/api/deadlines/overdue')).status).toBe(403);
    for (const teamId of [teamB, randomUUID()]) {
      const response = await supervisor.get(`/api/deadlines/overdue?teamId=${teamId}`);
      expect(response.status).toBe(403);
      expect(response.body.code).toBe('FORBIDDEN');
    }
    expect((await otherSupervisor.get(`/api/deadlines/overdue?teamId=${teamA}`)).status).toBe(403);
  });

  it.each([
    ['?kind=no-such-kind', 'kind'],
    ['?teamId=not-a-uuid', 'teamId'],
    ['?dueFrom=2026-02-30', 'dueFrom'],
    ['?dueTo=yesterday', 'dueTo'],
    ['?dueFrom=2026-02-20&dueTo=2026-02-10', 'dueTo'],
  ])('refuses %s with 400 naming %s', async (query, field) => {
    const response = await supervisor.get(`/api/deadlines/overdue${query}`);
    expect(response.status).toBe(400);
    expect((response.body.details.fields as { field: string }[]).map((f) => f.field)).toContain(field);
  });
});
