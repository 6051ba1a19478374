import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { createInterface } from 'node:readline';
import pg from 'pg';
import { Redis } from 'ioredis';
import {
  ConfigurationError,
  ensureLoginRole,
  LOCAL_SMTP_URL,
  loadConfig,
  quoteIdentifier,
  redisOptionsFromUrl,
  withCredentials,
  type AppConfig,
  type DatabaseRoleNames,
} from '#platform';
import { withDatabase } from '#platform/testing';
import { insertCaughtMail, startMailCatcher, type CaughtMessage } from '#notifications';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../apps/api/src/demo/demo-accounts.js';

/**
 * `npm start`: runs the api and the worker together on this machine for a demo or development.
 * Checks PostgreSQL and Redis first (and creates the database roles and the database if the server
 * has none), lets the api apply migrations and seed a demo organisation into an empty database,
 * then prints where to go. Deployments run `npm run start:api` and `npm run start:worker` instead.
 */

/**
 * The demo's two PostgreSQL roles, made through DATABASE_URL's role (by default the local
 * superuser) when DATABASE_MIGRATION_URL is not configured: the owner migrates, the api and the
 * worker run as the runtime role, as a deployment should.
 */
const DEMO_ROLES: DatabaseRoleNames = { owner: 'yorisoi_owner', runtime: 'yorisoi_app' };

const START_HINTS = {
  postgres: [
    'Debian/Ubuntu:  sudo pg_ctlcluster $(ls /etc/postgresql) main start',
    'macOS (brew):   brew services start postgresql@16',
    'Docker:         docker compose up -d postgres',
  ],
  redis: [
    'Debian/Ubuntu:  sudo systemctl start redis-server   (or: redis-server --daemonize yes)',
    'macOS (brew):   brew services start redis',
    'Docker:         docker compose up -d redis',
  ],
};

async function main(): Promise<void> {
  // A local demo: development mode (the development-only AUTH_SECRET is accepted), the demo
  // organisation is seeded and nobody needs an authenticator app, unless the .env file or the
  // environment says otherwise.
  const demoDefaults = { NODE_ENV: 'development', DEMO_SEED: 'true', AUTH_MFA_REQUIRED_ROLES: '' };
  const config = readConfig(demoDefaults);
  const connections = await ensurePostgres(config);
  await ensureRedis(config);
  const catcher = config.mail.smtpConfigured ? undefined : await startCatcher(connections.DATABASE_URL ?? config.database.url);

  const env = { ...demoDefaults, ...fileEnv(), ...process.env, ...connections };
  const children: ChildProcess[] = [];
  let stopping = false;
  const stop = (code: number) => {
    if (stopping) return;
    stopping = true;
    for (const child of children) child.kill('SIGTERM');
    Promise.all(children.map((child) => new Promise((resolve) => (child.exitCode !== null ? resolve(0) : child.once('exit', resolve))))).then(
      () => process.exit(code),
      () => process.exit(code),
    );
  };
  process.on('SIGINT', () => stop(0));
  process.on('SIGTERM', () => stop(0));
  process.on('exit', () => void catcher?.close());

  // Ctrl-C stops a local demo at once: no load balancer to drain away from.
  const api = run('api', 'dist/apps/api/src/main.js', { SHUTDOWN_DRAIN_MS: '0', ...env });
  children.push(api);
  api.once('exit', (code) => {
    if (!stopping) {
      say(`the api stopped (exit code ${code ?? 'none'}); stopping.`);
      stop(1);
    }
  });
  const base = `http://127.0.0.1:${config.http.port}`;
  await waitFor(`${base}/health/ready`, 90_000, 'the api did not become ready');

  const worker = run('worker', 'dist/apps/worker/src/main.js', env);
  children.push(worker);
  worker.once('exit', (code) => {
    if (!stopping) {
      say(`the worker stopped (exit code ${code ?? 'none'}); stopping.`);
      stop(1);
    }
  });
  await waitFor(`${base}/health/worker`, 60_000, 'the worker did not report in');

  printWelcome(config, catcher !== undefined);
}

/** The variables of the .env file, so the children see the same configuration as this launcher. */
function fileEnv(): Record<string, string> {
  try {
    return parseEnv(readFileSync('.env', 'utf8')) as Record<string, string>;
  } catch {
    return {};
  }
}

function readConfig(defaults: Record<string, string>): AppConfig {
  try {
    return loadConfig({ ...defaults, ...fileEnv(), ...process.env }, { envFile: false });
  } catch (error) {
    if (error instanceof ConfigurationError) fail(error.message);
    throw error;
  }
}

/**
 * Makes sure the server answers and the database exists. Returns the connections the api and the
 * worker get: the demo's runtime and owner roles when this launcher made them, nothing when the
 * configuration names its own (DATABASE_MIGRATION_URL) or DATABASE_URL's role cannot make roles.
 */
