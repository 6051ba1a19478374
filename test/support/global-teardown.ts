import pg from 'pg';
import { Redis } from 'ioredis';
import { loadConfig, redisOptionsFromUrl } from '#platform';
import { TEST_DATABASE_PREFIX, withDatabase } from '#platform/testing';

/** Drops the run's database and deletes the run's Redis keys. */
export default async function globalTeardown(): Promise<void> {
  const name = process.env.YORISOI_TEST_RUN;
  if (!name?.startsWith(TEST_DATABASE_PREFIX)) return;
  if (process.env.KEEP_TEST_DATABASE === 'true') {
    process.stdout.write(`\nkept test database ${name}\n`);
    return;
  }
  const config = loadConfig(process.env, { envFile: false });

  const admin = new pg.Client({ connectionString: withDatabase(config.database.url, 'postgres') });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }

  const redis = new Redis({ ...redisOptionsFromUrl(config.redis.url), lazyConnect: true });
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${name}:*`, 'COUNT', 1000);
      if (keys.length > 0) await redis.unlink(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
