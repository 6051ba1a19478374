import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { Browser, createTeam, signedIn, type SignedInBrowser } from '../support/accounts.js';
import { takeIn } from '../support/clients.js';
import { Mailbox } from '../support/mailbox.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

/**
 * Every client-data route, every role, own scope against another team's scope and no session.
 * A record outside the caller's scope answers 404, exactly like a missing one; a role that may not
 * use a route at all answers 403; no session answers 401.
 */
type Actor = 'assigned caseworker' | 'team colleague' | 'other team caseworker' | 'team supervisor' | 'other team supervisor' | 'administrator' | 'no session';

interface Fixture {
  clientId: string;
  version: number;
  applicationId: string;
  applicationVersion: number;
  appointmentId: string;
  appointmentVersion: number;
  deadlineId: string;
  deadlineVersion: number;
}

interface Route {
  readonly name: string;
  readonly call: (browser: Browser, f: Fixture) => ReturnType<Browser['get']>;
  /** The status for an actor allowed to do it. */
  readonly ok: number;
  /** Roles refused outright (403) rather than scoped. */
  readonly roles?: readonly ('caseworker' | 'supervisor' | 'admin')[];
}

const ROUTES: Route[] = [
  { name: 'GET /clients/:id', call: (b, f) => b.get(`/api/clients/${f.clientId}`), ok: 200 },
  { name: 'PATCH /clients/:id', call: (b, f) => b.patch(`/api/clients/${f.clientId}`, { version: f.version, phone: '03-1234-5678' }), ok: 200 },
  { name: 'POST /clients/:id/close', call: (b, f) => b.post(`/api/clients/${f.clientId}/close`, { version: f.version, reason: 'Matrix test' }), ok: 200 },
  {
    name: 'PUT /clients/:id/assignments',
    call: (b, f) => b.put(`/api/clients/${f.clientId}/assignments`, { version: f.version, primaryWorkerId: f.clientId, otherWorkerIds: [] }),
    ok: 409,
    roles: ['supervisor'],
  },
  { name: 'GET /clients/:id/applications', call: (b, f) => b.get(`/api/clients/${f.clientId}/applications`), ok: 200 },
  { name: 'POST /clients/:id/applications', call: (b, f) => b.post(`/api/clients/${f.clientId}/applications`, { kind: 'REFUGEE_AND_CP' }), ok: 409 },
  { name: 'GET /clients/:id/applications/:a', call: (b, f) => b.get(`/api/clients/${f.clientId}/applications/${f.applicationId}`), ok: 200 },
  {
    name: 'PATCH /clients/:id/applications/:a',
    call: (b, f) => b.patch(`/api/clients/${f.clientId}/applications/${f.applicationId}`, { version: f.applicationVersion, regionalBureau: 'Osaka' }),
    ok: 200,
  },
  {
    name: 'POST /clients/:id/applications/:a/steps',
    call: (b, f) =>
      b.post(`/api/clients/${f.clientId}/applications/${f.applicationId}/steps`, { version: f.applicationVersion, to: 'P1_FILED', dates: { filedOn: '2026-11-02' } }),
    ok: 201,
  },
  { name: 'GET /clients/:id/status-options', call: (b, f) => b.get(`/api/clients/${f.clientId}/status-options`), ok: 200 },
  { name: 'GET /clients/:id/status-history', call: (b, f) => b.get(`/api/clients/${f.clientId}/status-history`), ok: 200 },
  {
    name: 'POST /clients/:id/residence/steps',
    call: (b, f) => b.post(`/api/clients/${f.clientId}/residence/steps`, { version: f.version, to: 'KARITAIZAI', dates: {} }),
    ok: 400,
  },
  {
    name: 'POST /clients/:id/custody/steps',
    call: (b, f) => b.post(`/api/clients/${f.clientId}/custody/steps`, { version: f.version, to: 'D1_INVESTIGATION', dates: { investigationStartedOn: '2026-11-01' } }),
    ok: 400,
  },
  { name: 'GET /clients/:id/appointments', call: (b, f) => b.get(`/api/clients/${f.clientId}/appointments`), ok: 200 },
  {
    name: 'POST /clients/:id/appointments',
    call: (b, f) => b.post(`/api/clients/${f.clientId}/appointments`, { kind: 'lawyer-meeting', startsAt: '2026-12-10T01:00:00.000Z' }),
    ok: 201,
  },
  {
    name: 'PATCH /clients/:id/appointments/:p',
    call: (b, f) => b.patch(`/api/clients/${f.clientId}/appointments/${f.appointmentId}`, { version: f.appointmentVersion, place: 'Room 2' }),
    ok: 200,
  },
  {
    name: 'POST /clients/:id/export',
    call: (b, f) => b.post(`/api/clients/${f.clientId}/export`, { purpose: 'subject-access', reason: 'Asked for by the client in person' }),
    ok: 200,
    roles: ['caseworker', 'supervisor'],
  },
  { name: 'GET /clients/:id/timeline', call: (b, f) => b.get(`/api/clients/${f.clientId}/timeline`), ok: 200 },
  { name: 'POST /clients/:id/notes', call: (b, f) => b.post(`/api/clients/${f.clientId}/notes`, { body: 'Called the client.' }), ok: 201 },
  { name: 'GET /clients/:id/deadlines', call: (b, f) => b.get(`/api/clients/${f.clientId}/deadlines`), ok: 200 },
  {
    name: 'POST /clients/:id/deadlines/:d/override',
    call: (b, f) => b.post(`/api/clients/${f.clientId}/deadlines/${f.deadlineId}/override`, { version: f.deadlineVersion, dueDate: '2026-06-01', reason: 'Agreed with the bureau' }),
    ok: 200,
  },
  {
    name: 'POST /clients/:id/deadlines/:d/waive',
    call: (b, f) => b.post(`/api/clients/${f.clientId}/deadlines/${f.deadlineId}/waive`, { version: f.deadlineVersion, reason: 'Not applicable' }),
    ok: 200,
  },
  {
    name: 'POST /clients/:id/deadlines/:d/met',
    call: (b, f) => b.post(`/api/clients/${f.clientId}/deadlines/${f.deadlineId}/met`, { version: f.deadlineVersion, on: '2026-01-05' }),
    ok: 200,
  },
  {
    name: 'POST /clients/:id/deadlines/:d/recompute',
    call: (b, f) => b.post(`/api/clients/${f.clientId}/deadlines/${f.deadlineId}/recompute`, { version: f.deadlineVersion }),
    ok: 200,
  },
];

