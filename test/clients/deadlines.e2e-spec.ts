import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { createTeam, signedIn, type SignedInBrowser } from '../support/accounts.js';
import { takeIn } from '../support/clients.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

interface DeadlineBody {
  id: string;
  kind: string;
  dueDate: string;
  status: string;
  version: number;
}

describe('deadlines API', () => {
  let api: TestApi;
  let team: string;
  let caseworker: SignedInBrowser;
  let supervisor: SignedInBrowser;

  beforeAll(async () => {
    api = await startTestApi();
    api.clock.set(new Date('2026-02-16T00:00:00Z'));
    team = await createTeam(api);
    caseworker = await signedIn(api, { role: 'caseworker', memberOf: [team] });
    supervisor = await signedIn(api, { role: 'supervisor', supervises: [team] });
  });
  afterAll(async () => {
    await api.close();
  });

  describe('POST /api/deadlines/preview', () => {
    it('computes the worked example with its explanation in both languages', async () => {
      const response = await caseworker.post('/api/deadlines/preview', { kind: 'review-request', triggerDate: '2025-12-26' });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ kind: 'review-request', dueDate: '2026-01-05', confidence: 'V', hardness: 'hard' });
      expect(response.body.explanation.en).toContain('Review request due Mon 5 Jan 2026');
      expect(response.body.explanation.ja).toContain('2026年1月5日');
      expect(response.body.basis.en).toContain('61-2-12');
    });

    it('takes further inputs by name and says which are missing', async () => {
      const missing = await caseworker.post('/api/deadlines/preview', { kind: 'revocation-suit', triggerDate: '2026-01-10' });
      expect(missing.status).toBe(400);
      expect(missing.body.code).toBe('DEADLINE_INPUT_INVALID');
      expect(missing.body.details.fields).toEqual([{ field: 'decisionDate', problems: ['required'] }]);
      const complete = await caseworker.post('/api/deadlines/preview', { kind: 'revocation-suit', triggerDate: '2026-01-10', decisionDate: '2025-12-01' });
      expect(complete.status).toBe(200);
    });

    it.each([
      [{ kind: 'no-such-rule', triggerDate: '2026-01-01' }, 'kind'],
      [{ kind: 'review-request', triggerDate: '2026-02-30' }, 'triggerDate'],
      [{ kind: 'review-request' }, 'triggerDate'],
      [{ kind: 'review-request', triggerDate: '2026-01-01', colour: 'red' }, 'colour'],
    ])('refuses %o naming %s', async (body, field) => {
      const response = await caseworker.post('/api/deadlines/preview', body);
      expect(response.status).toBe(400);
      expect((response.body.details.fields as { field: string }[]).map((f) => f.field)).toContain(field);
    });

    it('needs a session', async () => {
      expect((await request(api.server).post('/api/deadlines/preview').send({ kind: 'review-request', triggerDate: '2025-12-26' })).status).toBe(401);
    });

    it('lists the rules with basis and confidence', async () => {
      const rules = (await caseworker.get('/api/deadlines/rules')).body as { kind: string; confidence: string }[];
      expect(rules.map((r) => r.kind)).toEqual(expect.arrayContaining(['landing-six-months', 'review-request', 'revocation-suit', 'court-appeal', 'supervision-report']));
    });
  });

  it('overrides a date and waives a deadline, each with a reason, audited and on the timeline', async () => {
    const client = await takeIn(caseworker, team, { landingDate: '2025-09-20', residence: { stage: 'TOKUTEI', expiresOn: '2026-03-31', workAllowed: false } });
    const [landing, renewal] = ((await caseworker.get(`/api/clients/${client.id}/deadlines`)).body as DeadlineBody[]).sort((a, b) => a.kind.localeCompare(b.kind));
    expect(landing?.kind).toBe('landing-six-months');
    expect(renewal?.kind).toBe('residence-renewal');

    const moved = await caseworker.post(`/api/clients/${client.id}/deadlines/${renewal.id}/override`, { version: renewal.version, dueDate: '2026-04-01', reason: 'Bureau closed for moving; filing accepted next day' });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ dueDate: '2026-04-01', computedDueDate: '2026-03-31', status: 'open' });
    const stale = await caseworker.post(`/api/clients/${client.id}/deadlines/${renewal.id}/override`, { version: renewal.version, dueDate: '2026-04-02', reason: 'Second try' });
    expect(stale.status).toBe(409);

    const waived = await caseworker.post(`/api/clients/${client.id}/deadlines/${landing.id}/waive`, { version: landing.version, reason: 'Landing date unknown; not applicable' });
    expect(waived.body.status).toBe('waived');
    const again = await caseworker.post(`/api/clients/${client.id}/deadlines/${landing.id}/waive`, { version: waived.body.version, reason: 'Again' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('DEADLINE_NOT_OPEN');

    const audit = await api.dataSource.query<{ action: string; reason: string }[]>(
      `SELECT action, reason FROM audit_event WHERE client_id = $1 AND action IN ('deadline.overridden', 'deadline.waived') ORDER BY id`,
      [client.id],
    );
    expect(audit).toEqual([
      { action: 'deadline.overridden', reason: 'Bureau closed for moving; filing accepted next day' },
      { action: 'deadline.waived', reason: 'Landing date unknown; not applicable' },
    ]);
    const history = (await caseworker.get(`/api/clients/${client.id}/deadlines?includeClosed=true`)).body as DeadlineBody[];
    expect(history).toHaveLength(2);
  });

  it('marks a deadline met when the act is recorded', async () => {
    const client = await takeIn(caseworker, team, { residence: { stage: 'TOKUTEI', expiresOn: '2026-05-31', workAllowed: false } });
    const [renewal] = (await caseworker.get(`/api/clients/${client.id}/deadlines`)).body as DeadlineBody[];
    const met = await caseworker.post(`/api/clients/${client.id}/deadlines/${renewal.id}/met`, { version: renewal.version, on: '2026-02-13', note: 'Renewal filed at the counter' });
    expect(met.body.status).toBe('met');
    const future = await caseworker.post(`/api/clients/${client.id}/deadlines/${renewal.id}/met`, { version: met.body.version, on: '2026-03-01' });
    expect(future.status).toBe(400);
  });

  it('lists my deadlines in a date range and a supervisor’s at-risk hard deadlines', async () => {
    const soon = await takeIn(caseworker, team, { landingDate: '2025-08-18' }); // due 2026-02-18
    const later = await takeIn(caseworker, team, { landingDate: '2025-12-01' }); // due 2026-06-01
    const mine = (await caseworker.get('/api/deadlines/mine?from=2026-02-01&to=2026-02-28')).body as (DeadlineBody & { clientId: string; caseNumber: string })[];
    expect(mine.find((d) => d.clientId === soon.id)).toMatchObject({ caseNumber: soon.caseNumber, dueDate: '2026-02-18', kind: 'landing-six-months' });
    expect(mine.map((d) => d.dueDate)).toEqual([...mine.map((d) => d.dueDate)].sort());
    expect(mine.map((d) => d.clientId)).not.toContain(later.id);

    const atRisk = (await supervisor.get('/api/deadlines/at-risk?businessDays=5')).body as { deadline: { clientId: string }; caseNumber: string; businessDaysLeft: number }[];
    const entry = atRisk.find((r) => r.deadline.clientId === soon.id);
    expect(entry).toMatchObject({ caseNumber: soon.caseNumber, businessDaysLeft: 2 });
    expect(atRisk.some((r) => r.deadline.clientId === later.id)).toBe(false);
    expect((await caseworker.get('/api/deadlines/at-risk')).status).toBe(403);
  });
});
