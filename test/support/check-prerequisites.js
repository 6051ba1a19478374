// `npm test` runs this first (pretest): a missing prerequisite stops the run at once with one
// line saying how to get it, instead of dozens of tests timing out one by one.
// Plain JavaScript: it runs before the build.
import { accessSync, constants } from 'node:fs';
import { connect } from 'node:net';
import pg from 'pg';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function reachable(host, port) {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 3_000 });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.once('connect', () => done(true));
    socket.once('timeout', () => done(false));
    socket.once('error', () => done(false));
  });
}

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The scale test's replica (test/support/replica.ts) copies the cluster with pg_basebackup over a
 * replication connection: asks for one, and the server's major version (the harness runs that
 * version's pg_basebackup and postgres). Undefined when refused.
 */
async function replicationMajorVersion(url) {
  const client = new pg.Client({ connectionString: url, replication: 'true', connectionTimeoutMillis: 3_000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('IDENTIFY_SYSTEM');
    const { rows } = await client.query('SHOW server_version_num');
    return Math.floor(Number(rows[0].server_version_num) / 10_000);
  } catch {
    return undefined;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function hostAndPort(url, defaultPort) {
  const parsed = new URL(url);
  return { host: parsed.hostname.replace(/^\[|\]$/g, '') || '127.0.0.1', port: Number(parsed.port || defaultPort) };
}

const problems = [];
try {
  accessSync(chromium, constants.X_OK);
} catch {
  problems.push(`npm test needs Chromium at ${chromium} for the dashboard tests: apt-get install chromium (or set CHROMIUM_PATH).`);
}
const pdftotext = (process.env.PATH ?? '').split(':').some((folder) => {
  try {
    accessSync(`${folder}/pdftotext`, constants.X_OK);
    return true;
  } catch {
    return false;
  }
});
if (!pdftotext) problems.push('npm test needs pdftotext to read referral letters back: apt-get install poppler-utils.');
if (!executable(process.env.NGINX_PATH ?? '/usr/sbin/nginx')) problems.push('npm test needs nginx for the scale test: apt-get install nginx.');
const databaseUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/yorisoi';
const postgres = hostAndPort(databaseUrl, 5432);
const redis = hostAndPort(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', 6379);
const [postgresUp, redisUp] = await Promise.all([reachable(postgres.host, postgres.port), reachable(redis.host, redis.port)]);
if (!postgresUp) problems.push(`npm test needs PostgreSQL at ${postgres.host}:${postgres.port}: start it (README, "Test it").`);
if (!redisUp) problems.push(`npm test needs Redis at ${redis.host}:${redis.port}: start it (README, "Test it").`);
if (postgresUp) {
  const major = await replicationMajorVersion(databaseUrl);
  const bin = process.env.POSTGRES_BINDIR ?? `/usr/lib/postgresql/${major}/bin`;
  if (major === undefined) {
    problems.push(
      `npm test needs PostgreSQL to accept replication connections from 127.0.0.1 for the scale test: add 'host replication all 127.0.0.1/32 trust' to pg_hba.conf and reload (README, "Test it").`,
    );
  } else if (!executable(`${bin}/pg_basebackup`) || !executable(`${bin}/postgres`)) {
    problems.push(`npm test needs pg_basebackup and postgres ${major} in ${bin} for the scale test's replica: apt-get install postgresql-${major} (or set POSTGRES_BINDIR).`);
  }
}

if (problems.length > 0) {
  for (const problem of problems) console.error(problem);
  process.exit(1);
}