describe('access matrix for client data', () => {
  let api: TestApi;
  let team: string;
  let otherTeam: string;
  const actors = new Map<Actor, Browser>();
  let owner: SignedInBrowser;
  const mailbox = new Mailbox();

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
  });
  afterAll(async () => {
    await api.close();
    await mailbox.stop();
  });

  async function fixture(): Promise<Fixture> {
    const client = await takeIn(owner, team, { landingDate: '2025-12-01' });
    const [deadline] = (await owner.get(`/api/clients/${client.id}/deadlines`)).body as { id: string; version: number }[];
    const application = await owner.post(`/api/clients/${client.id}/applications`, { kind: 'REFUGEE_AND_CP' });
    const appointment = await owner.post(`/api/clients/${client.id}/appointments`, { kind: 'refugee-inquirer-interview', startsAt: '2026-12-01T01:00:00.000Z' });
    return {
      clientId: client.id,
      version: client.version,
      applicationId: application.body.id,
      applicationVersion: application.body.version,
      appointmentId: appointment.body.id,
      appointmentVersion: appointment.body.version,
      deadlineId: deadline.id,
      deadlineVersion: deadline.version,
    };
  }

  function expected(route: Route, actor: Actor): number {
    if (actor === 'no session') return 401;
    const role = actor === 'administrator' ? 'admin' : actor.includes('supervisor') ? 'supervisor' : 'caseworker';
    if (route.roles && !route.roles.includes(role)) return 403;
    const inScope = actor === 'assigned caseworker' || actor === 'team supervisor';
    return inScope ? route.ok : 404;
  }

  it.each(ROUTES.map((route) => [route.name, route] as const))('%s', async (_name, route) => {
    const outcomes: string[] = [];
    for (const [actor, browser] of actors) {
      const f = await fixture();
      const response = await route.call(browser, f);
      const want = expected(route, actor);
      if (response.status !== want) outcomes.push(`${actor}: ${response.status} (${String(response.body?.code)}), expected ${want}`);
      if (want === 404) expect(response.body.code).toBe('RECORD_NOT_FOUND');
    }
    expect(outcomes).toEqual([]);
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
    const ids = async (browser: Browser) => ((await browser.get('/api/clients?limit=200')).body as { items: { id: string }[] }).items.map((i) => i.id);
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
