import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import { Redis } from 'ioredis';
import { redisOptionsFromUrl } from '#platform';
import { ReminderProducer, ReminderSweep } from '#reminders';
import { createTeam, signedIn, type SignedInBrowser } from '../support/accounts.js';
import { takeIn } from '../support/clients.js';
import { Mailbox } from '../support/mailbox.js';
import { pollUntil } from '../support/poll.js';
import { startTestApi, type TestApi } from '../support/test-api.js';
import { startTestWorker } from '../support/test-worker.js';

interface ReminderRow {
  id: string;
  status: string;
  purpose: string;
  send_at: Date;
  sent_at: Date | null;
  attempts: number;
  recipient_user_id: string;
  deadline_id: string;
}

describe('reminders by email', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  const mailbox = new Mailbox();
  let team: string;
  let caseworker: SignedInBrowser;
  let supervisor: SignedInBrowser;
  const names: string[] = [];

  beforeAll(async () => {
    const smtp = await mailbox.start();
    const env = { SMTP_URL: smtp, PUBLIC_URL: 'http://yorisoi.test' };
    api = await startTestApi({ env });
    worker = await startTestWorker(env);
    team = await createTeam(api);
    caseworker = await signedIn(api, { role: 'caseworker', memberOf: [team] });
    supervisor = await signedIn(api, { role: 'supervisor', supervises: [team] });
  }, 30_000);
  afterAll(async () => {
    await worker.close();
    await api.close();
    await mailbox.stop();
  });

  const reminders = (clientId: string) =>
    api.dataSource.query<ReminderRow[]>('SELECT id, status, purpose, send_at, sent_at, attempts, recipient_user_id, deadline_id FROM reminder WHERE client_id = $1 ORDER BY send_at, id', [clientId]);

  async function refusedClient(overrides: Record<string, unknown> = {}) {
    const familyName = `Karimi${Math.random().toString(36).slice(2, 7)}`;
    names.push(familyName);
    const client = await takeIn(caseworker, team, { familyName, givenName: 'Zahra', ...overrides });
    const application = await caseworker.post(`/api/clients/${client.id}/applications`, { kind: 'REFUGEE_AND_CP' });
    const today = api.clock.now().toISOString().slice(0, 10);
    const filed = await caseworker.post(`/api/clients/${client.id}/applications/${application.body.id}/steps`, { version: application.body.version, to: 'P1_FILED', dates: { filedOn: '2025-01-10' } });
    const refused = await caseworker.post(`/api/clients/${client.id}/applications/${application.body.id}/steps`, {
      version: filed.body.version,
      to: 'P3_REFUSED',
      dates: { decidedOn: today, noticeReceivedOn: today },
    });
    expect(refused.status).toBe(201);
    return client;
  }

  it('sends the review-request reminder as soon as the refusal is recorded, once, with the case number only', async () => {
    const client = await refusedClient();
    await pollUntil(async () => (await reminders(client.id)).some((r) => r.status === 'sent'), 10_000);
    const sent = (await reminders(client.id)).filter((r) => r.status === 'sent');
    expect(sent).toHaveLength(1);
    const message = await mailbox.waitFor(caseworker.user.email);
    expect(message.subject).toContain(client.caseNumber);
    expect(message.textBody).toContain(`http://yorisoi.test/clients/${client.id}`);
    expect(message.messageId).toBe(`<reminder-${sent[0].id}@yorisoi.test>`);
    const timeline = (await caseworker.get(`/api/clients/${client.id}/timeline?limit=100`)).body.items as { kind: string }[];
    expect(timeline.map((t) => t.kind)).toContain('reminder.sent');
    // The later daily reminders stay planned.
    expect((await reminders(client.id)).filter((r) => r.status === 'planned').length).toBeGreaterThan(0);
  });

  it('sends a reminder at its time, not before', async () => {
    const client = await takeIn(caseworker, team, { landingDate: '2025-12-01' });
    const [deadline] = await api.dataSource.query<{ id: string }[]>('SELECT id FROM deadline WHERE client_id = $1', [client.id]);
    const sendAt = new Date(Date.now() + 2_000);
    const [row] = await api.dataSource.query<{ id: string }[]>(
      `INSERT INTO reminder (deadline_id, client_id, recipient_user_id, purpose, send_at) VALUES ($1, $2, $3, 'owner', $4) RETURNING id`,
      [deadline.id, client.id, caseworker.user.id, sendAt],
    );
    await api.app.get(ReminderProducer).enqueue([{ id: row.id, sendAt, attempts: 0 }]);
    await pollUntil(async () => (await reminders(client.id)).some((r) => r.id === row.id && r.status === 'sent'), 20_000, 50);
    const sent = (await reminders(client.id)).find((r) => r.id === row.id)!;
    // Not before its time, and within the poll's 20 s (a CI machine shared with other work once
    // took over 10); how late sends run under load is measured
    // by `npm run bench`, not by a timed test.
    expect(sent.sent_at!.getTime()).toBeGreaterThanOrEqual(sendAt.getTime());
  });

  it('replaces the planned reminders when a deadline moves, and cancels them when it is met', async () => {
    const client = await takeIn(caseworker, team, { residence: { stage: 'TOKUTEI', expiresOn: '2027-03-31', workAllowed: false } });
    const before = (await reminders(client.id)).filter((r) => r.status === 'planned');
    expect(before.length).toBeGreaterThan(3);
    const [deadline] = (await caseworker.get(`/api/clients/${client.id}/deadlines`)).body as { id: string; version: number }[];
    const moved = await caseworker.post(`/api/clients/${client.id}/deadlines/${deadline.id}/override`, { version: deadline.version, dueDate: '2027-04-30', reason: 'Bureau agreed to a later filing' });
    expect(moved.status).toBe(200);
    const after = await reminders(client.id);
    expect(after.filter((r) => before.some((b) => b.id === r.id)).every((r) => r.status === 'cancelled')).toBe(true);
    const replanned = after.filter((r) => r.status === 'planned');
    expect(replanned.length).toBeGreaterThan(0);
    // Due a month later: the last reminder (1 day before) moves with it.
    expect(replanned.at(-1)!.send_at.getTime()).toBeGreaterThan(before.at(-1)!.send_at.getTime() + 20 * 86_400_000);

    await caseworker.post(`/api/clients/${client.id}/deadlines/${deadline.id}/met`, { version: moved.body.version, on: api.clock.now().toISOString().slice(0, 10) });
    expect((await reminders(client.id)).filter((r) => r.status === 'planned')).toEqual([]);
  });

  it('loses nothing when Redis is wiped: the sweep queues every planned reminder again, each sent once', async () => {
    const client = await takeIn(caseworker, team, { landingDate: '2025-12-01' });
    const [deadline] = await api.dataSource.query<{ id: string }[]>('SELECT id FROM deadline WHERE client_id = $1', [client.id]);
    await worker.close();
    const sendAt = new Date(Date.now() + 1_000);
    const ids = await api.dataSource.query<{ id: string }[]>(
      `INSERT INTO reminder (deadline_id, client_id, recipient_user_id, purpose, send_at)
       SELECT $1, $2, $3, 'owner', $4 FROM generate_series(1, 5) RETURNING id`,
      [deadline.id, client.id, caseworker.user.id, sendAt],
    );
    await api.app.get(ReminderProducer).enqueue(ids.map((r) => ({ id: r.id, sendAt, attempts: 0 })));
    // Every key of this installation's queue is gone, as after FLUSHALL.
    const redis = new Redis(redisOptionsFromUrl(api.config.redis.url));
    const keys = await redis.keys(`${api.config.redis.prefix}:bull:*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();

    expect(await new Redis(redisOptionsFromUrl(api.config.redis.url)).keys(`${api.config.redis.prefix}:bull:*`).then((k) => k.length)).toBe(0);

    // The restarted worker's sweep (scheduled every 30 s, first run at start) restores the jobs.
    worker = await startTestWorker({ SMTP_URL: api.config.mail.smtpUrl, PUBLIC_URL: 'http://yorisoi.test' });
    await pollUntil(async () => (await reminders(client.id)).filter((r) => ids.some((i) => i.id === r.id) && r.status === 'sent').length === 5, 10_000);
    await worker.get(ReminderSweep).run();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const ours = mailbox.messages.filter((m) => ids.some((i) => m.messageId === `<reminder-${i.id}@yorisoi.test>`));
    expect(ours).toHaveLength(5);
  }, 30_000);

  it('retries through a mail server outage, then delivers', async () => {
    let refusals = 2;
    mailbox.respond = () => (refusals-- > 0 ? { code: 421, message: 'Service not available, try later' } : 'accept');
    try {
      const client = await refusedClient();
      await pollUntil(async () => (await reminders(client.id)).some((r) => r.status === 'sent'), 20_000);
      const sent = (await reminders(client.id)).find((r) => r.status === 'sent')!;
      expect(sent.attempts).toBe(3);
      expect(mailbox.messages.filter((m) => m.messageId === `<reminder-${sent.id}@yorisoi.test>`)).toHaveLength(1);
    } finally {
      mailbox.respond = () => 'accept';
    }
  }, 30_000);

  it('marks a permanently refused reminder failed, shows it on the timeline and tells the supervisor', async () => {
    mailbox.respond = (message) => (message.envelopeTo.includes(caseworker.user.email) ? { code: 550, message: 'Mailbox unavailable' } : 'accept');
    try {
      const client = await refusedClient();
      await pollUntil(async () => (await reminders(client.id)).some((r) => r.status === 'failed'), 10_000);
      const failed = (await reminders(client.id)).find((r) => r.status === 'failed')!;
      expect(failed.purpose).toBe('owner');
      const notice = await mailbox.waitFor(supervisor.user.email);
      expect(notice.subject).toContain(client.caseNumber);
      expect(notice.textBody).toMatch(/could not be delivered|配信できませんでした/);
      const timeline = (await caseworker.get(`/api/clients/${client.id}/timeline?limit=100`)).body.items as { kind: string; data: { error?: string } }[];
      expect(timeline.find((t) => t.kind === 'reminder.failed')?.data.error).toBe('smtp-550');
    } finally {
      mailbox.respond = () => 'accept';
    }
  });

  it('shows administrators the counts and lateness', async () => {
    const admin = await signedIn(api, { role: 'admin' });
    const stats = await admin.get('/api/admin/reminders/stats');
    expect(stats.status).toBe(200);
    expect(stats.body.counts.sent).toBeGreaterThan(0);
    expect(stats.body.latenessP99Seconds).toEqual(expect.any(Number));
    expect((await caseworker.get('/api/admin/reminders/stats')).status).toBe(403);
    const board = await admin.get('/api/admin/queues/');
    expect(board.status).toBe(200);
    expect((await caseworker.get('/api/admin/queues/')).status).toBe(403);
  });

  // Last, so it reads every email the tests above produced.
  it('sent no email naming a client or their nationality', () => {
    expect(mailbox.messages.length).toBeGreaterThan(5);
    expect(names.length).toBeGreaterThanOrEqual(3);
    for (const message of mailbox.messages) {
      const text = `${message.subject}\n${message.textBody}\n${message.htmlBody ?? ''}`;
      for (const name of names) expect(text).not.toContain(name);
      expect(text).not.toMatch(/Afghanistan|AFG|アフガニスタン/);
    }
  });
});
