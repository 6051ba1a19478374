import pg from 'pg';
import { Redis } from 'ioredis';
import { testAdminUrl, testConfig, withDatabase } from '#platform/testing';
import { startNginx, type RunningNginx } from '../../../tools/scale/nginx.js';
import { freshDatabase } from '../fresh-database.js';
import { Mailbox } from '../mailbox.js';
import { pollUntil } from '../poll.js';
import { API_MAIN, freePort, startProcess, WORKER_MAIN, type RunningProcess } from '../processes.js';
import { startReplica, type RunningReplica } from '../replica.js';

export interface ScaleClusterOptions {
  /** Suffix of the cluster's database (`<run>_<name>`) and Redis prefix (`<run>-<name>`). */
  readonly name: string;
  /** With a streaming replica of the machine's PostgreSQL, named in both apis' DATABASE_REPLICA_URLS. */
  readonly replica: boolean;
  /** Variables of both apis (and of a replacement api). */
  readonly apiEnv?: Readonly<Record<string, string>>;
  /** Variables of every worker; `workerEnv(index)` may set some per worker (e.g. MAIL_FROM). */
  readonly workerEnv?: (index: number) => Readonly<Record<string, string>>;
}

/** One api's place behind nginx: its port stays, the process in it may be killed and replaced. */
export interface ApiSlot {
  readonly port: number;
  readonly url: string;
  /** The process serving the slot now (the last started). */
  process?: RunningProcess;
}

export interface WorkerSlot {
  readonly index: number;
  process: RunningProcess;
}

interface StartedProcess {
  readonly script: string;
  readonly running: RunningProcess;
}

/**
 * The scale test's deployment on loopback, every part a real process: nginx (the shipped
 * template) in front of two api processes, two worker processes, a database of its own (migrated
 * once), its own Redis prefix, an in-process mail catcher and, when asked, a streaming replica.
 *
 * Create it, then `start()`; `stop()` (afterAll) removes whatever was started, also after a
 * failed start: processes, nginx, the replica and its folder, the database and the Redis keys.
 */
export class ScaleCluster {
  readonly mailbox = new Mailbox();
  readonly apis: ApiSlot[] = [];
  readonly workers: WorkerSlot[] = [];
  readonly redisPrefix: string;
  readonly databaseName: string;
  /** The primary, as the runtime role (the apis' and workers' DATABASE_URL). */
  databaseUrl = '';
  replica: RunningReplica | undefined;
  nginx: RunningNginx | undefined;
  /** When the first workers were started (their schedules are created then). */
  workersStartedAt = 0;
  /** Every process ever started, replacements included, for their logs and for stop(). */
  private readonly started: StartedProcess[] = [];
  private smtpUrl = '';
  private nginxPort = 0;
  private pool: pg.Pool | undefined;
  /** Parts still starting: stop() waits for them, so a failed start leaves nothing behind. */
  private readonly starting: Promise<unknown>[] = [];

  constructor(private readonly options: ScaleClusterOptions) {
    const run = testConfig().redis.prefix;
    this.redisPrefix = `${run}-${options.name}`;
    this.databaseName = `${new URL(testConfig().database.url).pathname.slice(1)}_${options.name}`;
  }

  /** Where users go: nginx. */
  get url(): string {
    if (!this.nginx) throw new Error('the cluster is not started');
    return this.nginx.url;
  }

  /** Starts everything, in parallel where the order allows, and waits until every part is ready. */
  async start(): Promise<void> {
    process.once('exit', this.killOnExit);
    const [apiPorts, nginxPort] = await Promise.all([Promise.all([freePort(), freePort()]), freePort()]);
    this.nginxPort = nginxPort;
    for (const port of apiPorts) this.apis.push({ port, url: `http://127.0.0.1:${port}` });
    const replica = this.track(this.options.replica ? startReplica().then((running) => (this.replica = running)) : Promise.resolve(undefined));
    const [databaseUrl, smtpUrl] = await Promise.all([freshDatabase(this.options.name), this.mailbox.start()]);
    this.databaseUrl = databaseUrl;
    this.smtpUrl = smtpUrl;
    this.pool = new pg.Pool({ connectionString: databaseUrl, max: 4 });
    this.pool.on('error', () => undefined);

    this.workersStartedAt = Date.now();
    await Promise.all([
      this.track(startNginx({ port: nginxPort, upstreams: apiPorts.map((port) => `127.0.0.1:${port}`) }).then((nginx) => (this.nginx = nginx))),
      // The workers need no replica: they start while the base backup runs.
      ...[0, 1].map((index) => this.startWorker(index)),
      replica.then(() => Promise.all(this.apis.map((_, index) => this.startApi(index)))),
    ]);
  }

