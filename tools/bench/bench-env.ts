import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import { benchDatabaseUrl } from './bench-database.js';
import { CONNECTIONS, freePort, startProcess } from './bench-http.js';
import type { ApiProcess } from './proxy-bench.js';

/**
 * What `npm run bench` and `npm run bench:profile` share, so that the profile explains the very
 * processes, users and requests the bench measures.
 */

/** The database pool of each api process of the bench. */
export const API_POOL_SIZE = 10;

/** The names supervisors search for: 1–3 characters in kanji, kana, Latin and Arabic script. */
export const SEARCHES = ['李', '山田', 'ペレ', 'カーン', 'デミル', 'ka', 'ng', 'per', 'khan', 'アミナ', 'チョー', 'fer', 'チャン', 'رحی', 'ハサン'];

/** The environment of every process the bench starts: production mode, on the benchmark database. */
export function benchEnv(documentsDir: string): NodeJS.ProcessEnv & { readonly DATABASE_URL: string } {
  return {
    ...process.env,
    NODE_ENV: 'production',
    AUTH_SECRET: 'bench-only-secret-bench-only-secret-bench',
    AUTH_MFA_REQUIRED_ROLES: '',
    DATABASE_URL: benchDatabaseUrl(),
    REDIS_PREFIX: 'yorisoi_bench',
    LOG_LEVEL: 'info',
    DEMO_SEED: 'false',
    MIGRATIONS_RUN: 'true',
    // One load generator on one address plays every user at saturation: the request limits would
    // refuse it, which is their job. The bench measures capacity, with the limiter's Redis step
    // still on every request.
    RATE_LIMIT_PER_USER: '1000000',
    RATE_LIMIT_PER_ADDRESS: '1000000',
    DOCUMENTS_DIR: documentsDir,
    DOCUMENTS_MASTER_KEY: randomBytes(32).toString('base64'),
  };
}

/** An api process of the bench on a port of its own, with `poolSize` database connections, under `node <nodeArgs>`. */
export async function startBenchApi(env: NodeJS.ProcessEnv, options: { readonly poolSize?: number; readonly nodeArgs?: readonly string[] } = {}): Promise<ApiProcess> {
  const port = await freePort();
  const child = await startProcess(
    'dist/apps/api/src/main.js',
    { ...env, PORT: String(port), DATABASE_POOL_SIZE: String(options.poolSize ?? API_POOL_SIZE) },
    'api listening',
    options.nodeArgs,
  );
  return { child, port };
}

/** The CONNECTIONS caseworkers measured: those holding the most files. */
export async function measuredCaseworkers(db: pg.Client): Promise<{ id: string; email: string }[]> {
  return (
    await db.query<{ id: string; email: string }>(
      `SELECT u.id, u.email FROM user_account u WHERE u.role = 'caseworker' ORDER BY (SELECT count(*) FROM client_assignment a WHERE a.user_id = u.id) DESC LIMIT $1`,
      [CONNECTIONS],
    )
  ).rows;
}

/** The CONNECTIONS supervisors measured, with the teams each supervises. */
export async function measuredSupervisors(db: pg.Client): Promise<{ id: string; email: string; teams: string[] }[]> {
  return (
    await db.query<{ id: string; email: string; teams: string[] }>(
      `SELECT u.id, u.email, array_agg(m.team_id) AS teams FROM user_account u JOIN team_membership m ON m.user_id = u.id AND m.kind = 'supervisor'
        WHERE u.role = 'supervisor' GROUP BY u.id ORDER BY u.email LIMIT $1`,
      [CONNECTIONS],
    )
  ).rows;
}
