import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTeam, signedIn, type SignedInBrowser } from '../support/accounts.js';
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
    const [{ count }] = await api.dataSource.query<[{ count: string }]>(
      `SELECT count(*) FROM audit_event WHERE client_id = $1 AND action IN ('client.created', 'client.read')`,
      [client.id],
    );
    expect(Number(count)).toBe(3);
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
      { caseNumber: first.caseNumber, teamName: expect.any(String), reason: 'same-birth-date-similar-name', inYourScope: true, clientId: first.id },
    ]);
    const byKana = await caseworker.post('/api/clients/duplicate-check', { familyName: 'ﾗﾋﾐ', givenName: 'ﾌｧﾘﾄﾞ', dateOfBirth: '1985-01-01' });
    expect(byKana.body).toHaveLength(1);

    const confirmed = await caseworker.post('/api/clients', intakeBody(team, { familyName: 'Rahimy', givenName: 'Farid', dateOfBirth: '1985-01-01', confirmNotDuplicate: true }));
    expect(confirmed.status).toBe(201);
    expect(confirmed.body.duplicates).toHaveLength(1);
  });

  it('warns of the same residence card number, naming only the case number of a file in another team', async () => {
    const otherTeam = await createTeam(api);
    const colleague = await signedIn(api, { role: 'caseworker', memberOf: [otherTeam] });
    await takeIn(colleague, otherTeam, { residenceCardNumber: 'AB12345678CD' });
    const response = await caseworker.post('/api/clients', intakeBody(team, { residenceCardNumber: 'ab12345678cd', dateOfBirth: null }));
    expect(response.status).toBe(409);
    const [candidate] = response.body.details.candidates as { inYourScope: boolean; clientId: string | null }[];
    expect(candidate).toMatchObject({ reason: 'same-residence-card', inYourScope: false, clientId: null });
    expect(JSON.stringify(response.body)).not.toContain('Hussain');
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
