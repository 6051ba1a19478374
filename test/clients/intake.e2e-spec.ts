import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { createTeam, createUser, signedIn, type SignedInBrowser } from '../support/accounts.js';
import { intakeBody, takeIn } from '../support/clients.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

describe('client intake and the file', () => {
  let api: TestApi;
  let team: string;
  let caseworker: SignedInBrowser;

  beforeAll(async () => {
    api = await startTestApi();
    team = await createTeam(api);
    caseworker = await signedIn(api, { role: 'caseworker', memberOf: [team] });
  });
  afterAll(async () => {
    await api.close();
  });

  it('takes a client in with a case number of the year, the caseworker as primary, and audits it', async () => {
    const response = await caseworker.post('/api/clients', intakeBody(team, { landingDate: '2026-08-31' }));
    expect(response.status).toBe(201);
    const client = response.body.client;
    expect(client.caseNumber).toMatch(/^2026-\d{4}$/);
    expect(client).toMatchObject({ status: 'open', teamId: team, nationality: 'AFG', access: 'scope', version: 1 });
    expect(client.assignments).toEqual([{ userId: caseworker.user.id, displayName: 'Test caseworker', role: 'primary' }]);
    expect(client.workAllowed.allowed).toBe(false);

    const read = await caseworker.get(`/api/clients/${client.id}`);
    expect(read.status).toBe(200);
    // The intake's own line, then the read's: answering the intake with the file is not a read.
    const lines = await api.dataSource.query<{ action: string }[]>(
      `SELECT action FROM audit_event WHERE client_id = $1 AND action IN ('client.created', 'client.read') ORDER BY id`,
      [client.id],
    );
    expect(lines.map((line) => line.action)).toEqual(['client.created', 'client.read']);
  });

  it('gives unique, consecutive case numbers under concurrent intake', async () => {
    const responses = await Promise.all(Array.from({ length: 8 }, () => caseworker.post('/api/clients', intakeBody(team, { confirmNotDuplicate: true }))));
    expect(responses.map((r) => r.status)).toEqual(Array(8).fill(201));
    const numbers = responses.map((r) => Number((r.body.client.caseNumber as string).split('-')[1])).sort((a, b) => a - b);
    expect(new Set(numbers).size).toBe(8);
    expect(numbers.at(-1)! - numbers[0]).toBe(7);
  });

  it('warns of a possible duplicate by birth date and similar name, in any script, and lists the candidates', async () => {
    const first = await takeIn(caseworker, team, { familyName: 'Rahimi', givenName: 'Farid', dateOfBirth: '1985-01-01', katakanaName: 'ラヒミ ファリド' });
    const again = await caseworker.post('/api/clients', intakeBody(team, { familyName: 'Rahimy', givenName: 'Farid', dateOfBirth: '1985-01-01', nativeName: null, katakanaName: null }));
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('DUPLICATE_SUSPECTED');
    expect(again.body.details.candidates).toEqual([
      { caseNumber: first.caseNumber, teamName: expect.any(String), askSupervisors: [], reason: 'same-birth-date-similar-name', inYourScope: true, clientId: first.id },
    ]);
    const byKana = await caseworker.post('/api/clients/duplicate-check', { familyName: 'ﾗﾋﾐ', givenName: 'ﾌｧﾘﾄﾞ', dateOfBirth: '1985-01-01' });
    expect(byKana.body).toHaveLength(1);

    const confirmed = await caseworker.post('/api/clients', intakeBody(team, { familyName: 'Rahimy', givenName: 'Farid', dateOfBirth: '1985-01-01', confirmNotDuplicate: true }));
    expect(confirmed.status).toBe(201);
    expect(confirmed.body.duplicates).toHaveLength(1);
  });

  it('warns of the same residence card number in another team by naming only that team', async () => {
    const otherTeam = await createTeam(api);
    const colleague = await signedIn(api, { role: 'caseworker', memberOf: [otherTeam] });
    const theirs = await takeIn(colleague, otherTeam, { residenceCardNumber: 'AB12345678CD' });
    const response = await caseworker.post('/api/clients', intakeBody(team, { residenceCardNumber: 'ab12345678cd', dateOfBirth: null }));
    expect(response.status).toBe(409);
    expect(response.body.details.candidates).toEqual([{ inYourScope: false, teamName: expect.any(String), askSupervisors: [], caseNumber: null, reason: null, clientId: null }]);
    expect(JSON.stringify(response.body)).not.toContain('Hussain');
    expect(JSON.stringify(response.body)).not.toContain(theirs.caseNumber);
  });

  describe('a duplicate check across teams', () => {
    const teamAName = `Team A ${randomUUID().slice(0, 8)}`;
    let teamA: string;
    let teamB: string;
    let fileOfA: { id: string; caseNumber: string };
    const person = { familyName: 'Nazari', givenName: 'Sahar', katakanaName: 'ナザリ サハル', dateOfBirth: '1979-04-13' };

    beforeAll(async () => {
      teamA = await createTeam(api, teamAName);
      teamB = await createTeam(api);
      await createUser(api, { role: 'supervisor', supervises: [teamA] });
      await createUser(api, { role: 'supervisor', supervises: [teamA], active: false });
      const workerA = await signedIn(api, { role: 'caseworker', memberOf: [teamA] });
      fileOfA = await takeIn(workerA, teamA, { ...person, residenceCardNumber: 'QX98765432ZZ', phone: '080-5555-0199' });
    });

    it('tells a caseworker of team B only that team A may know the person, and whom to ask there', async () => {
      const workerB = await signedIn(api, { role: 'caseworker', memberOf: [teamB] });
      const checked = await workerB.post('/api/clients/duplicate-check', { familyName: 'Nazary', givenName: 'Sahar', dateOfBirth: '1979-04-13' });
      expect(checked.status).toBe(200);
      // One entry for the team, its active supervisors to ask; nothing about the file or the person.
      expect(checked.body).toEqual([{ inYourScope: false, teamName: teamAName, askSupervisors: ['Test supervisor'], caseNumber: null, reason: null, clientId: null }]);
      const text = JSON.stringify(checked.body);
      for (const secret of [fileOfA.caseNumber, fileOfA.id, teamA, 'Nazari', 'ナザリ', '1979', 'QX98765432ZZ', '080-5555-0199']) expect(text).not.toContain(secret);

      const intake = await workerB.post('/api/clients', intakeBody(teamB, { familyName: 'Nazari', givenName: 'Sahar', dateOfBirth: '1979-04-13' }));
      expect(intake.status).toBe(409);
      expect(intake.body.details.candidates).toEqual(checked.body);
      expect(JSON.stringify(intake.body)).not.toContain(fileOfA.caseNumber);
    });

    it("still names a file in the caller's scope by case number, with a link", async () => {
      const supervisorA = await signedIn(api, { role: 'supervisor', supervises: [teamA] });
      const checked = await supervisorA.post('/api/clients/duplicate-check', { familyName: 'Nazari', givenName: 'Sahar', dateOfBirth: '1979-04-13' });
      expect(checked.body).toEqual([
        { inYourScope: true, teamName: teamAName, askSupervisors: [], caseNumber: fileOfA.caseNumber, reason: 'same-birth-date-similar-name', clientId: fileOfA.id },
      ]);
    });

    it('audits each check with its counts in and outside the caller’s scope, never the names searched for', async () => {
      const workerB = await signedIn(api, { role: 'caseworker', memberOf: [teamB] });
      expect((await workerB.post('/api/clients/duplicate-check', { familyName: 'Nazari', givenName: 'Sahar', dateOfBirth: '1979-04-13' })).status).toBe(200);
      expect((await workerB.post('/api/clients/duplicate-check', { familyName: 'Nobody', dateOfBirth: '1901-01-01' })).status).toBe(200);
      expect((await workerB.post('/api/clients', intakeBody(teamB, { ...person, katakanaName: null }))).status).toBe(409);
      const rows = await api.dataSource.query<{ outcome: string; record_ids: string[] | null; details: Record<string, unknown>; reason: string | null }[]>(
        `SELECT outcome, record_ids, details, reason FROM audit_event WHERE actor_user_id = $1 AND action = 'client.duplicate-check' ORDER BY id`,
        [workerB.user.id],
      );
      expect(rows).toEqual([
        { outcome: 'success', record_ids: [fileOfA.id], details: { via: 'check', inScope: 0, outOfScope: 1 }, reason: null },
        { outcome: 'success', record_ids: [], details: { via: 'check', inScope: 0, outOfScope: 0 }, reason: null },
        { outcome: 'success', record_ids: [fileOfA.id], details: { via: 'intake', inScope: 0, outOfScope: 1 }, reason: null },
      ]);
      expect(JSON.stringify(rows)).not.toMatch(/Nazari|Nobody|1979|1901/);
    });

    it('refuses exactly the checks beyond the per-user limit, however many arrive at once, with the wait', async () => {
      const { limit } = api.config.duplicateCheck;
      const workerB = await signedIn(api, { role: 'caseworker', memberOf: [teamB] });
      const responses = await Promise.all(
        Array.from({ length: limit + 3 }, () => workerB.post('/api/clients/duplicate-check', { familyName: 'Nazari', givenName: 'Sahar', dateOfBirth: '1979-04-13' })),
      );
      const statuses = responses.map((r) => r.status);
      expect(statuses.filter((s) => s === 200)).toHaveLength(limit);
      expect(statuses.filter((s) => s === 429)).toHaveLength(3);
      const refused = responses.find((r) => r.status === 429)!;
      expect(refused.body.code).toBe('RATE_LIMITED');
      expect(refused.body.details.retryAfterSeconds).toBeGreaterThan(0);
      expect(refused.body.details.retryAfterSeconds).toBeLessThanOrEqual(api.config.duplicateCheck.windowMs / 1000);
      // An intake answered with candidates is a check too: no way around the limit.
      const intake = await workerB.post('/api/clients', intakeBody(teamB, { ...person, katakanaName: null }));
      expect(intake.status).toBe(429);
      // Another user has a count of their own.
      const colleague = await signedIn(api, { role: 'caseworker', memberOf: [teamB] });
      expect((await colleague.post('/api/clients/duplicate-check', { familyName: 'Nazari', dateOfBirth: '1979-04-13' })).status).toBe(200);
      const audited = await api.dataSource.query<{ outcome: string; n: number }[]>(
        `SELECT outcome, count(*)::int AS n FROM audit_event WHERE actor_user_id = $1 AND action = 'client.duplicate-check' GROUP BY outcome ORDER BY outcome`,
        [workerB.user.id],
      );
      expect(audited).toEqual([
        { outcome: 'denied', n: 1 },
        { outcome: 'success', n: limit },
      ]);
    });
  });

  it('refuses intake for a team the caseworker is not in, and incomplete status facts', async () => {
    const otherTeam = await createTeam(api);
    expect((await caseworker.post('/api/clients', intakeBody(otherTeam))).status).toBe(403);
    const noExpiry = await caseworker.post('/api/clients', intakeBody(team, { residence: { stage: 'TOKUTEI', workAllowed: true } }));
    expect(noExpiry.status).toBe(400);
    expect(noExpiry.body.details.fields[0].field).toBe('residence.expiresOn');
    const badDate = await caseworker.post('/api/clients', intakeBody(team, { dateOfBirth: '1990-02-30' }));
    expect(badDate.status).toBe(400);
    expect(badDate.body.details.fields[0].field).toBe('dateOfBirth');
  });

  it.each([
    ['residence', undefined],
    ['custody', undefined],
    ['residence', null],
    ['custody', []],
    ['residence', 'TOKUTEI'],
  ])('answers 400 naming %s when it is %p, and takes nobody in', async (field, value) => {
    const before = await api.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM client`);
    const response = await caseworker.post('/api/clients', intakeBody(team, { [field]: value }));
    expect(response.status).toBe(400);
    expect(response.body.details.fields.map((f: { field: string }) => f.field)).toContain(field);
    expect(await api.dataSource.query(`SELECT count(*)::int AS n FROM client`)).toEqual(before);
  });

  it('corrects details with optimistic locking: of two concurrent edits one wins, the other gets 409', async () => {
    const client = await takeIn(caseworker, team);
    const [a, b] = await Promise.all([
      caseworker.patch(`/api/clients/${client.id}`, { version: client.version, phone: '090-1111-2222' }),
      caseworker.patch(`/api/clients/${client.id}`, { version: client.version, address: 'Shinjuku, Tokyo' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const loser = a.status === 409 ? a : b;
    expect(loser.body.code).toBe('STALE_VERSION');
    const now = (await caseworker.get(`/api/clients/${client.id}`)).body;
    expect(now.version).toBe(2);
    expect([now.phone, now.address].filter((v) => v !== null)).toHaveLength(1);
    const events = await api.dataSource.query<{ changed_fields: string[] }[]>(`SELECT changed_fields FROM audit_event WHERE client_id = $1 AND action = 'client.updated'`, [client.id]);
    expect(events).toHaveLength(1);
    expect(JSON.stringify(events)).not.toMatch(/090|Shinjuku/);
  });

  it('answers a correction with the file as written, and audits the change alone', async () => {
    const client = await takeIn(caseworker, team);
    const [{ last }] = await api.dataSource.query<[{ last: string }]>('SELECT max(id)::text AS last FROM audit_event WHERE client_id = $1', [client.id]);
    const edited = await caseworker.patch(`/api/clients/${client.id}`, { version: client.version, phone: '090-5555-0000' });
    expect(edited.status).toBe(200);
    const lines = await api.dataSource.query<{ action: string; actor_user_id: string }[]>(
      'SELECT action, actor_user_id FROM audit_event WHERE client_id = $1 AND id > $2 ORDER BY id',
      [client.id, last],
    );
    expect(lines).toEqual([{ action: 'client.updated', actor_user_id: caseworker.user.id }]);
    expect((await caseworker.get(`/api/clients/${client.id}`)).body).toEqual(edited.body);
  });

  it('closes a file with a reason and refuses further changes until it is reopened', async () => {
    const client = await takeIn(caseworker, team);
    const closed = await caseworker.post(`/api/clients/${client.id}/close`, { version: client.version, reason: 'Moved abroad' });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ status: 'closed', closedReason: 'Moved abroad' });
    const change = await caseworker.patch(`/api/clients/${client.id}`, { version: closed.body.version, phone: '090-0000-0000' });
    expect(change.status).toBe(409);
    expect(change.body.code).toBe('CLIENT_CLOSED');
    const reopened = await caseworker.post(`/api/clients/${client.id}/reopen`, { version: closed.body.version });
    expect(reopened.body.status).toBe('open');
  });
});
