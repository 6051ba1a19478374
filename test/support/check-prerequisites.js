// `npm test` runs this first (pretest): a missing prerequisite stops the run at once with one
// line saying how to get it, instead of dozens of tests timing out one by one.
// Plain JavaScript: it runs before the build.
import { accessSync, constants } from 'node:fs';
import { connect } from 'node:net';

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
const postgres = hostAndPort(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/yorisoi', 5432);
const redis = hostAndPort(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', 6379);
const [postgresUp, redisUp] = await Promise.all([reachable(postgres.host, postgres.port), reachable(redis.host, redis.port)]);
if (!postgresUp) problems.push(`npm test needs PostgreSQL at ${postgres.host}:${postgres.port}: start it (README, "Test it").`);
if (!redisUp) problems.push(`npm test needs Redis at ${redis.host}:${redis.port}: start it (README, "Test it").`);

if (problems.length > 0) {
  for (const problem of problems) console.error(problem);
  process.exit(1);
}
