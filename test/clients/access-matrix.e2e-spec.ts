import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { Browser, createTeam, createUser, signedIn, type SignedInBrowser } from '../support/accounts.js';
import { takeIn } from '../support/clients.js';
import { DOCUMENT_FIELDS, multipart, sendMultipart, tinyPdf, upload } from '../support/documents.js';
import { createPartnerService, type TestPartnerService } from '../support/referrals.js';
import { Mailbox } from '../support/mailbox.js';
import { startTestApi, type TestApi } from '../support/test-api.js';
import { expectedAnswer, matrixPath, MATRIX_ROUTES, type Actor, type Fixture, type MatrixRoute } from './access-matrix.routes.js';

/**
 * Every client-data route, every role, own scope against another team's scope and no session.
 * A record outside the caller's scope answers 404, exactly like a missing one; a role that may not
 * use a route at all answers 403; no session answers 401. The rows are in access-matrix.routes.ts:
 * add one there for every new route that takes a client's (or a record under it) id — the
 * OpenAPI coverage test fails until you do.
 */
describe('access matrix for client data', () => {
  let api: TestApi;
  let team: string;
  let otherTeam: string;
  const actors = new Map<Actor, Browser>();
  let owner: SignedInBrowser;
  const mailbox = new Mailbox();
  let partner: TestPartnerService;

  beforeAll(async () => {
    api = await startTestApi({ env: { SMTP_URL: await mailbox.start() } });
    team = await createTeam(api);
    otherTeam = await createTeam(api);
    owner = await signedIn(api, { role: 'caseworker', memberOf: [team] });
    actors.set('assigned caseworker', owner);
    actors.set('team colleague', await signedIn(api, { role: 'caseworker', memberOf: [team] }));
    actors.set('other team caseworker', await signedIn(api, { role: 'caseworker', memberOf: [otherTeam] }));
    actors.set('team supervisor', await signedIn(api, { role: 'supervisor', supervises: [team] }));
    actors.set('other team supervisor', await signedIn(api, { role: 'supervisor', supervises: [otherTeam] }));
    actors.set('administrator', await signedIn(api, { role: 'admin' }));
    actors.set('no session', new Browser(api));
    partner = await createPartnerService(actors.get('administrator') as SignedInBrowser, { kind: 'housing' });
  });
  afterAll(async () => {
    await api.close();
    await mailbox.stop();
  });

  /** Emergency access to the file, opened by a supervisor who is none of the actors. */
  async function grantOn(clientId: string): Promise<string> {
    const opener = await createUser(api, { role: 'supervisor', supervises: [await createTeam(api)] });
    const [{ id }] = await api.dataSource.query<[{ id: string }]>(
      `INSERT INTO break_glass_grant (user_id, client_id, reason, granted_at, expires_at) VALUES ($1, $2, 'Matrix test emergency', $3, $4) RETURNING id`,
      [opener.id, clientId, api.clock.now(), new Date(api.clock.now().getTime() + 3_600_000)],
    );
    return id;
  }

  /** A document of the file (in Farsi, one version), uploaded by its caseworker. */
  async function documentOf(clientId: string): Promise<{ id: string; version: number; versionNumber: number }> {
    const uploaded = await upload(owner, clientId, DOCUMENT_FIELDS, tinyPdf('Matrix fixture'), 'passport.pdf');
    if (uploaded.status !== 201) throw new Error(`fixture upload failed: ${uploaded.status} ${JSON.stringify(uploaded.body)}`);
    return { id: uploaded.body.id, version: uploaded.body.version, versionNumber: uploaded.body.currentVersion.number };
  }

  async function materialsRequestOf(clientId: string): Promise<{ id: string; version: number }> {
    const created = await owner.post(`/api/clients/${clientId}/materials-requests`, { receivedOn: '2026-01-05', dueDate: '2026-01-20', description: 'Further evidence of the arrest' });
    if (created.status !== 201) throw new Error(`fixture materials request failed: ${created.status} ${JSON.stringify(created.body)}`);
    return { id: created.body.id, version: created.body.version };
  }

  /** The client's consent for the matrix's partner, and a referral to it: a draft, or sent. */
  async function referralOf(clientId: string, sent: boolean): Promise<{ id: string; version: number; consentId: string; consentVersion: number }> {
    const consent = await owner.post(`/api/clients/${clientId}/referral-consents`, { partnerId: partner.partnerId, givenOn: '2026-01-05', scope: 'To find a shelter' });
    if (consent.status !== 201) throw new Error(`fixture consent failed: ${consent.status} ${JSON.stringify(consent.body)}`);
    let referral = await owner.post(`/api/clients/${clientId}/referrals`, { serviceId: partner.serviceId, reason: 'Needs a bed tonight', urgency: 'today', sharedFields: ['name'] });
    if (referral.status !== 201) throw new Error(`fixture referral failed: ${referral.status} ${JSON.stringify(referral.body)}`);
    if (sent) referral = await owner.post(`/api/clients/${clientId}/referrals/${referral.body.id}/send`, { version: referral.body.version });
    if (referral.status >= 300) throw new Error(`fixture send failed: ${referral.status} ${JSON.stringify(referral.body)}`);
    return { id: referral.body.id, version: referral.body.version, consentId: consent.body.id, consentVersion: consent.body.version };
  }

  /** A fresh file with what the row's path needs (a document and a request for materials only where it names one). */
  async function fixture(route?: MatrixRoute): Promise<Fixture> {
    const withGrant = route?.route.includes('{grantId}') ?? false;
    const client = await takeIn(owner, team, { landingDate: '2025-12-01' });
    const [deadline] = (await owner.get(`/api/clients/${client.id}/deadlines`)).body as { id: string; version: number }[];
    const application = await owner.post(`/api/clients/${client.id}/applications`, { kind: 'REFUGEE_AND_CP' });
    const appointment = await owner.post(`/api/clients/${client.id}/appointments`, { kind: 'refugee-inquirer-interview', startsAt: '2026-12-01T01:00:00.000Z' });
    const document = route?.route.includes('{documentId}') ? await documentOf(client.id) : { id: '', version: 0, versionNumber: 0 };
    const request = route?.route.includes('{requestId}') ? await materialsRequestOf(client.id) : { id: '', version: 0 };
    const underReferral = (route?.route.includes('{referralId}') || route?.route.includes('{consentId}')) ?? false;
    const referral = underReferral ? await referralOf(client.id, route?.route.endsWith('/link') ?? false) : { id: '', version: 0, consentId: '', consentVersion: 0 };
    return {
      clientId: client.id,
      version: client.version,
      applicationId: application.body.id,
      applicationVersion: application.body.version,
      appointmentId: appointment.body.id,
      appointmentVersion: appointment.body.version,
      deadlineId: deadline.id,
      deadlineVersion: deadline.version,
      grantId: withGrant ? await grantOn(client.id) : '',
      documentId: document.id,
      documentVersion: document.version,
      documentVersionNumber: document.versionNumber,
      materialsRequestId: request.id,
      materialsRequestVersion: request.version,
      serviceId: partner.serviceId,
      referralId: referral.id,
      referralVersion: referral.version,
      consentId: referral.consentId,
      consentVersion: referral.consentVersion,
    };
  }

  /** Sends the row's request as the browser: its JSON body, or its multipart body for an upload. */
  function send(browser: Browser, route: MatrixRoute, f: Fixture) {
    const path = matrixPath(route, f);
    const method = route.route.slice(0, route.route.indexOf(' ')).toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
    if (route.multipart) return sendMultipart(browser, path, multipart(route.multipart(f)));
    if (method === 'get') return browser.get(path);
    // A DELETE may carry a body too (a document's version and the reason for deleting it).
    if (method === 'delete') return route.body ? browser.delete(path).send(route.body(f)) : browser.delete(path);
    return browser[method](path, route.body?.(f));
  }

  it.each(MATRIX_ROUTES.map((route) => [route.route, route] as const))('%s', async (_name, route) => {
    const outcomes: string[] = [];
    for (const [actor, browser] of actors) {
      const f = await fixture(route);
      const response = await send(browser, route, f);
      const want = expectedAnswer(route, actor);
      if (response.status !== want) outcomes.push(`${actor}: ${response.status} (${String(response.body?.code)}), expected ${want}`);
      else if (want === 404 && response.body.code !== (route.notFoundCode ?? 'RECORD_NOT_FOUND')) {
        outcomes.push(`${actor}: 404 (${String(response.body?.code)}), expected ${route.notFoundCode ?? 'RECORD_NOT_FOUND'}`);
      }
    }
    expect(outcomes).toEqual([]);
  });

  it('lets each role read caught mail: their own in full, an administrator everyone’s with the sign-in links redacted', async () => {
    const token = 'Zt3kQ9vLr2Xw8sYpN4mB7cHd1fJg6aUeKo5iTq0WxRy';
    const [{ id }] = await api.dataSource.query<[{ id: string }]>(
      `INSERT INTO caught_mail (received_at, envelope_from, envelope_to, subject, message_id, text_body, html_body)
       VALUES (now(), 'no-reply@yorisoi.invalid', ARRAY[$1], 'Reset your Yorisoi password', NULL, $2, NULL) RETURNING id`,
      [owner.user.email, `Choose a new password: http://yorisoi.test/reset-password#token=${token}`],
    );
    const outcomes: string[] = [];
    for (const [actor, browser] of actors) {
      const list = await browser.get('/api/caught-mail');
      const opened = await browser.get(`/api/caught-mail/${id}`);
      const listed = Array.isArray(list.body) && (list.body as { id: string }[]).some((m) => m.id === id);
      const sawToken = JSON.stringify(list.body).includes(token) || JSON.stringify(opened.body).includes(token);
      outcomes.push(`${actor}: list ${list.status}${listed ? ' with it' : ''}, open ${opened.status}${sawToken ? ' with the link' : ''}`);
    }
    expect(outcomes).toEqual([
      'assigned caseworker: list 200 with it, open 200 with the link',
      'team colleague: list 200, open 404',
      'other team caseworker: list 200, open 404',
      'team supervisor: list 200, open 404',
      'other team supervisor: list 200, open 404',
      'administrator: list 200 with it, open 200',
      'no session: list 401, open 401',
    ]);
  });

  it('answers a missing file exactly like a file outside the caller’s scope', async () => {
    const f = await fixture();
    const outsider = actors.get('other team caseworker')!;
    const hidden = await outsider.get(`/api/clients/${f.clientId}`);
    const missing = await outsider.get('/api/clients/00000000-0000-4000-8000-000000000000');
    expect(hidden.status).toBe(missing.status);
    expect({ ...hidden.body, correlationId: 'x' }).toEqual({ ...missing.body, correlationId: 'x' });
  });

  it('keeps list routes to caseworkers and supervisors, and scopes what they list', async () => {
    const f = await fixture();
    const colleague = actors.get('team colleague')!;
    const supervisor = actors.get('team supervisor')!;
    expect((await actors.get('administrator')!.get('/api/clients')).status).toBe(403);
    expect((await actors.get('administrator')!.get('/api/caseload')).status).toBe(403);
    expect((await request(api.server).get('/api/clients')).status).toBe(401);
    // Every page: the matrix above gives the owner and the team's supervisor hundreds of files.
    const ids = async (browser: Browser) => {
      const all: string[] = [];
      let cursor: string | null = null;
      do {
        const page = (await browser.get(`/api/clients?limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)).body as { items: { id: string }[]; nextCursor: string | null };
        all.push(...page.items.map((i) => i.id));
        cursor = page.nextCursor;
      } while (cursor);
      return all;
    };
    expect(await ids(owner)).toContain(f.clientId);
    expect(await ids(supervisor)).toContain(f.clientId);
    expect(await ids(colleague)).not.toContain(f.clientId);
    expect(await ids(actors.get('other team supervisor')!)).not.toContain(f.clientId);
  });

  it('lets a supervisor or administrator open a file outside their scope for one hour, with a reason, audited', async () => {
    const f = await fixture();
    const admin = actors.get('administrator') as SignedInBrowser;
    expect((await admin.get(`/api/clients/${f.clientId}`)).status).toBe(404);
    const noReason = await admin.post(`/api/clients/${f.clientId}/break-glass`, { reason: 'why' });
    expect(noReason.status).toBe(400);
    const opened = await admin.post(`/api/clients/${f.clientId}/break-glass`, { reason: 'Client in crisis at the office; caseworker unreachable' });
    expect(opened.status).toBe(200);
    expect(opened.body).toMatchObject({ id: f.clientId, access: 'break-glass' });
    const read = await admin.get(`/api/clients/${f.clientId}`);
    expect(read.status).toBe(200);
    expect(read.body.access).toBe('break-glass');
    expect(read.body.accessExpiresAt).toBe(new Date(api.clock.now().getTime() + 3_600_000).toISOString());
    expect(opened.body.accessExpiresAt).toBe(read.body.accessExpiresAt);
    const [audit] = await api.dataSource.query<{ reason: string; actor_user_id: string }[]>(
      `SELECT reason, actor_user_id FROM audit_event WHERE client_id = $1 AND action = 'client.break-glass'`,
      [f.clientId],
    );
    expect(audit).toEqual({ reason: 'Client in crisis at the office; caseworker unreachable', actor_user_id: admin.user.id });
    const supervisor = actors.get('team supervisor') as SignedInBrowser;
    const notice = await mailbox.waitFor(supervisor.user.email);
    expect(notice.subject).toContain((await read.body).caseNumber);
    expect(notice.textBody).not.toMatch(/Hussain|Amina|crisis/);

    expect((await actors.get('team colleague')!.post(`/api/clients/${f.clientId}/break-glass`, { reason: 'Trying to look at a colleague file' })).status).toBe(403);

    api.clock.advance(61 * 60_000);
    const later = new Browser(api);
    await later.signIn(admin.user.email, admin.user.password);
    expect((await later.get(`/api/clients/${f.clientId}`)).status).toBe(404);
  });

  it('gives a supervisor of another team the same emergency access, to the file and its sub-resources', async () => {
    // Fresh sessions: the test above moves the clock past every earlier session's idle timeout.
    const caseworker = await signedIn(api, { role: 'caseworker', memberOf: [team] });
    const outsider = await signedIn(api, { role: 'supervisor', supervises: [otherTeam] });
    const f = { clientId: (await takeIn(caseworker, team)).id };
    expect((await outsider.get(`/api/clients/${f.clientId}`)).status).toBe(404);
    const opened = await outsider.post(`/api/clients/${f.clientId}/break-glass`, { reason: 'Client arrived at the Osaka office in crisis' });
    expect(opened.status).toBe(200);
    const read = await outsider.get(`/api/clients/${f.clientId}`);
    expect(read.status).toBe(200);
    expect(read.body.access).toBe('break-glass');
    expect((await outsider.get(`/api/clients/${f.clientId}/timeline`)).status).toBe(200);
    expect((await outsider.get(`/api/clients/${f.clientId}/deadlines`)).status).toBe(200);
    // Their own teams' files still read as in scope, not as emergency access.
    const own = await takeIn(await signedIn(api, { role: 'caseworker', memberOf: [otherTeam] }), otherTeam);
    expect((await outsider.get(`/api/clients/${own.id}`)).body).toMatchObject({ access: 'scope', accessExpiresAt: null });
  });
});
