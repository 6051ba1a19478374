// Drops the run's database and deletes the run's Redis keys (see global-setup.js).
import { rmSync } from 'node:fs';
import pg from 'pg';
import { Redis } from 'ioredis';

const PREFIX = 'yorisoi_test_';

export default async function globalTeardown() {
  const name = process.env.YORISOI_TEST_RUN;
  if (!name?.startsWith(PREFIX)) return;
  if (process.env.KEEP_TEST_DATABASE === 'true') {
    process.stdout.write(`\nkept test database ${name}\n`);
    return;
  }
  if (process.env.DOCUMENTS_DIR?.includes(PREFIX)) rmSync(process.env.DOCUMENTS_DIR, { recursive: true, force: true });
  // The roles stay: concurrent runs share them (see global-setup.js).
  const admin = new pg.Client({ connectionString: process.env.YORISOI_TEST_ADMIN_URL });
  await admin.connect();
  try {
    // Includes the databases individual tests made for themselves (`<run>_…`).
    const { rows } = await admin.query('SELECT datname FROM pg_database WHERE datname = $1 OR datname LIKE $2', [
      name,
      `${name}\\_%`,
    ]);
    for (const row of rows) await admin.query(`DROP DATABASE IF EXISTS "${row.datname}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }

  const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { lazyConnect: true });
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${name}*`, 'COUNT', 1000);
      if (keys.length > 0) await redis.unlink(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