async function ensurePostgres(config: AppConfig): Promise<Record<string, string>> {
  const adminUrl = config.database.migrationUrl ?? config.database.url;
  const url = new URL(adminUrl);
  const where = `${url.hostname}:${url.port || 5432}`;
  const database = url.pathname.slice(1);
  let superuser = false;
  try {
    const [row] = await query<{ superuser: boolean }>(withDatabase(adminUrl, 'postgres'), 'SELECT rolsuper AS superuser FROM pg_roles WHERE rolname = current_user');
    superuser = row?.superuser === true;
  } catch (error) {
    fail(`PostgreSQL is not reachable at ${where} (${describe(error)}). Start it, then run npm start again:\n  ${START_HINTS.postgres.join('\n  ')}\nOr point DATABASE_URL in .env at your server.`);
  }
  if (config.database.migrationUrl !== undefined || !superuser) {
    if (!(await databaseExists(adminUrl, database))) {
      await query(withDatabase(adminUrl, 'postgres'), `CREATE DATABASE ${quoteIdentifier(database)}`);
      say(`created the database "${database}" on ${where}`);
    }
    if (config.database.migrationUrl === undefined) {
      say(`DATABASE_URL's role may not create roles, so the api and the worker run as the owner of the tables (see README, "Database roles").`);
    }
    return {};
  }
  return setUpDemoRoles(adminUrl, database, where);
}

/**
 * As a superuser: the owner and runtime roles (with fresh passwords each start, handed to the
 * children only, so they work under password authentication as under trust), and the database
 * owned by the owner. A database from before roles were split is handed over to the owner.
 */
async function setUpDemoRoles(adminUrl: string, database: string, where: string): Promise<Record<string, string>> {
  const passwords = { owner: randomBytes(24).toString('hex'), runtime: randomBytes(24).toString('hex') };
  const owner = quoteIdentifier(DEMO_ROLES.owner);
  await withClient(withDatabase(adminUrl, 'postgres'), async (admin) => {
    await ensureLoginRole(admin, DEMO_ROLES.owner, { password: passwords.owner, resetPassword: true });
    await ensureLoginRole(admin, DEMO_ROLES.runtime, { password: passwords.runtime, resetPassword: true });
  });
  if (await databaseExists(adminUrl, database)) {
    await withClient(withDatabase(adminUrl, database), (admin) => handOver(admin, database));
  } else {
    await query(withDatabase(adminUrl, 'postgres'), `CREATE DATABASE ${quoteIdentifier(database)} OWNER ${owner}`);
    say(`created the database "${database}" on ${where}`);
  }
  // Databases first made before PostgreSQL 15 let every role create tables in public.
  await query(withDatabase(adminUrl, database), 'REVOKE CREATE ON SCHEMA public FROM PUBLIC');
  const url = withDatabase(adminUrl, database);
  return {
    DATABASE_URL: withCredentials(url, DEMO_ROLES.runtime, passwords.runtime),
    DATABASE_MIGRATION_URL: withCredentials(url, DEMO_ROLES.owner, passwords.owner),
  };
}

/** Gives the database and everything in its public schema to the demo's owner role. */
async function handOver(admin: pg.Client, database: string): Promise<void> {
  const owner = quoteIdentifier(DEMO_ROLES.owner);
  await admin.query(`ALTER DATABASE ${quoteIdentifier(database)} OWNER TO ${owner}`);
  const { rows } = await admin.query<{ statement: string }>(
    `SELECT format('ALTER %s %s OWNER TO %I', CASE c.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END, c.oid::regclass, $1::text) AS statement
       FROM pg_class c
      WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'S') AND c.relowner <> (SELECT oid FROM pg_roles WHERE rolname = $1)
        -- a sequence behind a column moves with its table
        AND NOT (c.relkind = 'S' AND EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('a', 'i')))
     UNION ALL
     SELECT format('ALTER FUNCTION %s OWNER TO %I', p.oid::regprocedure, $1::text)
       FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace AND p.proowner <> (SELECT oid FROM pg_roles WHERE rolname = $1)
     UNION ALL
     SELECT format('ALTER TYPE %s OWNER TO %I', t.oid::regtype, $1::text)
       FROM pg_type t WHERE t.typnamespace = 'public'::regnamespace AND t.typtype IN ('e', 'd') AND t.typowner <> (SELECT oid FROM pg_roles WHERE rolname = $1)`,
    [DEMO_ROLES.owner],
  );
  for (const { statement } of rows) await admin.query(statement);
  if (rows.length > 0) say(`handed the tables of "${database}" to the role ${DEMO_ROLES.owner}; the api and the worker now run as ${DEMO_ROLES.runtime}`);
}

async function databaseExists(adminUrl: string, database: string): Promise<boolean> {
  const rows = await query(withDatabase(adminUrl, 'postgres'), 'SELECT 1 FROM pg_database WHERE datname = $1', [database]);
  return rows.length > 0;
}

async function withClient<T>(url: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

async function query<T extends pg.QueryResultRow = pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  return withClient(url, async (client) => (await client.query<T>(sql, params)).rows);
}

async function ensureRedis(config: AppConfig): Promise<void> {
  const url = new URL(config.redis.url);
  const redis = new Redis({ ...redisOptionsFromUrl(config.redis.url), lazyConnect: true, retryStrategy: () => null, maxRetriesPerRequest: 0 });
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    fail(`Redis is not reachable at ${url.hostname}:${url.port || 6379} (${describe(error)}). Start it, then run npm start again:\n  ${START_HINTS.redis.join('\n  ')}\nOr point REDIS_URL in .env at your server.`);
  } finally {
    redis.disconnect();
  }
}

