import { afterEach, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { WorkerHeartbeat } from '#platform';
import { testConfig, withDatabase } from '#platform/testing';
import { pollUntil } from '../support/poll.js';
import { TcpProxy } from '../support/tcp-proxy.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

describe('health probes', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function apiBehind(dependency: 'postgres' | 'redis'): Promise<{ api: TestApi; proxy: TcpProxy }> {
    const config = testConfig();
    const target = new URL(dependency === 'postgres' ? config.database.url : config.redis.url);
    const proxy = new TcpProxy(target.hostname, Number(target.port || (dependency === 'postgres' ? 5432 : 6379)));
    await proxy.start();
    cleanups.push(() => proxy.stop());
    const via = new URL(target.toString());
    via.host = `127.0.0.1:${proxy.port}`;
    const env: Record<string, string> =
      dependency === 'postgres'
        ? { DATABASE_URL: withDatabase(via.toString(), new URL(config.database.url).pathname.slice(1)) }
        : { REDIS_URL: via.toString() };
    const api = await startTestApi({ env });
    cleanups.push(() => api.close());
    return { api, proxy };
  }

  const readiness = async (api: TestApi) => (await request(api.server).get('/health/ready')).status;

  it('is live and ready when PostgreSQL and Redis answer', async () => {
    const api = await startTestApi();
    cleanups.push(() => api.close());
    expect((await request(api.server).get('/health/live')).body).toEqual({ status: 'ok' });
    const ready = await request(api.server).get('/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({ status: 'ok', dependencies: { postgres: 'up', redis: 'up', documents: 'up' } });
  });

  it.each(['redis', 'postgres'] as const)(
    'answers 503 within 5 s while %s is down and 200 within 10 s once it is back, same process',
    async (dependency) => {
      const { api, proxy } = await apiBehind(dependency);
      expect(await readiness(api)).toBe(200);

      await proxy.stop();
      await pollUntil(async () => (await readiness(api)) === 503, 5_000);
      const down = await request(api.server).get('/health/ready');
      expect(down.body.dependencies[dependency]).toBe('down');
      expect(down.body.status).toBe('unavailable');
      expect(JSON.stringify(down.body)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1/);

      await proxy.start();
      await pollUntil(async () => (await readiness(api)) === 200, 10_000);
      expect((await request(api.server).get('/health/ready')).body.dependencies[dependency]).toBe('up');
    },
    30_000,
  );

  it('reports the worker unavailable until a heartbeat is recorded', async () => {
    const api = await startTestApi({ env: { REDIS_PREFIX: `${testConfig().redis.prefix}-hb` } });
    cleanups.push(() => api.close());
    const before = await request(api.server).get('/health/worker');
    expect(before.status).toBe(503);
    expect(before.body).toEqual({ status: 'unavailable', lastHeartbeatAt: null });

    const now = new Date();
    await api.app.get(WorkerHeartbeat).beat(now);
    const after = await request(api.server).get('/health/worker');
    expect(after.status).toBe(200);
    expect(after.body).toEqual({ status: 'ok', lastHeartbeatAt: now.toISOString() });
  });
});
