import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTeam, signedIn, type SignedInBrowser } from '../support/accounts.js';
import { takeIn } from '../support/clients.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

/** A client's whole file as one document: for the person themselves, their lawyer, a transfer. */
describe('client file export', () => {
  let api: TestApi;
  let team: string;
  let caseworker: SignedInBrowser;

  beforeAll(async () => {
    api = await startTestApi();
    api.clock.set(new Date('2026-01-22T03:00:00Z'));
    team = await createTeam(api);
    caseworker = await signedIn(api, { role: 'caseworker', memberOf: [team] });
  });
  afterAll(async () => {
    await api.close();
  });

  const exportsOf = (clientId: string) =>
    api.dataSource.query<{ reason: string; details: { purpose: string }; actor_user_id: string }[]>(
      `SELECT reason, details, actor_user_id FROM audit_event WHERE client_id = $1 AND action = 'client.exported'`,
      [clientId],
    );

  it('exports everything held about the client, with its purpose and reason audited', async () => {
    const client = await takeIn(caseworker, team, { landingDate: '2025-12-01', nativeName: 'أمينة' });
    const opened = await caseworker.post(`/api/clients/${client.id}/applications`, { kind: 'REFUGEE_AND_CP' });
    await caseworker.post(`/api/clients/${client.id}/applications/${opened.body.id}/steps`, { version: opened.body.version, to: 'P1_FILED', dates: { filedOn: '2026-01-15' } });
    await caseworker.post(`/api/clients/${client.id}/appointments`, { kind: 'lawyer-meeting', startsAt: '2026-02-10T01:00:00.000Z' });
    await caseworker.post(`/api/clients/${client.id}/notes`, { body: 'Brought her residence card.' });

    const response = await caseworker.post(`/api/clients/${client.id}/export`, { purpose: 'subject-access', reason: 'Asked for in person by the client on 22 January' });
    expect(response.status).toBe(200);
    expect(response.headers['content-disposition']).toBe(`attachment; filename="yorisoi-${client.caseNumber}.json"`);
    expect(response.headers['cache-control']).toBe('no-store');
    const document = response.body as Record<string, unknown> & {
      client: { id: string; nativeName: string };
      applications: { history: unknown[] }[];
      appointments: unknown[];
      deadlines: { kind: string; status: string }[];
      timeline: { kind: string; body: string | null }[];
    };
    expect(document).toMatchObject({ purpose: 'subject-access', reason: 'Asked for in person by the client on 22 January', exportedAt: '2026-01-22T03:00:00.000Z' });
    expect(document.client).toMatchObject({ id: client.id, nativeName: 'أمينة' });
    expect(document.applications).toHaveLength(1);
    expect(document.applications[0]?.history).toHaveLength(1);
    expect(document.appointments).toHaveLength(1);
    // The landing window was met by the filing: closed deadlines are part of the file too.
    expect(document.deadlines).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'landing-six-months', status: 'met' })]));
    expect(document.timeline.map((item) => item.kind)).toEqual(expect.arrayContaining(['client.intake', 'application.stage', 'note']));
    expect(document).toHaveProperty('statusHistory.residence');

    expect(await exportsOf(client.id)).toEqual([{ reason: 'Asked for in person by the client on 22 January', details: expect.objectContaining({ purpose: 'subject-access' }), actor_user_id: caseworker.user.id }]);
    // The file's caseworkers see on the timeline that a copy left, and why.
    const [latest] = ((await caseworker.get(`/api/clients/${client.id}/timeline`)).body as { items: { kind: string; body: string; data: Record<string, unknown> }[] }).items;
    expect(latest).toMatchObject({ kind: 'client.exported', body: 'Asked for in person by the client on 22 January', data: { purpose: 'subject-access' } });
  });

  it('refuses an export without a purpose or a real reason, and records nothing', async () => {
    const client = await takeIn(caseworker, team);
    const noReason = await caseworker.post(`/api/clients/${client.id}/export`, { purpose: 'subject-access', reason: 'x' });
    expect(noReason.status).toBe(400);
    const badPurpose = await caseworker.post(`/api/clients/${client.id}/export`, { purpose: 'curiosity', reason: 'Just wanted to see it all' });
    expect(badPurpose.status).toBe(400);
    expect(await exportsOf(client.id)).toEqual([]);
  });

  it('gives the file to a lawyer or another organisation only with the client’s sharing consent', async () => {
    const client = await takeIn(caseworker, team);
    const toLawyer = { purpose: 'legal-representative', reason: 'For Ms Tanaka, the client’s lawyer' };
    const refused = await caseworker.post(`/api/clients/${client.id}/export`, toLawyer);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'CONSENT_REQUIRED', details: { consent: 'partner-sharing' } });
    expect(await exportsOf(client.id)).toEqual([]);

    const current = (await caseworker.get(`/api/clients/${client.id}`)).body as { version: number; consents: unknown[] };
    const consents = [...current.consents, { kind: 'partner-sharing', givenOn: '2026-01-20', scope: 'Lawyer and legal aid partners', withdrawnOn: null }];
    expect((await caseworker.patch(`/api/clients/${client.id}`, { version: current.version, consents })).status).toBe(200);
    expect((await caseworker.post(`/api/clients/${client.id}/export`, toLawyer)).status).toBe(200);
    expect(await exportsOf(client.id)).toHaveLength(1);
  });

  it('does not let emergency access export a file', async () => {
    const client = await takeIn(caseworker, team);
    const outsider = await signedIn(api, { role: 'supervisor', supervises: [await createTeam(api)] });
    expect((await outsider.post(`/api/clients/${client.id}/break-glass`, { reason: 'Client at the Osaka office in crisis' })).status).toBe(200);
    const refused = await outsider.post(`/api/clients/${client.id}/export`, { purpose: 'transfer-with-consent', reason: 'Sending the file to our Osaka office' });
    expect(refused.status).toBe(403);
    expect(await exportsOf(client.id)).toEqual([]);
  });
});
