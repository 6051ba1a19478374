import pg from 'pg';
import { loadConfig } from '#platform';
import { withDatabase } from '#platform/testing';

/** The benchmark's own database, never the one Yorisoi runs on. */
export function benchDatabaseUrl(): string {
  const config = loadConfig(process.env, { usesAuthSecret: false });
  return process.env.BENCH_DATABASE_URL ?? withDatabase(config.database.url, 'yorisoi_bench');
}

export const BENCH_PASSWORD = 'bench-password-2026';

/**
 * PostgreSQL's own buffer cache the bench needs, in MB. The 20 caseloads measured read about
 * 2,500 buffers each; with PostgreSQL's default of 128 MB their pages do not stay in it, and a
 * quarter of each read came from the operating system's cache, one system call a page: the
 * caseload's statement took 7.5 ms instead of 3.9 (docs/benchmarks.md, issue 16). Every
 * deployment sizes it (docs/deploy.md, "PostgreSQL settings"); the bench measures Yorisoi, not
 * PostgreSQL's default.
 */
export const MIN_SHARED_BUFFERS_MB = 1024;

/**
 * A connection to the benchmark database and its buffer cache in MB. Exits with one line saying
 * what to do when there is no such database or its cache is under MIN_SHARED_BUFFERS_MB.
 */
export async function connectBenchDatabase(url: string): Promise<{ readonly db: pg.Client; readonly sharedBuffersMb: number }> {
  const db = new pg.Client({ connectionString: url });
  await db.connect().catch(() => {
    console.error('No benchmark database: run `npm run seed:bench -- --clients 100000` first.');
    process.exit(1);
  });
  const { rows } = await db.query<{ mb: string }>(
    `SELECT (setting::bigint * current_setting('block_size')::bigint / 1048576)::text AS mb FROM pg_settings WHERE name = 'shared_buffers'`,
  );
  const sharedBuffersMb = Number(rows[0]?.mb ?? 0);
  if (sharedBuffersMb < MIN_SHARED_BUFFERS_MB) {
    console.error(
      `PostgreSQL's shared_buffers is ${sharedBuffersMb} MB; the bench needs ${MIN_SHARED_BUFFERS_MB} MB or more (docs/deploy.md, "PostgreSQL settings"): run ALTER SYSTEM SET shared_buffers = '1GB' as a superuser, then restart PostgreSQL.`,
    );
    await db.end();
    process.exit(1);
  }
  return { db, sharedBuffersMb };
}
