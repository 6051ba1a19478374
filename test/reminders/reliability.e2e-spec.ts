import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import request from 'supertest';
import { bullPrefix, JobName, QueueName, redisOptionsFromUrl } from '#platform';
import { testConfig } from '#platform/testing';
import { startMailCatcher, type CaughtMessage, type MailCatcher } from '#notifications';
import { DELIVERY_ATTEMPTS, ReminderProducer } from '#reminders';
import { createTeam, signedIn, type SignedInBrowser } from '../support/accounts.js';
import { takeIn } from '../support/clients.js';
import { freshDatabase } from '../support/fresh-database.js';
import { pollUntil } from '../support/poll.js';
import { freePort, startProcess, WORKER_MAIN, type RunningProcess } from '../support/processes.js';
import { TcpProxy } from '../support/tcp-proxy.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

/**
 * The faults docs/deploy.md prices, played against a real worker process that is never
 * restarted: Redis wiped, Redis restarted empty, PostgreSQL and the mail server unreachable for
 * longer than one delivery round. Every reminder is still sent, once; the recovery times are
 * printed at the end (docs/deploy.md quotes them).
 *
 * The four scenarios mostly wait on the workers' timers, so they are played at the same time,
 * each with everything of its own: database, Redis prefix (and, for the restart, Redis server),
 * mail server, api and worker. Their own database matters most: every worker's sweep queues
 * every due reminder of its database, so a shared one would let the other workers send the
 * reminders of a scenario whose mail server or PostgreSQL is down.
 *
 * Bounds come from the configured intervals (sweep every 30 s, schedules checked every
 * WORKER_SCHEDULE_CHECK_INTERVAL_MS = 30 s by default) plus a wide margin for a loaded machine.
 */
const SWEEP_MS = 30_000;
const SCHEDULE_CHECK_MS = 30_000;
const MARGIN_MS = 20_000;
const DUE_IN_MS = 30_000;
/** Starting processes is not what is measured: generous, as four scenarios start at once. */
const START_MS = 60_000;
/** BullMQ's five tries take about 30 s (back-off 2 + 4 + 8 + 16 s); waiting for them to end is not measured. */
const ROUND_MS = 30_000;

type Measured = Record<string, number>;

/** A file with its first deadline, to hang reminders on. */
interface ClientFile {
  readonly clientId: string;
  readonly deadlineId: string;
}

/** Everything one scenario owns, closed in reverse order when it ends. */
class Rig {
  readonly messages: CaughtMessage[] = [];
  readonly cleanups: (() => Promise<unknown>)[] = [];
  api!: TestApi;
  private caseworker!: SignedInBrowser;
  private team!: string;
  private catcher: MailCatcher | undefined;
  private smtpPort = 0;
  private databaseUrl = '';

  private constructor(readonly prefix: string) {}

  /** Its own database, mail server and api (`env` adds e.g. a Redis URL), and a caseworker. */
  static async start(name: string, env: Record<string, string> = {}): Promise<Rig> {
    const rig = new Rig(`${testConfig().redis.prefix}-${name}`);
    rig.smtpPort = await freePort();
    await rig.startSmtp();
    rig.databaseUrl = await freshDatabase(`reliability_${name}`);
    // Passport keeps its strategies in one registry per process: the api started last signs in
    // for all of them. So each rig signs in before the next api starts; the session cookie is
    // then checked by the api's own services.
    const turn = Rig.apiTurn.then(async () => {
      rig.api = await startTestApi({ env: { ...rig.env(), ...env } });
      rig.cleanups.push(() => rig.api.close());
      rig.team = await createTeam(rig.api);
      rig.caseworker = await signedIn(rig.api, { role: 'caseworker', memberOf: [rig.team] });
    });
    Rig.apiTurn = turn.catch(() => undefined);
    await turn.catch(async (error: unknown) => {
      await rig.close();
      throw error;
    });
    return rig;
  }

  private static apiTurn: Promise<void> = Promise.resolve();

  get database(): string {
    return this.databaseUrl;
  }

  env(): Record<string, string> {
    return {
      DATABASE_URL: this.databaseUrl,
      // The run's owner URL names the run's database, not this one; nothing here migrates.
      DATABASE_MIGRATION_URL: '',
      REDIS_PREFIX: this.prefix,
      SMTP_URL: `smtp://127.0.0.1:${this.smtpPort}`,
      PUBLIC_URL: 'http://yorisoi.test',
    };
  }

