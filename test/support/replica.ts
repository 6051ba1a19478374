import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freePort } from './processes.js';

/**
 * A streaming replica of the machine's PostgreSQL, made for one test and removed after it:
 * `pg_basebackup -R -X stream` of the whole cluster into a temporary folder, and a second
 * postmaster on a free loopback port with hot_standby on. The tests run as root and PostgreSQL
 * refuses root, so the backup and the postmaster run as the `postgres` OS user.
 *
 * The replica streams through a physical replication slot, so that the primary keeps the WAL a
 * killed replica needs to catch up when it is started again (another test's base backup forces a
 * checkpoint that would otherwise recycle it). stop() drops the slot; a slot left by a test
 * process that died is dropped by the next startReplica() once its folder is gone.
 */
export interface RunningReplica {
  readonly port: number;
  /** The replica's URL for `database`, as the superuser (pause and resume need it). */
  url(database: string): string;
  /** `primaryUrl` with the replica's host and port: same role, password and database. */
  urlFor(primaryUrl: string): string;
  /** Stops applying WAL (it is still received), resolving once replay is paused. */
  pauseReplay(): Promise<void>;
  resumeReplay(): Promise<void>;
  /** The last WAL position replayed, e.g. `0/3000148`. */
  replayLsn(): Promise<string>;
  /** Resolves once the replica has replayed everything the primary had written when called. */
  waitUntilCaughtUp(timeoutMs?: number): Promise<void>;
  /** SIGKILL to the postmaster and every process of the replica, as if its machine had died. */
  kill(): Promise<void>;
  /** Starts the postmaster again on the same port and folder (after kill()), waiting until it streams. */
  restart(): Promise<void>;
  /** Fast shutdown, then the slot on the primary and the folder are removed. */
  stop(): Promise<void>;
  /** What the replica's postmaster wrote to stderr (its log), for a failing test's message. */
  log(): string;
}

export interface StartReplicaOptions {
  /** A superuser connection to the primary; the test run's admin connection by default. */
  readonly primaryUrl?: string;
  /** How long to wait for the backup and for the replica to stream; 90 s by default (noisy machine). */
  readonly timeoutMs?: number;
}

const SLOT_PREFIX = 'yorisoi_replica_';
const FOLDER_PREFIX = 'yorisoi-replica-';
/** Settings a hot standby must have at least as high as its primary's, and the session defaults to keep alike. */
const COPIED_SETTINGS = [
  'max_connections',
  'max_worker_processes',
  'max_wal_senders',
  'max_prepared_transactions',
  'max_locks_per_transaction',
  'timezone',
  'log_timezone',
  'datestyle',
  'lc_messages',
  'lc_monetary',
  'lc_numeric',
  'lc_time',
  'default_text_search_config',
] as const;

function defaultPrimaryUrl(): string {
  const admin = process.env.YORISOI_TEST_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const url = new URL(admin);
  url.pathname = '/postgres';
  return url.toString();
}

