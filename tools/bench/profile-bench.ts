import 'reflect-metadata';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import type pg from 'pg';
import { connectBenchDatabase } from './bench-database.js';
import { API_POOL_SIZE, benchEnv, measuredCaseworkers, measuredSupervisors, SEARCHES, startBenchApi } from './bench-env.js';
import { CONNECTIONS, DURATION_S, saturateWithoutWarmUp, signIn, stopProcess, warmUp, type Measured, type Target } from './bench-http.js';
import { summariseProfile, type CpuProfile, type PlaceKind, type ProfileSummary } from './cpu-profile-summary.js';
import { cpuShares, cpuSnapshot, type CpuShares } from './cpu-shares.js';
import type { ApiProcess } from './proxy-bench.js';
import { summariseStatements, type StatementStats, type StatementsSummary } from './sql-statements-summary.js';

/**
 * `npm run bench:profile`: where the time goes for four reads on the benchmark database: my
 * caseload, the team view, search and one client file. Each read on an api process of its own,
 * started as `npm run bench` starts it but under `node --cpu-prof`: 10 s of unmeasured load, then
 * BENCH_DURATION_S seconds at saturation (CONNECTIONS connections, closed loop), then SIGTERM so
 * that the process exits normally and Node writes its profile. For that window: throughput and
 * latency, the api's CPU by where the code lives (Node and V8, each package, each of Yorisoi's
 * libraries) and its 15 most expensive functions, and, when pg_stat_statements can be read, the
 * SQL statements by time. Markdown on the console and in BENCH_OUTPUT (/tmp/bench-profile.md by
 * default: docs/benchmarks.md is `npm run bench`'s). The profiles stay in a temporary folder, named
 * at the end, for Chrome DevTools.
 */
const OUTPUT = process.env.BENCH_OUTPUT ?? '/tmp/bench-profile.md';
/** A fresh process compiles its hot paths and fills its pool first: none of that in the window. */
const WARM_UP_S = 10;
const TOP_FUNCTIONS = 15;
const TOP_STATEMENTS = 15;
const STATEMENT_TEXT = 100;
/** Files per caseworker the client file read cycles through. */
const FILES_PER_CASEWORKER = 50;

interface Read {
  readonly name: string;
  readonly request: string;
  readonly target: Target;
}

interface ReadProfile {
  readonly read: Read;
  readonly measured: Measured;
  readonly requests: number;
  readonly profile: ProfileSummary;
  readonly cpu: CpuShares;
  readonly statements: StatementsSummary | null;
  /** Other programs' connections to the benchmark database that ran a statement in the window. */
  readonly otherConnections: number;
}

