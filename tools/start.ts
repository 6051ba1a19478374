import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { createInterface } from 'node:readline';
import pg from 'pg';
import { Redis } from 'ioredis';
import { ConfigurationError, LOCAL_SMTP_URL, loadConfig, redisOptionsFromUrl, type AppConfig } from '#platform';
import { withDatabase } from '#platform/testing';
import { startMailCatcher, type CaughtMessage } from '#notifications';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../apps/api/src/demo/demo-accounts.js';

/**
 * `npm start`: runs the api and the worker together on this machine for a demo or development.
 * Checks PostgreSQL and Redis first (and creates the database if the server has none), lets the
 * api apply migrations and seed a demo organisation into an empty database, then prints where to
 * go. Deployments run `npm run start:api` and `npm run start:worker` instead.
 */

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
  // A local demo: the demo organisation is seeded and nobody needs an authenticator app, unless
  // the .env file or the environment says otherwise.
  const demoDefaults = { DEMO_SEED: 'true', AUTH_MFA_REQUIRED_ROLES: '' };
  const config = readConfig(demoDefaults);
  await ensurePostgres(config);
  await ensureRedis(config);
  const catcher = config.mail.smtpConfigured ? undefined : await startCatcher(config);

  const env = { ...demoDefaults, ...fileEnv(), ...process.env };
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

  const api = run('api', 'dist/apps/api/src/main.js', env);
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

async function ensurePostgres(config: AppConfig): Promise<void> {
  const url = new URL(config.database.url);
  const where = `${url.hostname}:${url.port || 5432}`;
  const database = url.pathname.slice(1);
  try {
    await query(config.database.url, 'SELECT 1');
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === '3D000') {
      await query(withDatabase(config.database.url, 'postgres'), `CREATE DATABASE "${database}"`);
      say(`created the database "${database}" on ${where}`);
      return;
    }
    fail(`PostgreSQL is not reachable at ${where} (${describe(error)}). Start it, then run npm start again:\n  ${START_HINTS.postgres.join('\n  ')}\nOr point DATABASE_URL in .env at your server.`);
  }
}

async function query(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
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
 * where administrators read it in the dashboard (and through GET /api/admin/caught-mail).
 */
async function startCatcher(config: AppConfig) {
  const port = Number(new URL(LOCAL_SMTP_URL).port);
  const store = async (message: CaughtMessage) => {
    const client = new pg.Client({ connectionString: config.database.url });
    await client.connect();
    try {
      await client.query(
        `INSERT INTO caught_mail (received_at, envelope_from, envelope_to, subject, message_id, text_body, html_body)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [message.receivedAt, message.envelopeFrom, message.envelopeTo, message.subject, message.messageId, message.textBody, message.htmlBody],
      );
    } finally {
      await client.end();
    }
    say(`caught an email: "${message.subject}" (read it as an administrator)`);
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
      ? '  Email: no SMTP_URL set, so mail is caught locally; administrators read it in the dashboard.'
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
