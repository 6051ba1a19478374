import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTeam, signedIn, type SignedInBrowser } from '../support/accounts.js';
import { takeIn } from '../support/clients.js';
import { Mailbox } from '../support/mailbox.js';
import { pollUntil } from '../support/poll.js';
import { startProcess, WORKER_MAIN, type RunningProcess } from '../support/processes.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

/**
 * Real worker processes, killed at random moments while reminders are due. With SIGKILL, every
 * reminder is still sent, and only one a killed worker was sending can go out twice; with SIGTERM
 * (the worker finishes what it started) none goes out twice.
 */
describe('reminder delivery across worker crashes', () => {
  let api: TestApi;
  const mailbox = new Mailbox();
  let caseworker: SignedInBrowser;
  let team: string;
  let smtpUrl: string;

  beforeAll(async () => {
    smtpUrl = await mailbox.start();
    api = await startTestApi({ env: { SMTP_URL: smtpUrl, PUBLIC_URL: 'http://yorisoi.test' } });
    team = await createTeam(api);
    caseworker = await signedIn(api, { role: 'caseworker', memberOf: [team] });
    mailbox.delayMs = 150;
  });
  afterAll(async () => {
    await api.close();
    await mailbox.stop();
  });

  async function dueReminders(count: number): Promise<string[]> {
    const client = await takeIn(caseworker, team, { landingDate: '2025-12-01' });
    const [deadline] = await api.dataSource.query<{ id: string }[]>('SELECT id FROM deadline WHERE client_id = $1', [client.id]);
    const rows = await api.dataSource.query<{ id: string }[]>(
      `INSERT INTO reminder (deadline_id, client_id, recipient_user_id, purpose, send_at)
       SELECT $1, $2, $3, 'owner', now() FROM generate_series(1, $4) RETURNING id`,
      [deadline.id, client.id, caseworker.user.id, count],
    );
    return rows.map((r) => r.id);
  }

  function worker(prefix: string): RunningProcess {
    return startProcess(WORKER_MAIN, {
      SMTP_URL: smtpUrl,
      PUBLIC_URL: 'http://yorisoi.test',
      REDIS_PREFIX: prefix,
      WORKER_CONCURRENCY: '4',
      WORKER_LOCK_DURATION_MS: '2000',
      WORKER_STALLED_INTERVAL_MS: '1000',
      REMINDER_CLAIM_TIMEOUT_MS: '3000',
      SHUTDOWN_TIMEOUT_MS: '10000',
    });
  }

  async function run(signal: 'SIGKILL' | 'SIGTERM', ids: string[], prefix: string): Promise<{ kills: number }> {
    let kills = 0;
    const sent = async () => {
      const [{ n }] = await api.dataSource.query<[{ n: number }]>(`SELECT count(*)::int AS n FROM reminder WHERE id = ANY($1::uuid[]) AND status = 'sent'`, [ids]);
      return n;
    };
    const deadline = Date.now() + 90_000;
    while ((await sent()) < ids.length && Date.now() < deadline) {
      const process = worker(prefix);
      await pollUntil(() => Promise.resolve(process.output().includes('worker started')), 20_000, 50);
      await new Promise((resolve) => setTimeout(resolve, 300 + Math.floor(Math.random() * 900)));
      if ((await sent()) === ids.length) {
        process.child.kill('SIGTERM');
        await process.exited;
        break;
      }
      process.child.kill(signal);
      kills++;
      await process.exited;
    }
    // A last worker left running to deliver anything a killed one left claimed.
    if ((await sent()) < ids.length) {
      const last = worker(prefix);
      await pollUntil(async () => (await sent()) === ids.length, 30_000, 200);
      last.child.kill('SIGTERM');
      await last.exited;
    }
    return { kills };
  }

  function copiesOf(ids: readonly string[]): Map<string, number> {
    const copies = new Map<string, number>(ids.map((id) => [id, 0]));
    for (const message of mailbox.messages) {
      const id = /<reminder-([0-9a-f-]{36})@/.exec(message.messageId ?? '')?.[1];
      if (id && copies.has(id)) copies.set(id, (copies.get(id) ?? 0) + 1);
    }
    return copies;
  }

  it('with SIGKILL: every reminder is sent; a duplicate only for one a killed worker was sending', async () => {
    const ids = await dueReminders(20);
    const { kills } = await run('SIGKILL', ids, `${api.config.redis.prefix}-kill`);
    expect(kills).toBeGreaterThan(0);
    const copies = copiesOf(ids);
    expect([...copies.values()].every((n) => n >= 1)).toBe(true);
    const duplicated = [...copies].filter(([, n]) => n > 1).map(([id]) => id);
    const claims = await api.dataSource.query<{ id: string; attempts: number }[]>('SELECT id, attempts FROM reminder WHERE id = ANY($1::uuid[])', [ids]);
    // Each extra copy needs a claim that a killed worker left unfinished.
    for (const id of duplicated) expect((claims.find((c) => c.id === id)?.attempts ?? 0) >= (copies.get(id) ?? 0)).toBe(true);
    // At most the worker's concurrency can be in flight when it is killed.
    expect(duplicated.length).toBeLessThanOrEqual(kills * 4);
  }, 150_000);

  it('with SIGTERM: every reminder is sent exactly once', async () => {
    const ids = await dueReminders(20);
    await run('SIGTERM', ids, `${api.config.redis.prefix}-term`);
    const copies = copiesOf(ids);
    expect([...copies.values()]).toEqual(Array(20).fill(1));
  }, 150_000);
});