async function withClient<T>(connectionString: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: 5_000 });
  client.on('error', () => undefined);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function waitFor(what: string, timeoutMs: number, probe: () => Promise<boolean>, describe: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError = '';
  for (;;) {
    try {
      if (await probe()) return;
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error);
    }
    if (Date.now() > deadline) throw new Error(`replica: ${what} within ${timeoutMs} ms failed (${lastError})\n${describe()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function osUser(name: string): { uid: number; gid: number } {
  const id = (flag: string) => Number(execFileSync('id', [flag, name], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

function quoteSetting(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/** Drops the slots of replicas whose test process died without stop(): inactive, and their folder gone. */
async function dropAbandonedSlots(primary: pg.Client): Promise<void> {
  const { rows } = await primary.query<{ slot_name: string }>(
    `SELECT slot_name FROM pg_replication_slots WHERE slot_name LIKE $1 AND NOT active`,
    [`${SLOT_PREFIX}%`],
  );
  for (const { slot_name: slot } of rows) {
    if (existsSync(join(os.tmpdir(), FOLDER_PREFIX + slot.slice(SLOT_PREFIX.length)))) continue;
    await primary.query('SELECT pg_drop_replication_slot($1)', [slot]).catch(() => undefined);
  }
}

export async function startReplica(options: StartReplicaOptions = {}): Promise<RunningReplica> {
  const primaryUrl = options.primaryUrl ?? defaultPrimaryUrl();
  const timeoutMs = options.timeoutMs ?? 90_000;
  const { major, settings } = await withClient(primaryUrl, async (primary) => {
    await dropAbandonedSlots(primary);
    const version = await primary.query<{ server_version_num: string }>('SHOW server_version_num');
    const copied: Record<string, string> = {};
    for (const name of COPIED_SETTINGS) {
      copied[name] = (await primary.query<{ value: string }>('SELECT current_setting($1) AS value', [name])).rows[0].value;
    }
    return { major: Math.floor(Number(version.rows[0].server_version_num) / 10_000), settings: copied };
  });
  const bin = process.env.POSTGRES_BINDIR ?? `/usr/lib/postgresql/${major}/bin`;
  const owner = osUser('postgres');

  const id = randomBytes(6).toString('hex');
  const slot = SLOT_PREFIX + id;
  const folder = join(os.tmpdir(), FOLDER_PREFIX + id);
  const data = join(folder, 'data');
  mkdirSync(folder, { mode: 0o700 });
  chownSync(folder, owner.uid, owner.gid);
  const port = await freePort();

  const removeEverything = async () => {
    await dropSlot(primaryUrl, slot);
    rmSync(folder, { recursive: true, force: true });
  };

  try {
    await baseBackup({ bin, primaryUrl, data, slot, owner, timeoutMs });
    // Debian keeps the configuration outside the data directory: the copy gets a minimal one of its own.
    writeFileSync(
      join(data, 'postgresql.conf'),
      [
        `port = ${port}`,
        `listen_addresses = '127.0.0.1'`,
        `unix_socket_directories = ${quoteSetting(folder)}`,
        'hot_standby = on',
        // As in production: a long read on the replica may be cancelled by a conflicting cleanup
        // on the primary (the application retries it there) instead of holding the primary back.
        'hot_standby_feedback = off',
        // The replica reports its position often, so the primary sees its lag at once.
        'wal_receiver_status_interval = 1s',
        'shared_buffers = 32MB',
        'fsync = off',
        'ssl = off',
        'logging_collector = off',
        `cluster_name = ${quoteSetting(`replica-${id}`)}`,
        ...Object.entries(settings).map(([name, value]) => `${name} = ${quoteSetting(value)}`),
        '',
      ].join('\n'),
    );
    writeFileSync(join(data, 'pg_hba.conf'), ['local all all trust', 'host all all 127.0.0.1/32 trust', ''].join('\n'));
    for (const file of ['postgresql.conf', 'pg_hba.conf']) chownSync(join(data, file), owner.uid, owner.gid);
  } catch (error) {
    await removeEverything().catch(() => undefined);
    throw error;
  }

  const superuserUrl = (database: string) => `postgres://postgres@127.0.0.1:${port}/${encodeURIComponent(database)}`;
  const admin = superuserUrl('postgres');
  let postmaster: ChildProcess | undefined;
  let exited: Promise<void> = Promise.resolve();
  let output = '';
  const log = () => output.slice(-20_000);

  // A test process that ends without stop() must not leave a postmaster behind.
  const killOnExit = () => {
    if (postmaster?.pid !== undefined && postmaster.exitCode === null && postmaster.signalCode === null) {
      try {
        process.kill(-postmaster.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
    rmSync(folder, { recursive: true, force: true });
  };
  process.once('exit', killOnExit);

  const launch = async () => {
    const child = spawn(join(bin, 'postgres'), ['-D', data], {
      uid: owner.uid,
      gid: owner.gid,
      cwd: folder,
      // Its own process group: kill() takes every backend with it, as a dead machine would.
      detached: true,
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', LANG: 'C.UTF-8' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    postmaster = child;
    exited = new Promise((resolve) => child.once('exit', () => resolve()));
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.length > 200_000) output = output.slice(-100_000);
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    await waitFor(
      'accepting connections and streaming from the primary',
      timeoutMs,
      async () => {
        if (child.exitCode !== null || child.signalCode !== null) throw new Error('the postmaster exited');
        return withClient(admin, async (client) => {
          const { rows } = await client.query<{ recovery: boolean; status: string | null }>(
            `SELECT pg_is_in_recovery() AS recovery, (SELECT status FROM pg_stat_wal_receiver) AS status`,
          );
          return rows[0].recovery && rows[0].status === 'streaming';
        });
      },
      log,
    );
  };

  const replayLsn = () =>
    withClient(admin, async (client) => {
      const { rows } = await client.query<{ lsn: string | null }>('SELECT pg_last_wal_replay_lsn()::text AS lsn');
      if (rows[0].lsn === null) throw new Error('replica: no WAL replayed yet');
      return rows[0].lsn;
    });

  const waitUntilCaughtUp = async (waitMs = timeoutMs) => {
    const target = await withClient(primaryUrl, async (client) => {
      const { rows } = await client.query<{ lsn: string }>('SELECT pg_current_wal_lsn()::text AS lsn');
      return rows[0].lsn;
    });
    await waitFor(
      `replaying up to ${target}`,
      waitMs,
      () =>
        withClient(admin, async (client) => {
          const { rows } = await client.query<{ done: boolean }>('SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS done', [target]);
          return rows[0].done;
        }),
      log,
    );
  };

  const kill = async () => {
    const child = postmaster;
    if (child?.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
    process.kill(-child.pid, 'SIGKILL');
    await exited;
    // The backends are in the same group; wait until none is left holding the shared memory.
    await waitFor('every process gone after SIGKILL', 30_000, () => Promise.resolve(!groupAlive(child.pid!)), log);
  };

  try {
    await launch();
    await waitUntilCaughtUp();
  } catch (error) {
    await kill().catch(() => undefined);
    process.removeListener('exit', killOnExit);
    await removeEverything().catch(() => undefined);
    throw error;
  }

  return {
    port,
    url: superuserUrl,
    urlFor(primaryDatabaseUrl: string) {
      const url = new URL(primaryDatabaseUrl);
      url.hostname = '127.0.0.1';
      url.port = String(port);
      return url.toString();
    },
    async pauseReplay() {
      await withClient(admin, (client) => client.query('SELECT pg_wal_replay_pause()'));
      await waitFor(
        'pausing replay',
        30_000,
        () =>
          withClient(admin, async (client) => {
            const { rows } = await client.query<{ state: string }>('SELECT pg_get_wal_replay_pause_state() AS state');
            return rows[0].state === 'paused';
          }),
        log,
      );
    },
    async resumeReplay() {
      await withClient(admin, (client) => client.query('SELECT pg_wal_replay_resume()'));
    },
    replayLsn,
    waitUntilCaughtUp,
    kill,
    async restart() {
      await kill();
      await launch();
    },
    async stop() {
      const child = postmaster;
      if (child?.pid !== undefined && child.exitCode === null && child.signalCode === null) {
        // SIGINT: PostgreSQL's fast shutdown; the whole group is killed if it has not gone within 15 s.
        child.kill('SIGINT');
        const timer = setTimeout(() => {
          try {
            process.kill(-child.pid!, 'SIGKILL');
          } catch {
            // Already gone.
          }
        }, 15_000);
        await exited;
        clearTimeout(timer);
        await waitFor('every process gone after shutdown', 30_000, () => Promise.resolve(!groupAlive(child.pid!)), log);
      }
      process.removeListener('exit', killOnExit);
      await removeEverything();
    },
    log,
  };
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

interface BaseBackupOptions {
  readonly bin: string;
  readonly primaryUrl: string;
  readonly data: string;
  readonly slot: string;
  readonly owner: { uid: number; gid: number };
  readonly timeoutMs: number;
}

/**
 * pg_basebackup into `data`, creating the slot. Tried up to four times: PostgreSQL 15 may
 * invalidate a slot created while another checkpoint runs (another test's base backup forces one),
 * which ends that backup; a later attempt meets no such checkpoint.
 */
async function baseBackup(options: BaseBackupOptions): Promise<void> {
  const { bin, primaryUrl, data, slot, owner, timeoutMs } = options;
  const deadline = Date.now() + timeoutMs;
  for (let attempt = 1; ; attempt += 1) {
    try {
      // -c fast: a checkpoint at once instead of a spread one; -N: the copy is thrown away after the test.
      await run(
        join(bin, 'pg_basebackup'),
        ['-d', primaryUrl, '-D', data, '-R', '-X', 'stream', '-C', '-S', slot, '-c', 'fast', '-N'],
        owner,
        Math.max(deadline - Date.now(), 1_000),
      );
      const lost = await withClient(primaryUrl, async (primary) => {
        const { rows } = await primary.query<{ usable: boolean }>(
          `SELECT restart_lsn IS NOT NULL AND wal_status <> 'lost' AS usable FROM pg_replication_slots WHERE slot_name = $1`,
          [slot],
        );
        return rows[0]?.usable !== true;
      });
      if (!lost) return;
      throw new Error(`the primary invalidated the replication slot ${slot} during the backup`);
    } catch (error) {
      await dropSlot(primaryUrl, slot);
      rmSync(data, { recursive: true, force: true });
      if (attempt === 4 || Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500 + Math.floor(Math.random() * 1_500)));
    }
  }
}

/** Drops the slot if it exists, waiting for the primary's sender to let go of it (it outlives its replica briefly). */
async function dropSlot(primaryUrl: string, slot: string): Promise<void> {
  await withClient(primaryUrl, async (primary) => {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const { rows } = await primary.query<{ active: boolean }>('SELECT active FROM pg_replication_slots WHERE slot_name = $1', [slot]);
      if (rows.length === 0) return;
      if (!rows[0].active) {
        try {
          await primary.query('SELECT pg_drop_replication_slot($1)', [slot]);
          return;
        } catch (error) {
          // Taken again between the two queries, or dropped by someone else: look again.
          if (Date.now() > deadline) throw error;
        }
      }
      if (Date.now() > deadline) throw new Error(`replica: the replication slot ${slot} is still in use`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });
}

/** Runs a PostgreSQL tool as `user`, failing with its output if it fails or takes longer than `timeoutMs`. */
function run(command: string, args: string[], user: { uid: number; gid: number }, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      uid: user.uid,
      gid: user.gid,
      cwd: os.tmpdir(),
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', LANG: 'C.UTF-8' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`${command} failed (${signal ?? code}): ${output.trim()}`));
    });
  });
}
