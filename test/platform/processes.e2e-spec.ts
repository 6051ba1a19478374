import { afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { MIGRATIONS_TABLE } from '#platform';
import { TEST_ROLES, testConfig, type TestDatabaseUrls } from '#platform/testing';
import { schema } from '#migrations';
import { DEMO_CLIENTS } from '../../apps/api/src/demo/demo-clients.js';
import { emptyDatabase } from '../support/fresh-database.js';
import { pollUntil } from '../support/poll.js';
import { API_MAIN, freePort, startProcess, WORKER_MAIN, type RunningProcess } from '../support/processes.js';

describe('api and worker processes', () => {
  const running: RunningProcess[] = [];
  afterEach(async () => {
    for (const process of running.splice(0)) {
      if (process.child.exitCode === null) process.child.kill('SIGKILL');
      await process.exited;
    }
  });

  function start(script: string, env: Record<string, string>): RunningProcess {
    const process = startProcess(script, env);
    running.push(process);
    return process;
  }

  it.each([
    [{ PORT: 'eighty' }, /^Invalid configuration: PORT must be an integer port number/],
    [{ DATABASE_URL: 'mysql://root@localhost/yorisoi' }, /^Invalid configuration: DATABASE_URL must be a PostgreSQL URL/],
    // Outside development and test (an unset NODE_ENV means production) the published key is refused.
    [{ NODE_ENV: '', AUTH_SECRET: '' }, /^Invalid configuration: AUTH_SECRET must be set .*NODE_ENV is unset, which means production/],
  ])('stops the api at start-up with one line naming the bad variable (%o)', async (env, message) => {
    const api = start(API_MAIN, env);
    expect(await api.exited).toBe(1);
    const lines = api.output().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
  });

  it('stops the worker at start-up on a bad variable too', async () => {
    const worker = start(WORKER_MAIN, { WORKER_CONCURRENCY: 'lots' });
    expect(await worker.exited).toBe(1);
    expect(worker.output().trim()).toMatch(/^Invalid configuration: WORKER_CONCURRENCY must be an integer/);
  });

  it('shuts the worker down cleanly on SIGTERM', async () => {
    const prefix = `${testConfig().redis.prefix}-proc`;
    const worker = start(WORKER_MAIN, { REDIS_PREFIX: prefix });
    await pollUntil(() => Promise.resolve(worker.output().includes('worker started')), 20_000);
    worker.child.kill('SIGTERM');
    expect(await worker.exited).toBe(0);
    // Jobs first, then the mail connections (the queue connections and database pool after them).
    const output = worker.output();
    expect(output).toContain('worker stopped');
    expect(output.indexOf('mail connections closed')).toBeGreaterThan(output.indexOf('worker stopped'));
  }, 30_000);

  describe('two api processes starting at once on an empty database', () => {
    const database = `${testConfig().redis.prefix}_twins`;
    let urls: TestDatabaseUrls;

    beforeAll(async () => {
      urls = await emptyDatabase('twins');
    });

    it('both become ready, each migration runs once (as the owner) and the demo organisation is seeded once', async () => {
      const url = urls.runtimeUrl;
      const ports = [await freePort(), await freePort()];
      const apis = ports.map((port) =>
        start(API_MAIN, {
          DATABASE_URL: url,
          DATABASE_MIGRATION_URL: urls.migrationUrl,
          MIGRATIONS_RUN: 'true',
          DEMO_SEED: 'true',
          PORT: String(port),
          REDIS_PREFIX: `${database}-r`,
        }),
      );
      for (const port of ports) {
        await pollUntil(async () => (await fetch(`http://127.0.0.1:${port}/health/ready`)).status === 200, 60_000, 250);
      }
      expect(apis.every((api) => api.child.exitCode === null)).toBe(true);

      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const { rows } = await client.query<{ name: string; runs: string }>(
        `SELECT name, count(*) AS runs FROM ${MIGRATIONS_TABLE} GROUP BY name ORDER BY name`,
      );
      // The demo: its accounts once, every file of its current stories with something to track
      // (the invented history's files are decided, closed or waiting on ISA), reminders planned.
      const [demo] = (
        await client.query<{ accounts: string; clients: string; untracked: string; kinds: string[]; reminders: string }>(
          `SELECT (SELECT count(*) FROM user_account WHERE email LIKE '%@demo.yorisoi.org') AS accounts,
                  (SELECT count(*) FROM client) AS clients,
                  (SELECT count(*) FROM client c WHERE c.family_name = ANY($1::text[])
                     AND NOT EXISTS (SELECT 1 FROM deadline d WHERE d.client_id = c.id AND d.status = 'open')) AS untracked,
                  (SELECT array_agg(DISTINCT kind) FROM deadline WHERE status = 'open') AS kinds,
                  (SELECT count(*) FROM reminder WHERE status IN ('planned', 'sending', 'sent')) AS reminders`,
          [DEMO_CLIENTS.map((demoClient) => demoClient.familyName)],
        )
      ).rows;
      const owners = await client.query<{ owner: string }>(`SELECT DISTINCT tableowner AS owner FROM pg_tables WHERE schemaname = 'public'`);
      await client.end();
      expect(owners.rows).toEqual([{ owner: TEST_ROLES.owner }]);
      expect(demo).toMatchObject({ accounts: '5', untracked: '0' });
      expect(Number(demo?.clients)).toBeGreaterThanOrEqual(6);
      expect(Number(demo?.reminders)).toBeGreaterThan(0);
      expect(demo?.kinds).toEqual(expect.arrayContaining(['landing-six-months', 'review-request', 'supervision-report', 'provisional-release-extension']));
      expect(apis.filter((api) => api.output().includes('seeded the demo organisation'))).toHaveLength(1);
      expect(rows).toHaveLength(schema.migrations.length);
      expect(rows.every((row) => row.runs === '1')).toBe(true);
      const applied = apis.map((api) => /applied (\d+) migration/.exec(api.output())?.[1]);
      expect(applied.filter((count) => count !== undefined)).toEqual([String(schema.migrations.length)]);
    }, 90_000);
  });
});