  async startSmtp(): Promise<void> {
    this.catcher = await startMailCatcher({
      port: this.smtpPort,
      onMessage: (message) => {
        this.messages.push(message);
        return Promise.resolve();
      },
    });
  }

  async stopSmtp(): Promise<void> {
    const catcher = this.catcher;
    this.catcher = undefined;
    await catcher?.close();
  }

  async close(): Promise<void> {
    for (const cleanup of this.cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
    await this.stopSmtp().catch(() => undefined);
  }

  /** A worker process on this rig's database, Redis prefix and mail server, once it reports healthy. */
  async startWorker(env: Record<string, string> = {}): Promise<RunningProcess> {
    const running = startProcess(WORKER_MAIN, { ...this.env(), ...env });
    this.cleanups.push(async () => {
      if (running.child.exitCode === null) running.child.kill('SIGTERM');
      await running.exited;
    });
    await pollUntil(() => Promise.resolve(running.output().includes('worker started')), START_MS, 100);
    await pollUntil(async () => (await this.workerHealth()) === 200, START_MS, 250);
    return running;
  }

  async workerHealth(): Promise<number> {
    return (await request(this.api.server).get('/health/worker')).status;
  }

  async readiness(): Promise<number> {
    return (await request(this.api.server).get('/health/ready')).status;
  }

  /** The test's own view of the reminders queue, independent of the worker. */
  queue(redisUrl = this.api.config.redis.url): Queue {
    const queue = new Queue(QueueName.Reminders, { connection: redisOptionsFromUrl(redisUrl), prefix: bullPrefix(this.prefix) });
    queue.on('error', () => undefined);
    this.cleanups.push(() => queue.close());
    return queue;
  }

  /** Takes a client in through the api; recorded ahead, so no request has to pass while a dependency is down. */
  async clientFile(): Promise<ClientFile> {
    const client = await takeIn(this.caseworker, this.team, { landingDate: '2025-12-01' });
    const [deadline] = await this.api.dataSource.query<{ id: string }[]>('SELECT id FROM deadline WHERE client_id = $1', [client.id]);
    return { clientId: client.id, deadlineId: deadline.id };
  }

  /** A reminder row due at `sendAt`, queued by the api as the planner does after its commit. */
  async recordReminder(file: ClientFile, sendAt: Date): Promise<string> {
    const [{ id }] = await this.api.dataSource.query<[{ id: string }]>(
      `INSERT INTO reminder (deadline_id, client_id, recipient_user_id, purpose, send_at) VALUES ($1, $2, $3, 'owner', $4) RETURNING id`,
      [file.deadlineId, file.clientId, this.caseworker.user.id, sendAt],
    );
    // Right after Redis comes back the api's queue connection may still be reconnecting.
    await pollUntil(async () => {
      await this.api.app.get(ReminderProducer).enqueue([{ id, sendAt, attempts: 0 }]);
      return true;
    }, 10_000, 250);
    return id;
  }

  async reminder(id: string): Promise<{ status: string; attempts: number; sent_at: Date | null }> {
    const [row] = await this.api.dataSource.query<{ status: string; attempts: number; sent_at: Date | null }[]>(
      'SELECT status, attempts, sent_at FROM reminder WHERE id = $1',
      [id],
    );
    return row;
  }

  async sentAt(id: string): Promise<Date | null> {
    const row = await this.reminder(id);
    return row.status === 'sent' ? row.sent_at : null;
  }

  copies(id: string): number {
    return this.messages.filter((m) => m.messageId === `<reminder-${id}@yorisoi.test>`).length;
  }

  /** Waits until each reminder is sent; asserts the time bound and that the mail server got it once. */
  async expectSentOnce(ids: readonly string[], dueAt: Date, boundMs: number): Promise<number> {
    await pollUntil(
      async () => (await Promise.all(ids.map((id) => this.sentAt(id)))).every((at) => at !== null),
      dueAt.getTime() + boundMs + 10_000 - Date.now(),
      250,
    );
    let latest = 0;
    for (const id of ids) {
      const at = (await this.sentAt(id))!;
      expect(at.getTime()).toBeGreaterThanOrEqual(dueAt.getTime());
      expect(at.getTime() - dueAt.getTime()).toBeLessThanOrEqual(boundMs);
      latest = Math.max(latest, at.getTime() - dueAt.getTime());
    }
    await this.expectNoSecondCopy(ids);
    return latest;
  }

  async expectNoSecondCopy(ids: readonly string[]): Promise<void> {
    // Give a stray second copy time to arrive before counting.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(ids.map((id) => this.copies(id))).toEqual(ids.map(() => 1));
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A redis-server of the test's own on a free port, never the machine's shared one. */
class PrivateRedis {
  private server: ChildProcess | undefined;

  constructor(readonly port: number) {}

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const child = spawn('redis-server', ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    this.server = child;
    await pollUntil(() => Promise.resolve(output.includes('Ready to accept connections')), 10_000, 50);
  }

  async kill(): Promise<void> {
    const child = this.server;
    this.server = undefined;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }
}

async function redisWiped(measured: Measured): Promise<void> {
  const rig = await Rig.start('wipe');
  try {
    const running = await rig.startWorker();
    const schedules = rig.queue();
    const files = [await rig.clientFile(), await rig.clientFile()];

    const dueAt = new Date(Date.now() + DUE_IN_MS);
    // Queued before the wipe: its job is lost with the keys, only the sweep can bring it back.
    const before = await rig.recordReminder(files[0], dueAt);
    const redis = new Redis(redisOptionsFromUrl(rig.api.config.redis.url));
    const keys = await redis.keys(`${rig.prefix}:*`);
    expect(keys.length).toBeGreaterThan(0);
    await redis.del(...keys);
    const wipedAt = Date.now();
    expect(await redis.keys(`${rig.prefix}:*`)).toEqual([]);
    redis.disconnect();
    // Recorded after the wipe, due at the same time.
    const after = await rig.recordReminder(files[1], dueAt);

    await pollUntil(async () => (await schedules.getJobScheduler(JobName.ReminderSweep)) !== undefined, SCHEDULE_CHECK_MS + MARGIN_MS, 250);
    measured.wipeSchedulesBack = Date.now() - wipedAt;
    await pollUntil(async () => (await rig.workerHealth()) === 200, SCHEDULE_CHECK_MS + MARGIN_MS, 250);
    measured.wipeWorkerHealthBack = Date.now() - wipedAt;
    measured.wipeLatestLateness = await rig.expectSentOnce([before, after], dueAt, SWEEP_MS + MARGIN_MS);
    expect(running.child.exitCode).toBeNull();
    expect(running.output()).toContain('re-created job schedules missing from Redis');
  } finally {
    await rig.close();
  }
}

async function redisRestartedEmpty(measured: Measured): Promise<void> {
  const redis = new PrivateRedis(await freePort());
  await redis.start();
  // The worker and api must let go before the server goes: the rig closes them first.
  const rig = await Rig.start('restart', { REDIS_URL: redis.url }).catch(async (error: unknown) => {
    await redis.kill();
    throw error;
  });
  rig.cleanups.unshift(() => redis.kill());
  try {
    const running = await rig.startWorker({ REDIS_URL: redis.url });
    const schedules = rig.queue(redis.url);
    const files = [await rig.clientFile(), await rig.clientFile()];

    const dueAt = new Date(Date.now() + DUE_IN_MS);
    const before = await rig.recordReminder(files[0], dueAt);
    await redis.kill();
    const downAt = Date.now();
    await pollUntil(async () => (await rig.readiness()) === 503, 10_000, 250);
    await sleep(5_000);
    await redis.start();
    const backAt = Date.now();
    measured.redisDownFor = backAt - downAt;

    // Reconnecting is the signal: no need to wait for the schedule check's timer.
    await pollUntil(async () => (await schedules.getJobScheduler(JobName.ReminderSweep)) !== undefined, SCHEDULE_CHECK_MS + MARGIN_MS, 250);
    measured.restartSchedulesBack = Date.now() - backAt;
    await pollUntil(async () => (await rig.readiness()) === 200, MARGIN_MS, 250);
    // Recorded once the api reaches Redis again, due at the same time.
    const after = await rig.recordReminder(files[1], dueAt);
    await pollUntil(async () => (await rig.workerHealth()) === 200, SCHEDULE_CHECK_MS + MARGIN_MS, 250);
    measured.restartWorkerHealthBack = Date.now() - backAt;
    measured.restartLatestLateness = await rig.expectSentOnce([before, after], dueAt, SWEEP_MS + MARGIN_MS);
    expect(running.child.exitCode).toBeNull();
  } finally {
    await rig.close();
  }
}

async function postgresUnreachable(measured: Measured): Promise<void> {
  const rig = await Rig.start('pgdown');
  try {
    const target = new URL(rig.database);
    const proxy = new TcpProxy(target.hostname, Number(target.port || 5432));
    await proxy.start();
    rig.cleanups.push(() => proxy.stop());
    const via = new URL(rig.database);
    via.host = `127.0.0.1:${proxy.port}`;
    // Only the worker goes through the proxy: the test reads and records through the api's own pool.
    const running = await rig.startWorker({ DATABASE_URL: via.toString() });
    const jobs = rig.queue();
    const file = await rig.clientFile();

    const dueAt = new Date(Date.now() + 5_000);
    const id = await rig.recordReminder(file, dueAt);
    await proxy.stop();
    const downAt = Date.now();
    // Down until BullMQ's five tries (about 30 s of back-off) have failed and the job itself gave
    // up (it is removed on failure): from then on only the sweep, once PostgreSQL is back, can
    // send the reminder. Longer would only wait for a sweep that cannot run.
    await pollUntil(async () => Date.now() > dueAt.getTime() && (await jobs.getJob(`reminder:${id}:0`)) === undefined, ROUND_MS + START_MS, 250);
    expect(await rig.sentAt(id)).toBeNull();
    await proxy.start();
    measured.postgresDownFor = Date.now() - downAt;
    measured.postgresBackToSent = await pollUntil(async () => (await rig.sentAt(id)) !== null, SWEEP_MS + MARGIN_MS, 250);
    await rig.expectNoSecondCopy([id]);
    expect(running.child.exitCode).toBeNull();
  } finally {
    await rig.close();
  }
}

async function mailServerDown(measured: Measured): Promise<void> {
  const rig = await Rig.start('smtpdown');
  try {
    const running = await rig.startWorker();
    const jobs = rig.queue();
    const file = await rig.clientFile();

    const dueAt = new Date(Date.now() + 3_000);
    const id = await rig.recordReminder(file, dueAt);
    await rig.stopSmtp();
    const downAt = Date.now();
    // A delivery round is DELIVERY_ATTEMPTS tries with BullMQ's back-off, about 30 s (see
    // reminder.sender.ts); then the job is dropped and the sweep queues the next round. Down until
    // the first round's job has given up after all its tries, with the reminder still planned, is
    // just long enough to show that a failed round only delays it: it can then only go out in a
    // round the sweep starts once the server is back. Rounds after that repeat the same path.
    await pollUntil(
      async () => {
        const row = await rig.reminder(id);
        return row.status === 'planned' && row.attempts >= DELIVERY_ATTEMPTS && (await jobs.getJob(`reminder:${id}:0`)) === undefined;
      },
      ROUND_MS + START_MS,
      250,
    );
    const row = await rig.reminder(id);
    expect(row).toMatchObject({ status: 'planned' });
    expect(row.attempts).toBeGreaterThanOrEqual(DELIVERY_ATTEMPTS);
    await rig.startSmtp();
    measured.smtpDownFor = Date.now() - downAt;
    measured.smtpBackToSent = await pollUntil(async () => (await rig.sentAt(id)) !== null, SWEEP_MS + MARGIN_MS, 250);
    await rig.expectNoSecondCopy([id]);
    expect(running.child.exitCode).toBeNull();
  } finally {
    await rig.close();
  }
}

describe('reminders through infrastructure faults, with no process restarted', () => {
  const scenarios = { redisWiped, redisRestartedEmpty, postgresUnreachable, mailServerDown };
  type Name = keyof typeof scenarios;
  const measured = Object.fromEntries(Object.keys(scenarios).map((name) => [name, {}])) as Record<Name, Measured>;
  const played = {} as Record<Name, Promise<void>>;

  beforeAll(() => {
    for (const [name, play] of Object.entries(scenarios) as [Name, (measured: Measured) => Promise<void>][]) {
      played[name] = play(measured[name]);
      // Awaited by its own test below; until then a failure must not count as unhandled.
      played[name].catch(() => undefined);
    }
  });
  afterAll(async () => {
    await Promise.allSettled(Object.values(played));
    // The numbers docs/deploy.md quotes.
    console.log(`reliability measurements (ms): ${JSON.stringify(Object.assign({}, ...Object.values(measured)))}`);
  }, 180_000);

  it('Redis keys deleted under a running worker: schedules come back by themselves, reminders go out once', () => played.redisWiped, 180_000);

  it('a Redis of its own restarted with no data: while it is down nothing is lost; once it is back, everything goes out once', () => played.redisRestartedEmpty, 180_000);

  it('PostgreSQL unreachable for longer than a delivery round: the reminder goes out once it is back', () => played.postgresUnreachable, 180_000);

  it('mail server down for longer than a delivery round: the reminder goes out once it is back, not marked failed', () => played.mailServerDown, 180_000);
});