/**
 * No SMTP server configured: catch the mail on smtp://127.0.0.1:1025 and keep it in the database,
 * where each person reads the mail addressed to them under *Caught mail* in the dashboard (GET
 * /api/caught-mail); administrators see every message, with other people's sign-in links redacted.
 *
 * Someone who is not signed in yet (a new invitation, a forgotten password) cannot read their own
 * link there, so this terminal shows it: whoever runs `npm start` owns the demo and its database
 * anyway. Nothing else of a message is printed.
 */
/** The one-time links of invitation and password-reset mails (libs/accounts builds them). */
const SIGN_IN_LINK = /https?:\/\/\S+\/(?:accept-invitation|reset-password)#token=[A-Za-z0-9_-]+/;

async function startCatcher(databaseUrl: string) {
  const port = Number(new URL(LOCAL_SMTP_URL).port);
  const store = async (message: CaughtMessage) => {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      await insertCaughtMail(client, message);
    } finally {
      await client.end();
    }
    const signInLink = SIGN_IN_LINK.exec(message.textBody)?.[0];
    say(
      signInLink
        ? `caught an email: "${message.subject}"; its link (for the recipient only): ${signInLink}`
        : `caught an email: "${message.subject}" (the recipient reads it under Caught mail)`,
    );
  };
  try {
    return await startMailCatcher({ port, onMessage: store });
  } catch (error) {
    fail(`could not start the mail catcher on port ${port} (${describe(error)}). Stop what uses it, or set SMTP_URL to your mail server.`);
  }
}

/** Starts a process and prints its JSON log lines as short readable ones. */
function run(name: string, script: string, env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(process.execPath, [script], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => {
      const formatted = formatLine(name, line);
      if (formatted !== undefined) process.stdout.write(`${formatted}\n`);
    });
  }
  return child;
}

/** Nest's start-up chatter, and the probes this launcher makes itself: not worth a newcomer's attention. */
const QUIET_CONTEXTS = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestFactory', 'NestApplication']);

function formatLine(name: string, line: string): string | undefined {
  const label = name.padEnd(6);
  try {
    const entry = JSON.parse(line) as { time?: string; level?: string; msg?: string; context?: string; [key: string]: unknown };
    if (entry.level === 'info' && entry.context && QUIET_CONTEXTS.has(entry.context)) return undefined;
    if (entry.msg === 'request' && String(entry.path).startsWith('/health/')) return undefined;
    const time = entry.time ? entry.time.slice(11, 19) : '';
    const level = entry.level && entry.level !== 'info' ? `${entry.level.toUpperCase()} ` : '';
    const detail =
      entry.msg === 'request'
        ? `${String(entry.method)} ${String(entry.path)} ${String(entry.status)} ${String(entry.durationMs)}ms`
        : (entry.msg ?? '');
    return `${time} ${label} ${level}${entry.context ? `[${entry.context}] ` : ''}${detail}`;
  } catch {
    return `         ${label} ${line}`;
  }
}

async function waitFor(url: string, timeoutMs: number, message: string): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  fail(`${message} within ${Math.round(timeoutMs / 1000)} s; see the log above.`);
}

function printWelcome(config: AppConfig, catching: boolean): void {
  const width = Math.max(...DEMO_ACCOUNTS.map((a) => a.email.length));
  const lines = [
    '',
    '  Yorisoi is running.',
    '',
    `  Dashboard and API:  ${config.http.publicUrl}`,
    `  API documentation:  ${config.http.publicUrl}/api/docs`,
    `  Health:             ${config.http.publicUrl}/health/ready`,
    '',
    `  Demo sign-ins (password for all: ${DEMO_PASSWORD}), if the database was empty:`,
    ...DEMO_ACCOUNTS.map((a) => `    ${a.email.padEnd(width)}  ${a.role.padEnd(10)}  ${a.displayName}`),
    '',
    catching
      ? '  Email: no SMTP_URL set, so mail is caught locally: each person reads theirs under Caught mail.'
      : `  Email: sent through ${new URL(config.mail.smtpUrl).host}.`,
    config.auth.mfaRequiredRoles.length === 0
      ? '  Second factor: not required in this demo (set AUTH_MFA_REQUIRED_ROLES for real use).'
      : `  Second factor: required for ${config.auth.mfaRequiredRoles.join(', ')}.`,
    '',
    '  Press Ctrl+C to stop.',
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

function say(message: string): void {
  process.stdout.write(`yorisoi: ${message}\n`);
}

function fail(message: string): never {
  process.stderr.write(`yorisoi: ${message}\n`);
  process.exit(1);
}

function describe(error: unknown): string {
  if (error instanceof AggregateError) return error.errors.map(describe).join(', ');
  return error instanceof Error ? error.message || error.name : String(error);
}

main().catch((error: unknown) => fail(`could not start: ${describe(error)}`));