async function main(): Promise<void> {
  const documentsDir = mkdtempSync(join(os.tmpdir(), 'yorisoi-bench-documents-'));
  const profilesDir = mkdtempSync(join(os.tmpdir(), 'yorisoi-bench-profile-'));
  const env = benchEnv(documentsDir);
  const database = decodeURIComponent(new URL(env.DATABASE_URL).pathname.slice(1));
  const { db, sharedBuffersMb } = await connectBenchDatabase(env.DATABASE_URL);
  const running = new Set<ApiProcess>();
  try {
    const withStatements = await statementsReadable(db);
    if (!withStatements) {
      console.log("pg_stat_statements cannot be read: the SQL is left out. To have it, set shared_preload_libraries = 'pg_stat_statements' in postgresql.conf and restart PostgreSQL.");
    }
    const caseworkers = await measuredCaseworkers(db);
    const supervisors = await measuredSupervisors(db);
    const files = await filesOf(db, caseworkers.map((c) => c.id));

    // Sessions live in the database: signed in through one api process, every other accepts them.
    const signing = await startBenchApi(env);
    running.add(signing);
    const signingBase = `http://127.0.0.1:${signing.port}`;
    const caseworkerCookies = await Promise.all(caseworkers.map((c) => signIn(signingBase, c.email)));
    const supervisorCookies = await Promise.all(supervisors.map((s) => signIn(signingBase, s.email)));
    await stopProcess(signing.child);
    running.delete(signing);

    const reads: Read[] = [
      {
        name: 'My caseload',
        request: `GET /api/caseload?limit=50 as ${caseworkers.length} caseworkers`,
        target: (c) => ({ path: '/api/caseload?limit=50', cookie: caseworkerCookies[c % caseworkers.length] }),
      },
      {
        name: 'Team view',
        request: `GET /api/caseload/team as ${supervisors.length} supervisors`,
        target: (c) => ({ path: '/api/caseload/team', cookie: supervisorCookies[c % supervisors.length] }),
      },
      {
        name: 'Search',
        request: `GET /api/clients?limit=50&q=… as ${supervisors.length} supervisors (the bench's mix of ${SEARCHES.length} names)`,
        target: (c, n) => ({ path: `/api/clients?limit=50&q=${encodeURIComponent(SEARCHES[(c + n) % SEARCHES.length])}`, cookie: supervisorCookies[c % supervisors.length] }),
      },
      {
        name: 'A client file',
        request: `GET /api/clients/:id as ${caseworkers.length} caseworkers, each cycling through up to ${FILES_PER_CASEWORKER} of the open files assigned to them`,
        target: (c, n) => {
          const own = files.get(caseworkers[c % caseworkers.length].id) ?? [];
          return { path: `/api/clients/${own[n % own.length]}`, cookie: caseworkerCookies[c % caseworkers.length] };
        },
      },
    ];

    const profiles: ReadProfile[] = [];
    for (const [index, read] of reads.entries()) {
      const folder = join(profilesDir, `${index + 1}-${read.name.toLowerCase().replace(/[^a-z]+/g, '-')}`);
      mkdirSync(folder);
      const api = await startBenchApi(env, { nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${folder}`] });
      running.add(api);
      const profiled = await profileRead({ api, db, read, folder, database, withStatements });
      running.delete(api);
      console.log(read.name, { measured: profiled.measured, busyMs: Math.round(profiled.profile.busyUs / 1_000), sqlMs: profiled.statements ? Math.round(profiled.statements.totalMs) : null });
      profiles.push(profiled);
    }

    const [{ clients }] = (await db.query<{ clients: string }>('SELECT count(*)::text AS clients FROM client')).rows as [{ clients: string }];
    const pgVersion = (await db.query<{ server_version: string }>('SHOW server_version')).rows[0]?.server_version;
    const report = [
      ...heading(Number(clients), `${pgVersion ?? '?'} with shared_buffers ${sharedBuffersMb} MB`, withStatements),
      ...overview(profiles),
      ...profiles.flatMap(readSection),
      `The profiles (main thread, whole process life) are in ${profilesDir}: open them in Chrome DevTools (Performance) or VS Code for the call trees.`,
      '',
    ].join('\n');
    writeFileSync(OUTPUT, report);
    console.log(report);
  } finally {
    await Promise.all([...running].map((api) => stopProcess(api.child)));
    rmSync(documentsDir, { recursive: true, force: true });
    await db.end();
  }
}

/**
 * One read on its profiled api process: warm-up, then the window (pg_stat_statements reset just
 * before it and read just after), then the process stopped and its profile cut to the window.
 */
async function profileRead(options: {
  readonly api: ApiProcess;
  readonly db: pg.Client;
  readonly read: Read;
  /** Where the api's `--cpu-prof-dir` points. */
  readonly folder: string;
  readonly database: string;
  readonly withStatements: boolean;
}): Promise<ReadProfile> {
  const { api, db, read } = options;
  const pid = api.child.pid ?? -1;
  const base = `http://127.0.0.1:${api.port}`;
  await warmUp(base, read.target, WARM_UP_S);
  if (options.withStatements) await resetStatements(db);
  const before = cpuSnapshot();
  const windowStarted = new Date();
  const fromUs = monotonicUs();
  const measured = await saturateWithoutWarmUp(base, read.target, DURATION_S);
  const toUs = monotonicUs();
  const after = cpuSnapshot();
  const statementRows = options.withStatements ? await readStatements(db) : null;
  const otherConnections = await othersActiveSince(db, windowStarted, tcpPortsOf(pid));
  await stopProcess(api.child);
  const requests = Math.round(measured.rps * DURATION_S);
  return {
    read,
    measured,
    requests,
    profile: summariseProfile(readMainThreadProfile(options.folder, pid), { fromUs, toUs }),
    cpu: cpuShares(before, after, { apiPids: [pid], database: options.database }),
    statements: statementRows ? summariseStatements(statementRows, requests, { limit: TOP_STATEMENTS, textLength: STATEMENT_TEXT }) : null,
    otherConnections,
  };
}

/** Microseconds on the machine's monotonic clock: the clock of the profiles' timestamps. */
function monotonicUs(): number {
  return Number(process.hrtime.bigint() / 1_000n);
}

/** Up to FILES_PER_CASEWORKER open files assigned to each caseworker. */
async function filesOf(db: pg.Client, caseworkerIds: readonly string[]): Promise<Map<string, string[]>> {
  const { rows } = await db.query<{ user_id: string; files: string[] }>(
    `SELECT a.user_id, (array_agg(a.client_id ORDER BY a.client_id))[1:$2::int] AS files
       FROM client_assignment a JOIN client c ON c.id = a.client_id AND c.status = 'open'
      WHERE a.user_id = ANY($1::uuid[]) GROUP BY a.user_id`,
    [caseworkerIds, FILES_PER_CASEWORKER],
  );
  const files = new Map(rows.map((row) => [row.user_id, row.files]));
  const without = caseworkerIds.filter((id) => (files.get(id) ?? []).length === 0);
  if (without.length > 0) throw new Error(`${without.length} measured caseworkers have no open file assigned`);
  return files;
}

/** Whether pg_stat_statements is there to read: the extension created if it can be, and its view answering. */
async function statementsReadable(db: pg.Client): Promise<boolean> {
  try {
    await db.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
    await db.query('SELECT 1 FROM pg_stat_statements LIMIT 1');
    return true;
  } catch {
    return false;
  }
}

/**
 * Connections to the benchmark database, neither this one nor the api's (known by their client
 * ports), that have run a statement since `since`: another program whose statements
 * pg_stat_statements counted with the api's.
 */
async function othersActiveSince(db: pg.Client, since: Date, apiPorts: readonly number[]): Promise<number> {
  const { rows } = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM pg_stat_activity
      WHERE datname = current_database() AND backend_type = 'client backend' AND pid <> pg_backend_pid()
        AND NOT (coalesce(client_port, -1) = ANY($1::int[])) AND (state = 'active' OR query_start >= $2)`,
    [apiPorts, since],
  );
  return rows[0]?.n ?? 0;
}

/** The local TCP ports of process `pid`'s sockets (Linux /proc; none elsewhere). */
function tcpPortsOf(pid: number): number[] {
  const inodes = new Set<string>();
  try {
    for (const fd of readdirSync(`/proc/${pid}/fd`)) {
      const target = readlinkSync(`/proc/${pid}/fd/${fd}`, { encoding: 'utf8' });
      const socket = /^socket:\[(\d+)\]$/.exec(target);
      if (socket) inodes.add(socket[1]);
    }
  } catch {
    return [];
  }
  const ports: number[] = [];
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let lines: string[];
    try {
      lines = readFileSync(table, 'utf8').split('\n').slice(1);
    } catch {
      continue;
    }
    // "sl local_address rem_address st … uid timeout inode …", the address as hex IP:port.
    for (const line of lines) {
      const fields = line.trim().split(/\s+/);
      if (fields.length > 9 && inodes.has(fields[9])) ports.push(Number.parseInt(fields[1].split(':')[1], 16));
    }
  }
  return ports;
}

/** Forgets the benchmark database's statements only: other databases' figures are other people's. */
async function resetStatements(db: pg.Client): Promise<void> {
  await db.query('SELECT pg_stat_statements_reset(0, (SELECT oid FROM pg_database WHERE datname = current_database()), 0)');
}

/** The benchmark database's statements since the reset, but the bench's own reading of the view. */
async function readStatements(db: pg.Client): Promise<StatementStats[]> {
  const { rows } = await db.query<StatementStats>(
    `SELECT query, calls::float8 AS calls, total_exec_time AS "totalMs" FROM pg_stat_statements
      WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) AND query NOT LIKE '%pg_stat_statements%'`,
  );
  return rows;
}

/**
 * The main thread's profile of process `pid`: Node names each `CPU.<date>.<time>.<pid>.<thread>.<n>.cpuprofile`,
 * thread 0 being the main one (worker threads, a logger's transport say, write their own).
 */
function readMainThreadProfile(folder: string, pid: number): CpuProfile {
  const name = readdirSync(folder).find((file) => file.endsWith('.cpuprofile') && file.split('.')[3] === String(pid) && file.split('.')[4] === '0');
  if (!name) throw new Error(`no CPU profile of process ${pid}'s main thread in ${folder}: did the api exit normally?`);
  return JSON.parse(readFileSync(join(folder, name), 'utf8')) as CpuProfile;
}

function heading(clients: number, pgVersion: string, withStatements: boolean): string[] {
  return [
    '# Where the time goes: caseload, team view, search, a client file',
    '',
    `Measured by \`npm run bench:profile\` on ${new Date().toISOString().slice(0, 10)}, on the benchmark database (${clients.toLocaleString('en')} clients). Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}; Node.js ${process.version}; PostgreSQL ${pgVersion}. The api, PostgreSQL, Redis and the load generator share the cores.`,
    '',
    `Each read on an api process of its own, started as \`npm run bench\` starts it (production mode, a pool of ${API_POOL_SIZE}) under \`node --cpu-prof\`: V8's sampling profiler, about one sample a millisecond of the main thread (JavaScript, garbage collection on it, native code it calls; not libuv's thread pool nor V8's background threads). ${WARM_UP_S} s of unmeasured load, then ${DURATION_S} s at saturation: ${CONNECTIONS} connections, each sending its next request as soon as the last is answered. Every figure below is of that window alone. The profiler costs some throughput: compare req/s with \`npm run bench\`'s saturation runs with care.`,
    '',
    withStatements
      ? "SQL: pg_stat_statements, reset for this database just before the window and read just after: every statement run on the benchmark database in the window: another program using the database at the same time adds its own (flagged below when its connection is still open at the window's end). Execution time only (no planning), as PostgreSQL measures it: waiting for a connection from the api's pool is not in it."
      : "SQL: not measured (pg_stat_statements cannot be read; set shared_preload_libraries = 'pg_stat_statements' and restart PostgreSQL).",
    '',
  ];
}

function overview(profiles: readonly ReadProfile[]): string[] {
  const sql = (p: ReadProfile, value: (s: StatementsSummary) => string) => (p.statements ? value(p.statements) : '—');
  return [
    '| Read | req/s | p50 ms | p95 ms | p99 ms | errors | api CPU ms / request | api main thread busy | SQL ms / request | statements / request |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...profiles.map(
      (p) =>
        `| ${p.read.name} | ${p.measured.rps.toFixed(0)} | ${p.measured.p50.toFixed(0)} | ${p.measured.p95.toFixed(0)} | ${p.measured.p99.toFixed(0)} | ${p.measured.errors} | ${cpuPerRequest(p)} | ${percent(p.profile.busyUs / p.profile.spanUs)} | ${sql(p, (s) => s.msPerRequest.toFixed(2))} | ${sql(p, (s) => s.callsPerRequest.toFixed(1))} |`,
    ),
    '',
  ];
}

const KIND_NAMES: Record<PlaceKind, string> = { idle: 'idle', runtime: 'Node / V8', package: 'dependency', project: 'Yorisoi', other: 'other' };

function readSection(p: ReadProfile): string[] {
  const { profile, requests } = p;
  const ms = (us: number) => (us / 1_000).toLocaleString('en', { maximumFractionDigits: 0 });
  const ofBusy = (us: number) => percent(us / profile.busyUs);
  return [
    `## ${p.read.name}: ${p.read.request}`,
    '',
    `${requests.toLocaleString('en')} requests in ${DURATION_S} s: ${p.measured.rps.toFixed(0)} req/s; p50 ${p.measured.p50.toFixed(0)} ms, p95 ${p.measured.p95.toFixed(0)} ms, p99 ${p.measured.p99.toFixed(0)} ms; ${p.measured.errors} errors.`,
    `The api's main thread was busy ${ms(profile.busyUs)} ms of the ${ms(profile.spanUs)} ms window (${percent(profile.busyUs / profile.spanUs)}; idle ${ms(profile.idleUs)} ms): ${cpuPerRequest(p)} ms of CPU per request.`,
    `Cores in the window: api process ${p.cpu.api.toFixed(2)} (all its threads), PostgreSQL ${p.cpu.postgres.toFixed(2)}, Redis ${p.cpu.redis.toFixed(2)}, load generator ${p.cpu.loadGenerator.toFixed(2)}, other ${p.cpu.other.toFixed(2)}, of ${os.cpus().length}.`,
    '',
    "### The api's CPU by where the code lives",
    '',
    "Self time: the place's own code, as a share of the main thread's busy time. With what it called: plus the Node.js internals and V8 built-ins (socket writes, file stats, JSON, …) that its code called, charged to the nearest package or project code below them on the stack; on Node's and V8's own lines, what is left is the work no package or project code asked for (the event loop reading sockets, say).",
    '',
    '| Where | kind | self ms | self % | with what it called, % | with what it called, ms / request |',
    '|---|---|---|---|---|---|',
    ...profile.places.map(
      (place) => `| ${place.name} | ${KIND_NAMES[place.kind]} | ${ms(place.us)} | ${ofBusy(place.us)} | ${ofBusy(place.withCalledUs)} | ${(place.withCalledUs / 1_000 / requests).toFixed(3)} |`,
    ),
    '',
    `### The ${TOP_FUNCTIONS} functions with the most self time`,
    '',
    "For Node's and V8's functions, the package or project function below them on the stack that most of their time was for.",
    '',
    '| Function | file | where | % of busy | for |',
    '|---|---|---|---|---|',
    ...profile.functions.slice(0, TOP_FUNCTIONS).map((f) => `| ${cell(f.name)} | ${cell(f.location)} | ${f.place.name} | ${ofBusy(f.us)} | ${cell(f.calledFrom ?? '')} |`),
    '',
    ...statementsSection(p.statements, p.otherConnections),
  ];
}

function statementsSection(statements: StatementsSummary | null, otherConnections: number): string[] {
  if (!statements) return [];
  return [
    '### SQL by total time (pg_stat_statements)',
    '',
    ...(otherConnections > 0
      ? [`**${otherConnections === 1 ? 'Another connection' : `${otherConnections} other connections`} than the api's, open at the end of the window, ran statements on the benchmark database during it**: counted here too.`, '']
      : []),
    `${statements.callsPerRequest.toFixed(2)} statements and ${statements.msPerRequest.toFixed(2)} ms of execution per request (${statements.totalMs.toFixed(0)} ms in all).`,
    '',
    '| Statement | calls / request | mean ms | total ms | share of SQL time |',
    '|---|---|---|---|---|',
    ...statements.lines.map((line) => `| \`${cell(line.text)}\` | ${line.callsPerRequest.toFixed(2)} | ${line.meanMs.toFixed(3)} | ${line.totalMs.toFixed(0)} | ${percent(line.share)} |`),
    ...(statements.rest ? [`| ${statements.rest.statements} other statements | — | — | ${statements.rest.totalMs.toFixed(0)} | ${percent(statements.rest.share)} |`] : []),
    '',
  ];
}

function cpuPerRequest(p: ReadProfile): string {
  return (p.profile.busyUs / 1_000 / p.requests).toFixed(2);
}

function percent(ratio: number): string {
  return `${(ratio * 100).toFixed(1)} %`;
}

/** Text in a markdown table's cell: a pipe would end the cell. */
function cell(text: string): string {
  return text.replaceAll('|', '\\|');
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
