import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Principal } from '#accounts';
import { ClientsService } from '#clients';
import { createTeam, signedIn, type SignedInBrowser } from '../support/accounts.js';
import { takeIn } from '../support/clients.js';
import { getBytes, PDF, sendMultipart, multipart, tinyPdf, upload, uploadVersion } from '../support/documents.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

/**
 * Emergency ("break-glass") access: for reading a file outside one's scope and recording what
 * happens in the emergency, never for the team's decisions; an administrator's is read-only; the
 * team's supervisors see each use and can end it at once.
 */
describe('emergency access', () => {
  let api: TestApi;
  let team: string;
  let otherTeam: string;
  let caseworker: SignedInBrowser;
  let supervisor: SignedInBrowser;

  const REASON = 'Client arrived at the Osaka office in crisis';
  const SUPERVISOR_MAY = [
    'note.add',
    'appointment.create',
    'appointment.update',
    'application.open',
    'application.step',
    'residence.step',
    'custody.step',
    'document.upload',
    'document.submission',
    'materials-request.create',
  ];

  beforeAll(async () => {
    api = await startTestApi();
    api.clock.set(new Date('2026-02-16T00:00:00Z'));
    team = await createTeam(api);
    otherTeam = await createTeam(api);
    caseworker = await signedIn(api, { role: 'caseworker', memberOf: [team] });
    supervisor = await signedIn(api, { role: 'supervisor', supervises: [team] });
  });
  afterAll(async () => {
    await api.close();
  });

  /** A file of `team` with an open legal deadline, an application and an appointment. */
  async function file(options: { withApplication?: boolean } = {}) {
    const client = await takeIn(caseworker, team, { landingDate: '2026-01-10' });
    const deadlines = (await caseworker.get(`/api/clients/${client.id}/deadlines`)).body as { id: string; version: number; kind: string }[];
    const application = options.withApplication === false ? undefined : (await caseworker.post(`/api/clients/${client.id}/applications`, { kind: 'REFUGEE_AND_CP' })).body;
    const appointment = (await caseworker.post(`/api/clients/${client.id}/appointments`, { kind: 'lawyer-meeting', startsAt: '2026-03-10T01:00:00.000Z' })).body;
    const current = (await caseworker.get(`/api/clients/${client.id}`)).body as { version: number };
    return { id: client.id, version: current.version, deadline: deadlines[0], application, appointment };
  }

  async function open(browser: SignedInBrowser, clientId: string) {
    const opened = await browser.post(`/api/clients/${clientId}/break-glass`, { reason: REASON });
    expect(opened.status).toBe(200);
    return opened;
  }

  async function plannedReminders(deadlineId: string): Promise<number> {
    const [{ n }] = await api.dataSource.query<[{ n: number }]>(`SELECT count(*)::int AS n FROM reminder WHERE deadline_id = $1 AND status = 'planned'`, [deadlineId]);
    return n;
  }

  /** Every change a file can take, as the caller would send it. */
  function writes(f: Awaited<ReturnType<typeof file>>) {
    const d = f.deadline;
    return {
      'deadline.waive': (b: SignedInBrowser) => b.post(`/api/clients/${f.id}/deadlines/${d.id}/waive`, { version: d.version, reason: 'Client left Japan' }),
      'deadline.override': (b: SignedInBrowser) => b.post(`/api/clients/${f.id}/deadlines/${d.id}/override`, { version: d.version, dueDate: '2026-12-01', reason: 'Agreed with the bureau' }),
      'deadline.met': (b: SignedInBrowser) => b.post(`/api/clients/${f.id}/deadlines/${d.id}/met`, { version: d.version, on: '2026-02-10' }),
      'deadline.recompute': (b: SignedInBrowser) => b.post(`/api/clients/${f.id}/deadlines/${d.id}/recompute`, { version: d.version }),
      'client.update': (b: SignedInBrowser) => b.patch(`/api/clients/${f.id}`, { version: f.version, phone: '03-1234-5678' }),
      'client.close': (b: SignedInBrowser) => b.post(`/api/clients/${f.id}/close`, { version: f.version, reason: 'Closing it under emergency access' }),
      'client.reassign': (b: SignedInBrowser) => b.put(`/api/clients/${f.id}/assignments`, { version: f.version, primaryWorkerId: caseworker.user.id, otherWorkerIds: [] }),
      'client.export': (b: SignedInBrowser) => b.post(`/api/clients/${f.id}/export`, { purpose: 'subject-access', reason: 'Asked for by the client in person' }),
      'application.update': (b: SignedInBrowser) => b.patch(`/api/clients/${f.id}/applications/${f.application.id}`, { version: f.application.version, regionalBureau: 'Osaka' }),
      'client.break-glass': (b: SignedInBrowser) => b.post(`/api/clients/${f.id}/break-glass`, { reason: 'Opening it again for another hour' }),
      'note.add': (b: SignedInBrowser) => b.post(`/api/clients/${f.id}/notes`, { body: 'Client came in; called the lawyer.' }),
      'appointment.create': (b: SignedInBrowser) => b.post(`/api/clients/${f.id}/appointments`, { kind: 'lawyer-meeting', startsAt: '2026-03-12T01:00:00.000Z' }),
      'appointment.update': (b: SignedInBrowser) => b.patch(`/api/clients/${f.id}/appointments/${f.appointment.id}`, { version: f.appointment.version, startsAt: '2026-03-11T01:00:00.000Z' }),
      'application.step': (b: SignedInBrowser) =>
        b.post(`/api/clients/${f.id}/applications/${f.application.id}/steps`, { version: f.application.version, to: 'P1_FILED', dates: { filedOn: '2026-02-13' } }),
      'custody.step': (b: SignedInBrowser) => b.post(`/api/clients/${f.id}/custody/steps`, { version: f.version, to: 'D1_INVESTIGATION', dates: { startedOn: '2026-02-14' } }),
    } as const;
  }

  it('leaves an administrator read-only: every write is refused, the waived deadline keeps its reminders', async () => {
    const f = await file();
    const admin = await signedIn(api, { role: 'admin' });
    const remindersBefore = await plannedReminders(f.deadline.id);
    expect(remindersBefore).toBeGreaterThan(0);
    await open(admin, f.id);

    const outcomes: Record<string, string> = {};
    for (const [action, send] of Object.entries(writes(f))) {
      const response = await send(admin);
      outcomes[action] = `${response.status} ${response.body.code}`;
      if (response.status === 403 && action !== 'client.reassign' && action !== 'client.export') {
        expect(response.body.details).toMatchObject({ action, allowed: [] });
      }
    }
    expect(outcomes).toEqual({
      'deadline.waive': '403 EMERGENCY_ACCESS_NOT_ALLOWED',
      'deadline.override': '403 EMERGENCY_ACCESS_NOT_ALLOWED',
      'deadline.met': '403 EMERGENCY_ACCESS_NOT_ALLOWED',
      'deadline.recompute': '403 EMERGENCY_ACCESS_NOT_ALLOWED',
      'client.update': '403 EMERGENCY_ACCESS_NOT_ALLOWED',
      'client.close': '403 EMERGENCY_ACCESS_NOT_ALLOWED',
      // Routes an administrator may not use at all, whatever the file.
      'client.reassign': '403 FORBIDDEN',
      'client.export': '403 FORBIDDEN',
      'application.update': '403 EMERGENCY_ACCESS_NOT_ALLOWED',
      'client.break-glass': '403 EMERGENCY_ACCESS_NOT_ALLOWED',
      'note.add': '403 EMERGENCY_ACCESS_NOT_ALLOWED',
      'appointment.create': '403 EMERGENCY_ACCESS_NOT_ALLOWED',
      'appointment.update': '403 EMERGENCY_ACCESS_NOT_ALLOWED',
      'application.step': '403 EMERGENCY_ACCESS_NOT_ALLOWED',
      'custody.step': '403 EMERGENCY_ACCESS_NOT_ALLOWED',
    });

    const [deadline] = await api.dataSource.query<[{ status: string }]>('SELECT status FROM deadline WHERE id = $1', [f.deadline.id]);
    expect(deadline.status).toBe('open');
    expect(await plannedReminders(f.deadline.id)).toBe(remindersBefore);
    const [client] = await api.dataSource.query<[{ status: string; phone: string | null }]>('SELECT status, phone FROM client WHERE id = $1', [f.id]);
    expect(client).toEqual({ status: 'open', phone: null });
    // Reading is what it is for; every refused attempt is on the audit trail.
    expect((await admin.get(`/api/clients/${f.id}`)).body.access).toBe('break-glass');
    expect((await admin.get(`/api/clients/${f.id}/deadlines`)).status).toBe(200);
    const refused = await api.dataSource.query<{ details: { action: string } }[]>(
      `SELECT details FROM audit_event WHERE client_id = $1 AND action = 'client.break-glass.refused' AND outcome = 'denied' AND actor_user_id = $2`,
      [f.id, admin.user.id],
    );
    expect(refused.map((r) => r.details.action).sort()).toEqual(
      ['application.step', 'application.update', 'appointment.create', 'appointment.update', 'client.break-glass', 'client.close', 'client.update', 'custody.step', 'deadline.met', 'deadline.override', 'deadline.recompute', 'deadline.waive', 'note.add'].sort(),
    );
  });

  it('refuses to reopen a closed file under emergency access, and still answers 404 to a caller with no access', async () => {
    const f = await file();
    expect((await caseworker.post(`/api/clients/${f.id}/close`, { version: f.version, reason: 'Client moved abroad' })).status).toBe(200);
    const closed = (await caseworker.get(`/api/clients/${f.id}`)).body as { version: number };
    const outsider = await signedIn(api, { role: 'supervisor', supervises: [otherTeam] });
    await open(outsider, f.id);
    const reopen = await outsider.post(`/api/clients/${f.id}/reopen`, { version: closed.version });
    expect(reopen.status).toBe(403);
    expect(reopen.body).toMatchObject({ code: 'EMERGENCY_ACCESS_NOT_ALLOWED', details: { action: 'client.reopen', allowed: SUPERVISOR_MAY } });

    const stranger = await signedIn(api, { role: 'admin' });
    const waive = await stranger.post(`/api/clients/${f.id}/deadlines/${f.deadline.id}/waive`, { version: f.deadline.version, reason: 'Client left Japan' });
    expect(waive.status).toBe(404);
    expect(waive.body.code).toBe('RECORD_NOT_FOUND');
  });

  it('lets a supervisor record what happens (note, appointment, steps, a new application) but not decide for the team', async () => {
    const f = await file();
    const outsider = await signedIn(api, { role: 'supervisor', supervises: [otherTeam] });
    await open(outsider, f.id);
    const all = writes(f);

    const allowed: Record<string, number> = {};
    for (const action of ['note.add', 'appointment.create', 'appointment.update', 'application.step', 'custody.step'] as const) {
      allowed[action] = (await all[action](outsider)).status;
    }
    expect(allowed).toEqual({ 'note.add': 201, 'appointment.create': 201, 'appointment.update': 200, 'application.step': 201, 'custody.step': 201 });
    const fresh = await file({ withApplication: false });
    await open(outsider, fresh.id);
    expect((await outsider.post(`/api/clients/${fresh.id}/applications`, { kind: 'REFUGEE_AND_CP' })).status).toBe(201);

    const refused: Record<string, string> = {};
    for (const action of ['deadline.waive', 'deadline.override', 'deadline.met', 'deadline.recompute', 'client.update', 'client.close', 'client.reassign', 'client.export', 'application.update', 'client.break-glass'] as const) {
      const response = await all[action](outsider);
      refused[action] = `${response.status} ${response.body.code}`;
      expect(response.body.details).toMatchObject({ action, allowed: SUPERVISOR_MAY });
    }
    expect(Object.values(refused)).toEqual(Array(10).fill('403 EMERGENCY_ACCESS_NOT_ALLOWED'));
    // The filing recorded as a step met the landing window through the stage machine; no deadline was decided by hand.
    const [deadline] = await api.dataSource.query<[{ status: string }]>('SELECT status FROM deadline WHERE id = $1', [f.deadline.id]);
    expect(deadline.status).toBe('met');
    const decided = await api.dataSource.query(`SELECT action FROM audit_event WHERE client_id = $1 AND actor_user_id = $2 AND action LIKE 'deadline.%'`, [f.id, outsider.user.id]);
    expect(decided).toEqual([]);
    // The same supervisor acts freely on their own team's files.
    const own = await takeIn(outsider, otherTeam, { primaryWorkerId: outsider.user.id });
    expect((await outsider.patch(`/api/clients/${own.id}`, { version: own.version, phone: '06-1234-5678' })).status).toBe(200);
  });

  /** Audit lines of refused changes on the file by this user; written beside the refusal, so waited for (up to a few seconds). */
  async function refusalsAudited(clientId: string, userId: string, expected: number): Promise<{ details: { action: string; fields?: string[] } }[]> {
    const deadline = Date.now() + 5_000;
    for (;;) {
      const rows = await api.dataSource.query<{ details: { action: string; fields?: string[] } }[]>(
        `SELECT details FROM audit_event WHERE client_id = $1 AND actor_user_id = $2 AND action = 'client.break-glass.refused' AND outcome = 'denied'`,
        [clientId, userId],
      );
      if (rows.length >= expected || Date.now() > deadline) return rows;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  it('refuses many changes at once under emergency access promptly, each audited, without stalling anyone else', async () => {
    const f = await file({ withApplication: false });
    const admin = await signedIn(api, { role: 'admin' });
    await open(admin, f.id);

    // More at once than the database pool has connections (10): each refusal must not hold one
    // connection (and the file's row lock) while waiting for another to write its audit line.
    const started = Date.now();
    const [responses, colleague] = await Promise.all([
      Promise.all(Array.from({ length: 15 }, (_, i) => admin.patch(`/api/clients/${f.id}`, { version: f.version, phone: `03-0000-00${String(i).padStart(2, '0')}` }))),
      // Someone else working meanwhile is not held up either.
      (async () => {
        await new Promise((resolve) => setTimeout(resolve, 20));
        return caseworker.patch(`/api/clients/${f.id}`, { version: f.version, phone: '06-9999-0000' });
      })(),
    ]);
    const elapsed = Date.now() - started;

    expect(responses.map((r) => `${r.status} ${r.body.code}`)).toEqual(Array(15).fill('403 EMERGENCY_ACCESS_NOT_ALLOWED'));
    // Well under the pool's 5 s wait for a connection, which a stalled pool would hit (and answer 500).
    expect(elapsed).toBeLessThan(4_000);
    expect(colleague.status).toBe(200);
    const [client] = await api.dataSource.query<[{ phone: string | null }]>('SELECT phone FROM client WHERE id = $1', [f.id]);
    expect(client.phone).toBe('06-9999-0000');
    const audited = await refusalsAudited(f.id, admin.user.id, 15);
    expect(audited.map((r) => r.details)).toEqual(Array(15).fill({ action: 'client.update' }));
  });

  it('refuses many attempts at once to open emergency access again promptly, each audited', async () => {
    const f = await file({ withApplication: false });
    const outsider = await signedIn(api, { role: 'supervisor', supervises: [otherTeam] });
    await open(outsider, f.id);

    const started = Date.now();
    const responses = await Promise.all(Array.from({ length: 15 }, () => outsider.post(`/api/clients/${f.id}/break-glass`, { reason: 'Opening it again for another hour' })));
    expect(responses.map((r) => `${r.status} ${r.body.code}`)).toEqual(Array(15).fill('403 EMERGENCY_ACCESS_NOT_ALLOWED'));
    expect(Date.now() - started).toBeLessThan(4_000);
    expect((await refusalsAudited(f.id, outsider.user.id, 15)).map((r) => r.details)).toEqual(Array(15).fill({ action: 'client.break-glass' }));
  });

  it('lets a supervisor record what happens to an appointment under emergency access, not change what the team arranged', async () => {
    const f = await file();
    const outsider = await signedIn(api, { role: 'supervisor', supervises: [otherTeam] });
    await open(outsider, f.id);
    const path = `/api/clients/${f.id}/appointments/${f.appointment.id}`;

    const refused: Record<string, unknown> = {};
    const attempts = {
      notes: { notes: 'Rewritten under emergency access' },
      place: { place: 'Osaka office' },
      kind: { kind: 'court-date' },
      interpreterLanguage: { interpreterLanguage: 'fa' },
      'status and place': { status: 'held', place: 'Osaka office' },
    };
    for (const [name, change] of Object.entries(attempts)) {
      const response = await outsider.patch(path, { version: f.appointment.version, ...change });
      refused[name] = { status: response.status, code: response.body.code, fields: response.body.details?.fields };
    }
    expect(refused).toEqual({
      notes: { status: 403, code: 'EMERGENCY_ACCESS_NOT_ALLOWED', fields: ['notes'] },
      place: { status: 403, code: 'EMERGENCY_ACCESS_NOT_ALLOWED', fields: ['place'] },
      kind: { status: 403, code: 'EMERGENCY_ACCESS_NOT_ALLOWED', fields: ['kind'] },
      interpreterLanguage: { status: 403, code: 'EMERGENCY_ACCESS_NOT_ALLOWED', fields: ['interpreterLanguage'] },
      'status and place': { status: 403, code: 'EMERGENCY_ACCESS_NOT_ALLOWED', fields: ['place'] },
    });
    const [untouched] = await api.dataSource.query<[{ status: string; place: string | null; notes: string | null; kind: string; application_id: string | null; version: number }]>(
      'SELECT status, place, notes, kind, application_id, version FROM appointment WHERE id = $1',
      [f.appointment.id],
    );
    expect(untouched).toEqual({ status: 'scheduled', place: null, notes: null, kind: 'lawyer-meeting', application_id: null, version: f.appointment.version });
    const audited = (await refusalsAudited(f.id, outsider.user.id, 5)).map((r) => r.details.fields?.join());
    expect(audited.sort()).toEqual(['interpreterLanguage', 'kind', 'notes', 'place', 'place']);

    // What happens now: moved, then held with how it went (sending the unchanged rest is fine).
    const moved = await outsider.patch(path, { version: f.appointment.version, startsAt: '2026-03-10T03:00:00.000Z', endsAt: '2026-03-10T04:00:00.000Z', place: null });
    expect(moved.status).toBe(200);
    const held = await outsider.patch(path, { version: moved.body.version, status: 'held', outcome: 'Met the lawyer; the interview is prepared.' });
    expect(held.status).toBe(200);
    expect(held.body).toMatchObject({ status: 'held', outcome: 'Met the lawyer; the interview is prepared.', startsAt: '2026-03-10T03:00:00.000Z', place: null });
    // The file's own team changes everything, as before.
    expect((await caseworker.patch(path, { version: held.body.version, notes: 'Bring the passport next time' })).status).toBe(200);
  });

  it('refuses a change under an emergency access ended since the request began, though the caller’s session still lists it', async () => {
    const f = await file({ withApplication: false });
    const outsider = await signedIn(api, { role: 'supervisor', supervises: [otherTeam] });
    await open(outsider, f.id);
    // The caller as their session described them when the request began: the grant still listed.
    const principal: Principal = {
      userId: outsider.user.id,
      role: 'supervisor',
      email: outsider.user.email,
      displayName: 'Test supervisor',
      locale: 'en',
      sessionId: randomUUID(),
      sessionState: 'active',
      secondFactorEnabled: false,
      csrfToken: 'unused',
      teamIds: [],
      supervisedTeamIds: [otherTeam],
      breakGlassClientIds: [f.id],
    };
    const clients = api.app.get(ClientsService);
    const lockForNote = () => api.dataSource.transaction((manager) => clients.lockOpen(principal, f.id, manager, 'note.add'));
    await expect(lockForNote()).resolves.toMatchObject({ access: 'break-glass' });

    const grant = ((await supervisor.get('/api/emergency-access?limit=200')).body.items as { id: string; clientId: string; openedById: string }[]).find(
      (g) => g.clientId === f.id && g.openedById === outsider.user.id,
    );
    expect((await supervisor.post(`/api/emergency-access/${grant!.id}/end`)).status).toBe(200);

    await expect(lockForNote()).rejects.toMatchObject({ code: 'RECORD_NOT_FOUND' });
  });

  it('lists each use for the team’s supervisors, who can end it at once', async () => {
    const f = await file();
    const outsider = await signedIn(api, { role: 'supervisor', supervises: [otherTeam] });
    const otherSupervisor = await signedIn(api, { role: 'supervisor', supervises: [await createTeam(api)] });
    await open(outsider, f.id);

    const listed = await supervisor.get('/api/emergency-access?limit=200');
    expect(listed.status).toBe(200);
    const grant = (listed.body.items as { clientId: string; openedById: string; id: string }[]).find((g) => g.clientId === f.id && g.openedById === outsider.user.id);
    expect(grant).toMatchObject({ reason: REASON, state: 'active', canEnd: true, endedAt: null, teamId: team, openedByName: 'Test supervisor' });
    expect((await otherSupervisor.get('/api/emergency-access?limit=200')).body.items).toEqual([]);
    expect((await caseworker.get('/api/emergency-access')).status).toBe(403);
    expect((await outsider.get('/api/emergency-access?limit=200')).body.items).toContainEqual(expect.objectContaining({ id: grant!.id, canEnd: true }));

    expect((await otherSupervisor.post(`/api/emergency-access/${grant!.id}/end`)).status).toBe(404);
    expect((await outsider.get(`/api/clients/${f.id}`)).status).toBe(200);
    const ended = await supervisor.post(`/api/emergency-access/${grant!.id}/end`);
    expect(ended.status).toBe(200);
    expect(ended.body).toMatchObject({ id: grant!.id, state: 'ended', endedById: supervisor.user.id, canEnd: false, endedAt: api.clock.now().toISOString() });

    // At once: the holder's very next request no longer reaches the file.
    const after = await outsider.get(`/api/clients/${f.id}`);
    expect(after.status).toBe(404);
    expect((await outsider.post(`/api/clients/${f.id}/notes`, { body: 'One more note' })).status).toBe(404);
    // Nor can they open it again while the hour it would have run lasts.
    const again = await outsider.post(`/api/clients/${f.id}/break-glass`, { reason: 'Opening it again after it was ended' });
    expect(again.status).toBe(403);
    expect(again.body.code).toBe('EMERGENCY_ACCESS_NOT_ALLOWED');

    const timeline = await api.dataSource.query<{ actor_user_id: string; data: { grantId: string } }[]>(
      `SELECT actor_user_id, data FROM timeline_event WHERE client_id = $1 AND kind = 'client.break-glass.ended'`,
      [f.id],
    );
    expect(timeline).toEqual([{ actor_user_id: supervisor.user.id, data: { grantId: grant!.id, openedBy: outsider.user.id, byHolder: false } }]);
    const audited = await api.dataSource.query<{ target_id: string }[]>(`SELECT target_id FROM audit_event WHERE action = 'client.break-glass.ended' AND client_id = $1`, [f.id]);
    expect(audited).toEqual([{ target_id: grant!.id }]);
    // Ending it again changes nothing.
    expect((await supervisor.post(`/api/emergency-access/${grant!.id}/end`)).body.endedById).toBe(supervisor.user.id);
    expect(await api.dataSource.query(`SELECT 1 FROM timeline_event WHERE client_id = $1 AND kind = 'client.break-glass.ended'`, [f.id])).toHaveLength(1);
  });

  it('lets the holder end their own access early and open it again later; an administrator sees every use', async () => {
    const f = await file();
    const outsider = await signedIn(api, { role: 'supervisor', supervises: [otherTeam] });
    await open(outsider, f.id);
    const mine = (await outsider.get('/api/emergency-access?limit=1')).body as { items: { id: string; clientId: string }[]; nextCursor: string | null };
    expect(mine.items[0]).toMatchObject({ clientId: f.id });
    expect((await outsider.post(`/api/emergency-access/${mine.items[0].id}/end`)).body.state).toBe('ended');
    expect((await outsider.get(`/api/clients/${f.id}`)).status).toBe(404);
    await open(outsider, f.id);
    expect((await outsider.get(`/api/clients/${f.id}`)).status).toBe(200);

    const admin = await signedIn(api, { role: 'admin' });
    const first = await admin.get('/api/emergency-access?limit=1');
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(1);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await admin.get(`/api/emergency-access?limit=200&cursor=${first.body.nextCursor}`);
    expect(second.body.items.map((g: { id: string }) => g.id)).not.toContain(first.body.items[0].id);
    // The two pages hold every use, the ended one too (which page it falls on depends on ids: the clock stands still).
    expect([...first.body.items, ...second.body.items].some((g: { id: string }) => g.id === mine.items[0].id)).toBe(true);
    // An administrator sees it, but ending it is for its holder and the file's supervisors.
    expect((await admin.post(`/api/emergency-access/${first.body.items[0].id}/end`)).status).toBe(404);
    expect((await admin.get('/api/emergency-access?cursor=not-a-cursor')).status).toBe(400);
    expect((await admin.post('/api/emergency-access/not-a-uuid/end')).status).toBe(400);
  });

  describe('evidence documents', () => {
    /** A file with an ordinary document, a sensitive (medical) one, and ISA's request for materials. */
    async function fileWithDocuments() {
      const f = await file();
      const ordinary = await upload(caseworker, f.id, { category: 'identity', title: 'Passport', language: 'fa' }, tinyPdf('Passport'), 'passport.pdf', PDF);
      const sensitive = await upload(caseworker, f.id, { category: 'medical', title: 'Psychiatric report', language: 'ja', sensitive: 'true' }, tinyPdf('Report'), 'report.pdf', PDF);
      const request = await caseworker.post(`/api/clients/${f.id}/materials-requests`, { receivedOn: '2026-02-10', dueDate: '2026-03-01', description: 'Original of the summons' });
      expect([ordinary.status, sensitive.status, request.status]).toEqual([201, 201, 201]);
      return { ...f, ordinary: ordinary.body as { id: string; version: number }, sensitive: sensitive.body as { id: string; version: number }, request: request.body as { id: string; version: number } };
    }

    const documentRows = async (clientId: string) =>
      api.dataSource.query<{ id: string; title: string; version: number; deleted_at: Date | null; translation_status: string; versions: number }[]>(
        `SELECT d.id, d.title, d.version, d.deleted_at, d.translation_status, (SELECT count(*)::int FROM document_version v WHERE v.document_id = d.id) AS versions
           FROM document d WHERE d.client_id = $1 ORDER BY d.created_at, d.id`,
        [clientId],
      );

    /** Every change to an existing document or request, as the caller would send it. */
    function documentWrites(f: Awaited<ReturnType<typeof fileWithDocuments>>, documentId = f.ordinary.id, version = f.ordinary.version) {
      const base = `/api/clients/${f.id}/documents/${documentId}`;
      return {
        'document.version': (b: SignedInBrowser) => uploadVersion(b, f.id, documentId, tinyPdf('Rescan'), 'rescan.pdf', PDF),
        'document.update': (b: SignedInBrowser) => b.patch(base, { version, title: 'Renamed under emergency access' }),
        'document.delete': (b: SignedInBrowser) => b.delete(base).send({ version, reason: 'Deleted under emergency access' }),
        'document.delete-version': (b: SignedInBrowser) => b.delete(`${base}/versions/1`).send({ reason: 'Deleted under emergency access' }),
        'document.translation': (b: SignedInBrowser) => b.put(`${base}/translation`, { version, status: 'not-needed' }),
        'materials-request.update': (b: SignedInBrowser) => b.patch(`/api/clients/${f.id}/materials-requests/${f.request.id}`, { version: f.request.version, status: 'withdrawn' }),
      } as const;
    }

    it('lets a supervisor read and add documents, record a submission and a request for materials, never see a sensitive one or change the team’s', async () => {
      const f = await fileWithDocuments();
      const outsider = await signedIn(api, { role: 'supervisor', supervises: [otherTeam] });
      await open(outsider, f.id);

      const listed = await outsider.get(`/api/clients/${f.id}/documents`);
      expect(listed.status).toBe(200);
      expect((listed.body as { items: { id: string }[] }).items.map((d) => d.id)).toEqual([f.ordinary.id]);
      const sensitivePaths = [`/api/clients/${f.id}/documents/${f.sensitive.id}`, `/api/clients/${f.id}/documents/${f.sensitive.id}/versions/1/content`];
      for (const path of sensitivePaths) {
        const hidden = await getBytes(outsider, path);
        expect({ status: hidden.status, code: JSON.parse((hidden.body as Buffer).toString('utf8')).code }).toEqual({ status: 404, code: 'RECORD_NOT_FOUND' });
      }
      expect((await outsider.get(`/api/clients/${f.id}/documents/${f.ordinary.id}`)).status).toBe(200);
      expect((await getBytes(outsider, `/api/clients/${f.id}/documents/${f.ordinary.id}/versions/1/content`)).status).toBe(200);

      // New facts of the emergency: a paper the client brought, that it was handed in, ISA's letter.
      const brought = await upload(outsider, f.id, { category: 'isa-notice', title: 'Summons to the bureau', language: 'ja', sensitive: 'true' }, tinyPdf('Summons'), 'summons.pdf', PDF);
      expect(brought.status).toBe(201);
      // Its uploader could not see it if it were sensitive: it is not.
      expect(brought.body.sensitive).toBe(false);
      const submitted = await outsider.post(`/api/clients/${f.id}/documents/${f.ordinary.id}/submissions`, { versionNumber: 1, submittedTo: 'isa', submittedOn: '2026-02-13' });
      expect(submitted.status).toBe(201);
      expect((await outsider.post(`/api/clients/${f.id}/materials-requests`, { receivedOn: '2026-02-14', dueDate: '2026-03-02', description: 'Copy of the summons' })).status).toBe(201);

      const before = await documentRows(f.id);
      const refused: Record<string, string> = {};
      for (const [action, send] of Object.entries(documentWrites(f))) {
        const response = await send(outsider);
        refused[action] = `${response.status} ${response.body.code}`;
        if (response.status === 403) expect(response.body.details).toMatchObject({ allowed: SUPERVISOR_MAY });
      }
      expect(refused).toEqual({
        'document.version': '403 EMERGENCY_ACCESS_NOT_ALLOWED',
        'document.update': '403 EMERGENCY_ACCESS_NOT_ALLOWED',
        'document.delete': '403 EMERGENCY_ACCESS_NOT_ALLOWED',
        'document.delete-version': '403 EMERGENCY_ACCESS_NOT_ALLOWED',
        'document.translation': '403 EMERGENCY_ACCESS_NOT_ALLOWED',
        'materials-request.update': '403 EMERGENCY_ACCESS_NOT_ALLOWED',
      });
      // A sensitive document is not there at all for them: 404, not 403.
      const onSensitive: Record<string, number> = {};
      for (const [action, send] of Object.entries(documentWrites(f, f.sensitive.id, f.sensitive.version))) {
        if (action !== 'materials-request.update') onSensitive[action] = (await send(outsider)).status;
      }
      expect(onSensitive).toEqual({ 'document.version': 404, 'document.update': 404, 'document.delete': 404, 'document.delete-version': 404, 'document.translation': 404 });
      expect((await outsider.post(`/api/clients/${f.id}/documents/${f.sensitive.id}/submissions`, { versionNumber: 1, submittedTo: 'isa', submittedOn: '2026-02-13' })).status).toBe(404);

      expect(await documentRows(f.id)).toEqual(before);
      const [request] = await api.dataSource.query<[{ status: string }]>('SELECT status FROM materials_request WHERE id = $1', [f.request.id]);
      expect(request.status).toBe('open');
    });

    it('lets an administrator with emergency access read the ordinary documents and change nothing', async () => {
      const f = await fileWithDocuments();
      const admin = await signedIn(api, { role: 'admin' });
      await open(admin, f.id);
      expect(((await admin.get(`/api/clients/${f.id}/documents`)).body as { items: { id: string }[] }).items.map((d) => d.id)).toEqual([f.ordinary.id]);
      expect((await admin.get(`/api/clients/${f.id}/documents/${f.ordinary.id}`)).status).toBe(200);
      const download = await getBytes(admin, `/api/clients/${f.id}/documents/${f.ordinary.id}/versions/1/content`);
      expect(download.status).toBe(200);
      expect((await admin.get(`/api/clients/${f.id}/documents/${f.sensitive.id}`)).status).toBe(404);
      expect((await admin.get(`/api/clients/${f.id}/materials-requests`)).status).toBe(200);

      const before = await documentRows(f.id);
      const outcomes: Record<string, number> = {};
      outcomes['document.upload'] = (await sendMultipart(admin, `/api/clients/${f.id}/documents`, multipart([
        { name: 'category', value: 'other' },
        { name: 'title', value: 'Added by an administrator' },
        { name: 'language', value: 'ja' },
        { name: 'file', value: tinyPdf('Admin'), fileName: 'admin.pdf', type: PDF },
      ]))).status;
      outcomes['document.submission'] = (await admin.post(`/api/clients/${f.id}/documents/${f.ordinary.id}/submissions`, { versionNumber: 1, submittedTo: 'isa', submittedOn: '2026-02-13' })).status;
      outcomes['materials-request.create'] = (await admin.post(`/api/clients/${f.id}/materials-requests`, { receivedOn: '2026-02-14', dueDate: '2026-03-02', description: 'Copy' })).status;
      outcomes['export.archive'] = (await admin.post(`/api/clients/${f.id}/export/archive`, { purpose: 'subject-access', reason: 'Asked for by the client in person', documents: 'all' })).status;
      for (const [action, send] of Object.entries(documentWrites(f))) outcomes[action] = (await send(admin)).status;
      expect(outcomes).toEqual({
        'document.upload': 403,
        'document.submission': 403,
        'materials-request.create': 403,
        'export.archive': 403,
        'document.version': 403,
        'document.update': 403,
        'document.delete': 403,
        'document.delete-version': 403,
        'document.translation': 403,
        'materials-request.update': 403,
      });
      expect(await documentRows(f.id)).toEqual(before);
      const [{ n }] = await api.dataSource.query<[{ n: number }]>('SELECT count(*)::int AS n FROM materials_request WHERE client_id = $1', [f.id]);
      expect(n).toBe(1);
    });
  });

  it('expires after the hour, and the listing says so', async () => {
    const f = await file();
    const outsider = await signedIn(api, { role: 'supervisor', supervises: [otherTeam] });
    const opened = await open(outsider, f.id);
    api.clock.advance(61 * 60_000);
    try {
      const fresh = await signedIn(api, { role: 'supervisor', supervises: [team] });
      const grant = ((await fresh.get('/api/emergency-access?limit=200')).body.items as { clientId: string; state: string; canEnd: boolean; expiresAt: string }[]).find(
        (g) => g.clientId === f.id,
      );
      expect(grant).toMatchObject({ state: 'expired', canEnd: false, expiresAt: opened.body.accessExpiresAt });
    } finally {
      api.clock.set(new Date('2026-02-16T00:00:00Z'));
    }
  });
});