  /** Starts the api of slot `index` (again, after a kill: same port, so nginx finds it) and waits until it is ready. */
  async startApi(index: number): Promise<RunningProcess> {
    const slot = this.apis[index];
    const running = this.spawn(API_MAIN, {
      ...this.commonEnv(),
      PORT: String(slot.port),
      // The users' address: the one nginx listens on (cookies, links in e-mails).
      PUBLIC_URL: `http://127.0.0.1:${this.nginxPort}`,
      TRUST_PROXY: 'loopback',
      AUTH_MFA_REQUIRED_ROLES: '',
      ...(this.replica ? { DATABASE_REPLICA_URLS: this.replica.urlFor(this.databaseUrl) } : {}),
      ...this.options.apiEnv,
    });
    slot.process = running;
    await waitFor(running, `api on port ${slot.port}`, async () => (await fetch(`${slot.url}/health/ready`)).status === 200);
    return running;
  }

  async startWorker(index: number): Promise<RunningProcess> {
    const running = this.spawn(WORKER_MAIN, { ...this.commonEnv(), ...this.options.workerEnv?.(index) });
    const slot = this.workers.find((worker) => worker.index === index);
    if (slot) slot.process = running;
    else this.workers.push({ index, process: running });
    await waitFor(running, `worker ${index}`, () => Promise.resolve(running.output().includes('worker started')));
    return running;
  }

  /** SIGKILL, as a crash or a lost machine: nothing is finished, nothing is closed. */
  async kill(running: RunningProcess): Promise<void> {
    if (running.child.exitCode === null && running.child.signalCode === null) running.child.kill('SIGKILL');
    await running.exited;
  }

  /** A statement on the primary as the runtime role (what the api may do). */
  async sql<T extends pg.QueryResultRow = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> {
    if (!this.pool) throw new Error('the cluster is not started');
    return (await this.pool.query<T>(text, params)).rows;
  }

  /** The logs of every worker process started so far, replacements included. */
  workerLogs(): string[] {
    return this.started.filter(({ script }) => script === WORKER_MAIN).map(({ running }) => running.output());
  }

  async stop(): Promise<void> {
    const failures: unknown[] = [];
    const attempt = async (work: () => Promise<unknown>) => {
      try {
        await work();
      } catch (error) {
        failures.push(error);
      }
    };
    await Promise.allSettled(this.starting);
    await Promise.all(this.started.map(({ running }) => attempt(() => this.kill(running))));
    await attempt(async () => this.nginx?.stop());
    await attempt(async () => this.replica?.stop());
    await attempt(() => this.mailbox.stop());
    await attempt(async () => this.pool?.end());
    await attempt(() => dropDatabase(this.databaseName));
    await attempt(() => deleteRedisKeys(this.redisPrefix));
    process.removeListener('exit', this.killOnExit);
    if (failures.length > 0) throw new AggregateError(failures, 'the scale cluster did not stop cleanly');
  }

  private commonEnv(): Record<string, string> {
    return {
      DATABASE_URL: this.databaseUrl,
      // The run's owner URL names the run's database, not this one; migrations ran at start.
      DATABASE_MIGRATION_URL: '',
      MIGRATIONS_RUN: 'false',
      REDIS_PREFIX: this.redisPrefix,
      SMTP_URL: this.smtpUrl,
    };
  }

  /** A test process that ends without stop() (killed by a timeout) must not leave apis and workers behind. */
  private readonly killOnExit = () => {
    for (const { running } of this.started) if (running.child.exitCode === null && running.child.signalCode === null) running.child.kill('SIGKILL');
  };

  private track<T>(starting: Promise<T>): Promise<T> {
    this.starting.push(starting.catch(() => undefined));
    return starting;
  }

  private spawn(script: string, env: Record<string, string>): RunningProcess {
    const running = startProcess(script, env);
    this.started.push({ script, running });
    return running;
  }
}

/** Waits until `ready`, failing with the process's log if it exits first or takes longer than 90 s (a noisy machine). */
async function waitFor(running: RunningProcess, what: string, ready: () => Promise<boolean>): Promise<void> {
  const exited = () => running.child.exitCode !== null || running.child.signalCode !== null;
  await pollUntil(async () => exited() || (await ready()), 90_000, 100).catch(() => undefined);
  if (exited() || !(await ready().catch(() => false))) {
    throw new Error(`${what} did not become ready (exit ${running.child.exitCode ?? running.child.signalCode}):\n${running.output().slice(-4_000)}`);
  }
}

async function dropDatabase(name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: withDatabase(testAdminUrl(), 'postgres') });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name.replaceAll('"', '""')}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

async function deleteRedisKeys(prefix: string): Promise<void> {
  const redis = new Redis(testConfig().redis.url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
      if (keys.length > 0) await redis.unlink(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
