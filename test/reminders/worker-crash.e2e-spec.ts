import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startMailCatcher, type CaughtMessage, type MailCatcher } from '#notifications';
import { createTeam, signedIn, type SignedInBrowser } from '../support/accounts.js';
import { takeIn } from '../support/clients.js';
import { pollUntil } from '../support/poll.js';
import { startProcess, WORKER_MAIN, type RunningProcess } from '../support/processes.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

/**
 * Real worker processes, killed at random moments while reminders are due. With SIGKILL, every
 * reminder is still sent, and only those a killed worker had at the mail server can go out twice:
 * at most min(WORKER_CONCURRENCY, SMTP_POOL_SIZE) per kill, each copy with the same Message-ID.
 * With SIGTERM (the worker finishes what it started) no job fails and none goes out twice.
 */
const CONCURRENCY = 4;
const SMTP_POOL_SIZE = 2;
/** Messages one worker can have at the mail server at once, hence the duplicates one kill can cause. */
const IN_FLIGHT_BOUND = Math.min(CONCURRENCY, SMTP_POOL_SIZE);
const SHUTDOWN_TIMEOUT_MS = 10_000;

describe('reminder delivery across worker crashes', () => {
  let api: TestApi;
  let catcher: MailCatcher;
  const messages: CaughtMessage[] = [];
  /** Messages the mail server is receiving right now, and the most ever at once. */
  const flight = { now: 0, max: 0 };
  /** Printed at the end: the numbers docs/deploy.md quotes. */
  const measured: Record<string, number> = {};
  let caseworker: SignedInBrowser;
  let team: string;
  let smtpUrl: string;

  beforeAll(async () => {
    catcher = await startMailCatcher({
      port: 0,
      // A slow mail server: each message is acknowledged 150 ms after it arrived.
      onMessage: async (message) => {
        flight.now++;
        flight.max = Math.max(flight.max, flight.now);
        await new Promise((resolve) => setTimeout(resolve, 150));
        messages.push(message);
        flight.now--;
      },
    });
    smtpUrl = `smtp://127.0.0.1:${catcher.port}`;
    api = await startTestApi({ env: { SMTP_URL: smtpUrl, PUBLIC_URL: 'http://yorisoi.test' } });
    team = await createTeam(api);
    caseworker = await signedIn(api, { role: 'caseworker', memberOf: [team] });
  });
  afterAll(async () => {
    await api.close();
    await catcher.close();
    console.log(`worker crash measurements: ${JSON.stringify(measured)}`);
  });

  /** How long after its time the latest of these reminders was sent. */
  async function latestLatenessMs(ids: readonly string[]): Promise<number> {
    const [{ ms }] = await api.dataSource.query<[{ ms: number }]>(
      `SELECT max(extract(epoch FROM sent_at - send_at) * 1000)::int AS ms FROM reminder WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return ms;
  }

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
      WORKER_CONCURRENCY: String(CONCURRENCY),
      SMTP_POOL_SIZE: String(SMTP_POOL_SIZE),
      WORKER_LOCK_DURATION_MS: '2000',
      WORKER_STALLED_INTERVAL_MS: '1000',
      REMINDER_CLAIM_TIMEOUT_MS: '3000',
      SHUTDOWN_TIMEOUT_MS: String(SHUTDOWN_TIMEOUT_MS),
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
    for (const message of messages) {
      const id = /<reminder-([0-9a-f-]{36})@/.exec(message.messageId ?? '')?.[1];
      if (id && copies.has(id)) copies.set(id, (copies.get(id) ?? 0) + 1);
    }
    return copies;
  }

  it('with SIGKILL: every reminder is sent; duplicates only of messages a killed worker had at the mail server', async () => {
    flight.max = 0;
    const ids = await dueReminders(20);
    const { kills } = await run('SIGKILL', ids, `${api.config.redis.prefix}-kill`);
    expect(kills).toBeGreaterThan(0);
    const copies = copiesOf(ids);
    expect([...copies.values()].every((n) => n >= 1)).toBe(true);
    const duplicated = [...copies].filter(([, n]) => n > 1).map(([id]) => id);
    const claims = await api.dataSource.query<{ id: string; attempts: number }[]>('SELECT id, attempts FROM reminder WHERE id = ANY($1::uuid[])', [ids]);
    // Each extra copy needs a claim that a killed worker left unfinished.
    for (const id of duplicated) expect((claims.find((c) => c.id === id)?.attempts ?? 0) >= (copies.get(id) ?? 0)).toBe(true);
    // The stated bound: a worker never has more than min(concurrency, SMTP pool) messages at the
    // server, so no kill can leave more unrecorded.
    expect(flight.max).toBeLessThanOrEqual(IN_FLIGHT_BOUND);
    const extraCopies = [...copies.values()].reduce((sum, n) => sum + Math.max(0, n - 1), 0);
    expect(extraCopies).toBeLessThanOrEqual(kills * IN_FLIGHT_BOUND);
    Object.assign(measured, { kills, extraCopies, maxInFlight: flight.max, killLatestLatenessMs: await latestLatenessMs(ids) });
  }, 150_000);

  it('with SIGTERM in the middle of a burst: no job fails, none is sent twice, each worker exits within SHUTDOWN_TIMEOUT_MS', async () => {
    const ids = await dueReminders(40);
    const prefix = `${api.config.redis.prefix}-term`;
    const sent = async () => {
      const [{ n }] = await api.dataSource.query<[{ n: number }]>(`SELECT count(*)::int AS n FROM reminder WHERE id = ANY($1::uuid[]) AND status = 'sent'`, [ids]);
      return n;
    };
    const outputs: string[] = [];
    const exits: { code: number | null; ms: number }[] = [];
    let midBurst = 0;
    const deadline = Date.now() + 90_000;
    while ((await sent()) < ids.length && Date.now() < deadline) {
      const running = worker(prefix);
      const before = await sent();
      // Stop it while it is sending: something went out since it started, and mail is on the wire.
      await pollUntil(async () => (await sent()) > before && flight.now > 0, 30_000, 20).catch(() => undefined);
      if (flight.now > 0 && (await sent()) < ids.length) midBurst++;
      const stoppedAt = Date.now();
      running.child.kill('SIGTERM');
      exits.push({ code: await running.exited, ms: Date.now() - stoppedAt });
      outputs.push(running.output());
    }
    expect(await sent()).toBe(ids.length);
    expect(midBurst).toBeGreaterThan(0);
    for (const exit of exits) {
      expect(exit.code).toBe(0);
      expect(exit.ms).toBeLessThan(SHUTDOWN_TIMEOUT_MS);
    }
    // No job failed: the mailer stayed open until the running sends were done.
    for (const output of outputs) {
      expect(output).not.toContain('job failed');
      expect(output).not.toMatch(/pool was closed/i);
      // Jobs finished, then the mail connections closed.
      expect(output.indexOf('worker stopped')).toBeGreaterThan(-1);
      expect(output.indexOf('mail connections closed')).toBeGreaterThan(output.indexOf('worker stopped'));
    }
    const claims = await api.dataSource.query<{ attempts: number }[]>('SELECT attempts FROM reminder WHERE id = ANY($1::uuid[])', [ids]);
    // One claim each: no delivery round was used up by the shutdowns.
    expect(claims.map((c) => c.attempts)).toEqual(ids.map(() => 1));
    expect([...copiesOf(ids).values()]).toEqual(ids.map(() => 1));
    Object.assign(measured, {
      stops: exits.length,
      slowestStopMs: Math.max(...exits.map((exit) => exit.ms)),
      stopLatestLatenessMs: await latestLatenessMs(ids),
    });
  }, 150_000);
});
