import { loadConfig } from '#platform';
import { withDatabase } from '#platform/testing';

/** The benchmark's own database, never the one Yorisoi runs on. */
export function benchDatabaseUrl(): string {
  const config = loadConfig(process.env, { usesAuthSecret: false });
  return process.env.BENCH_DATABASE_URL ?? withDatabase(config.database.url, 'yorisoi_bench');
}

export const BENCH_PASSWORD = 'bench-password-2026';
