import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { RetentionService } from '#clients';
import { ReminderPoliciesService, SupervisorDigest } from '#reminders';
import { createTeam, signedIn, type SignedInBrowser } from '../support/accounts.js';
import { takeIn } from '../support/clients.js';
import { freshDatabase } from '../support/fresh-database.js';
import { Mailbox } from '../support/mailbox.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

describe('supervisor digest, reminder policies and retention', () => {
  let api: TestApi;
  const mailbox = new Mailbox();
  let team: string;
  let caseworker: SignedInBrowser;
  let supervisor: SignedInBrowser;

  beforeAll(async () => {
    // A database of its own: the digest covers every supervisor of the installation.
    api = await startTestApi({ env: { DATABASE_URL: await freshDatabase('digest'), SMTP_URL: await mailbox.start(), PUBLIC_URL: 'http://yorisoi.test' } });
    api.clock.set(new Date('2026-03-02T08:30:00+09:00')); // a Monday
    team = await createTeam(api);
    caseworker = await signedIn(api, { role: 'caseworker', memberOf: [team] });
    supervisor = await signedIn(api, { role: 'supervisor', supervises: [team] });
  });
  afterAll(async () => {
    await api.close();
    await mailbox.stop();
  });

  it('tells each supervisor, once a day, the overdue and at-risk deadlines per caseworker, by case number', async () => {
    const overdue = await takeIn(caseworker, team, { landingDate: '2025-08-25', familyName: 'Secretname' }); // due 25 Feb 2026
    const atRisk = await takeIn(caseworker, team, { landingDate: '2025-09-03' }); // due 3 Mar 2026
    const digest = api.app.get(SupervisorDigest);
    expect(await digest.run()).toEqual({ sent: 1 });
    expect(await digest.run()).toEqual({ sent: 0 });
    const message = await mailbox.waitFor(supervisor.user.email);
    expect(message.textBody).toContain(overdue.caseNumber);
    expect(message.textBody).toContain(atRisk.caseNumber);
    expect(message.textBody).toContain('Test caseworker');
    expect(message.textBody).not.toContain('Secretname');
  });

  it('skips weekends and holidays', async () => {
    api.clock.set(new Date('2026-03-20T08:30:00+09:00')); // Vernal Equinox Day
    expect(await api.app.get(SupervisorDigest).run()).toEqual({ sent: 0 });
    api.clock.set(new Date('2026-03-02T08:30:00+09:00'));
  });

  it('lets an administrator change a policy, and replans the open deadlines it covers', async () => {
    const admin = await signedIn(api, { role: 'admin' });
    const client = await takeIn(caseworker, team, { residence: { stage: 'TOKUTEI', expiresOn: '2026-09-30', workAllowed: false } });
    const count = async () =>
      (await api.dataSource.query<[{ n: number }]>(`SELECT count(*)::int AS n FROM reminder WHERE client_id = $1 AND status = 'planned'`, [client.id]))[0].n;
    // 7 lead days for the caseworker, and the escalation to the supervisor 2 business days before.
    expect(await count()).toBe(8);
    const policies = (await admin.get('/api/admin/reminders/policies')).body as { target: string; version: number }[];
    const renewal = policies.find((p) => p.target === 'deadline:residence-renewal')!;
    const changed = await admin.put('/api/admin/reminders/policies/deadline:residence-renewal', {
      version: renewal.version,
      leadDays: [30, 7],
      onRecording: false,
      dailyUntilDue: false,
      sendAtHour: 10,
      sendAtMinute: 30,
      enabled: true,
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ leadDays: [30, 7], sendAtHour: 10 });
    // The worker's job does this; here it runs in-process.
    await api.app.get(ReminderPoliciesService).replanTarget('deadline:residence-renewal');
    expect(await count()).toBe(3);
    const { target: _target, ...settings } = changed.body as { target: string };
    const stale = await admin.put('/api/admin/reminders/policies/deadline:residence-renewal', { ...settings, version: renewal.version });
    expect(stale.status).toBe(409);
    expect((await caseworker.get('/api/admin/reminders/policies')).status).toBe(403);
  });

  it('anonymises files closed longer than the retention period, keeping the case number and stages', async () => {
    const client = await takeIn(caseworker, team, { familyName: 'Forgetme', phone: '090-1234-5678' });
    await caseworker.post(`/api/clients/${client.id}/notes`, { body: 'Lives with her cousin in Kawasaki.' });
    const closed = await caseworker.post(`/api/clients/${client.id}/close`, { version: client.version, reason: 'Left Japan' });
    expect(closed.status).toBe(200);
    expect(await api.app.get(RetentionService).anonymiseDue()).toBe(0);
    api.clock.advance(1826 * 86_400_000);
    expect(await api.app.get(RetentionService).anonymiseDue()).toBe(1);
    const [row] = await api.dataSource.query<{ family_name: string; phone: string | null; status: string; case_number: string }[]>(
      'SELECT family_name, phone, status, case_number FROM client WHERE id = $1',
      [client.id],
    );
    expect(row).toEqual({ family_name: '(anonymised)', phone: null, status: 'anonymised', case_number: client.caseNumber });
    const texts = await api.dataSource.query<{ body: string | null }[]>('SELECT body FROM timeline_event WHERE client_id = $1', [client.id]);
    expect(texts.every((t) => t.body === null)).toBe(true);
    const [{ n }] = await api.dataSource.query<[{ n: number }]>(`SELECT count(*)::int AS n FROM audit_event WHERE client_id = $1 AND action = 'client.anonymised'`, [client.id]);
    expect(n).toBe(1);
  });
});
