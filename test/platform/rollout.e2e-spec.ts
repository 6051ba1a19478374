import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import pg from 'pg';
import { PasswordHasher } from '#accounts';
import { testConfig } from '#platform/testing';
import { startNginx, type RunningNginx } from '../../tools/scale/nginx.js';
import { pollUntil } from '../support/poll.js';
import { API_MAIN, freePort, startProcess, type RunningProcess } from '../support/processes.js';

/**
 * Readiness under rollout, with real api processes: on SIGTERM an api answers /health/ready with
 * 503 at once, keeps serving everything else for SHUTDOWN_DRAIN_MS with `Connection: close`, then
 * closes (letting running requests finish) and exits 0. Behind the shipped nginx configuration,
 * under a steady load of reads, one api replaced by a new one and then the other stopped give no
 * 5xx and no failed request at all.
 */
const DRAIN_MS = 2_000;
const PASSWORD = 'a long rollout passphrase 2026';
/** The reads the load loops send through nginx (GETs only: nginx retries them on another api). */
const LOOP_PATHS = ['/api/auth/me', '/api/caseload', '/health/live'] as const;

interface Answer {
  readonly status: number;
  readonly connection: string | undefined;
  readonly body: string;
}

/** A GET over a keep-alive agent, so the `Connection` header of the answer is the server's choice. */
function get(url: string, agent: http.Agent, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent, headers }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, connection: response.headers.connection, body }));
    });
    request.on('error', reject);
  });
}

async function refusesConnections(url: string): Promise<boolean> {
  try {
    await fetch(url);
    return false;
  } catch (error) {
    return (error as { cause?: { code?: string } }).cause?.code === 'ECONNREFUSED';
  }
}

describe('readiness under rollout (real api processes)', () => {
  const running: RunningProcess[] = [];
  const redisPrefix = `${testConfig().redis.prefix}-rollout`;
  let email: string;
  let cookie: string;
  /** The first api is stopped alone; the other two run behind nginx. */
  let ports: number[];
  let apis: RunningProcess[];
  let nginx: RunningNginx | undefined;
  /** Printed at the end: the numbers docs/deploy.md quotes. */
  const measured: Record<string, unknown> = {};

  function startApi(port: number): RunningProcess {
    const api = startProcess(API_MAIN, {
      PORT: String(port),
      SHUTDOWN_DRAIN_MS: String(DRAIN_MS),
      AUTH_MFA_REQUIRED_ROLES: '',
      REDIS_PREFIX: redisPrefix,
    });
    running.push(api);
    return api;
  }

  async function ready(port: number): Promise<void> {
    await pollUntil(async () => (await fetch(`http://127.0.0.1:${port}/health/ready`)).status === 200, 60_000, 200);
  }

  beforeAll(async () => {
    email = `rollout-${randomUUID().slice(0, 8)}@test.yorisoi.org`;
    const client = new pg.Client({ connectionString: testConfig().database.url });
    await client.connect();
    try {
      await client.query(
        `INSERT INTO user_account (email, display_name, role, locale, password_hash, active, version)
         VALUES ($1, 'Rollout caseworker', 'caseworker', 'en', $2, true, 1)`,
        [email, await new PasswordHasher().hash(PASSWORD)],
      );
    } finally {
      await client.end();
    }
    // Started together: on two shared cores each start takes seconds.
    ports = [await freePort(), await freePort(), await freePort()];
    apis = ports.map((port) => startApi(port));
    await Promise.all(ports.map((port) => ready(port)));
    cookie = await signIn(ports[0]);
  }, 120_000);

  afterAll(async () => {
    await nginx?.stop();
    for (const api of running.splice(0)) {
      if (api.child.exitCode === null && api.child.signalCode === null) api.child.kill('SIGKILL');
      await api.exited;
    }
    console.log(`rollout measurements: ${JSON.stringify(measured)}`);
  });

  async function signIn(port: number): Promise<string> {
    const response = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password: PASSWORD }),
    });
    expect(response.status).toBe(200);
    return response.headers
      .getSetCookie()
      .map((line) => line.split(';')[0])
      .join('; ');
  }

  it('answers 503 draining at once on SIGTERM, serves the drain with Connection: close, finishes a running request and exits 0', async () => {
    const [port] = ports;
    const [api] = apis;
    const base = `http://127.0.0.1:${port}`;
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const inFlightAgent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      // Before: ready, no drain field, connections kept alive.
      const before = await get(`${base}/health/ready`, agent);
      expect(before.status).toBe(200);
      expect(JSON.parse(before.body)).not.toHaveProperty('draining');
      expect(before.connection).toBe('keep-alive');
      expect((await get(`${base}/api/auth/me`, agent, { Cookie: cookie })).status).toBe(200);

      // A request the server is in the middle of receiving when SIGTERM comes: a sign-in whose
      // body has not all arrived, on a connection the server already holds.
      expect((await get(`${base}/health/live`, inFlightAgent)).status).toBe(200);
      const body = JSON.stringify({ email, password: PASSWORD });
      let finishInFlight: () => void = () => undefined;
      const inFlight = new Promise<Answer>((resolve, reject) => {
        const request = http.request(
          `${base}/api/auth/login`,
          { method: 'POST', agent: inFlightAgent, headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) } },
          (response) => {
            let text = '';
            response.setEncoding('utf8');
            response.on('data', (chunk: string) => (text += chunk));
            response.on('end', () => resolve({ status: response.statusCode ?? 0, connection: response.headers.connection, body: text }));
          },
        );
        request.on('error', reject);
        request.write(body.slice(0, 10));
        finishInFlight = () => request.end(body.slice(10));
      });

      const signalledAt = Date.now();
      api.child.kill('SIGTERM');
      await pollUntil(async () => (await get(`${base}/health/ready`, agent)).status === 503, 10_000, 20);
      const draining = await get(`${base}/health/ready`, agent);
      expect(draining.status).toBe(503);
      expect(JSON.parse(draining.body)).toMatchObject({ status: 'unavailable', draining: true });
      expect(draining.connection).toBe('close');

      // Still serving everything else, each answer closing its connection.
      const live = await get(`${base}/health/live`, agent);
      const me = await get(`${base}/api/auth/me`, agent, { Cookie: cookie });
      expect([live.status, live.connection]).toEqual([200, 'close']);
      expect([me.status, me.connection]).toEqual([200, 'close']);
      expect(JSON.parse(me.body)).toMatchObject({ email });
      expect(api.child.exitCode).toBeNull();

      // After the drain the server stops accepting connections, but the sign-in it was receiving
      // still gets its answer once the rest of its body arrives; then the process exits 0.
      await pollUntil(() => refusesConnections(`${base}/health/live`), 30_000, 20);
      measured.signalToClosedMs = Date.now() - signalledAt;
      expect(api.child.exitCode).toBeNull();
      finishInFlight();
      const answered = await inFlight;
      expect(answered.status).toBe(200);
      expect(answered.connection).toBe('close');
      expect(JSON.parse(answered.body)).toHaveProperty('csrfToken');
      expect(await api.exited).toBe(0);
      measured.signalToExitMs = Date.now() - signalledAt;
      expect(api.output()).toContain(`draining for ${DRAIN_MS} ms`);
    } finally {
      agent.destroy();
      inFlightAgent.destroy();
    }
  }, 120_000);

  it('replaces one api behind nginx and stops the other under a load of reads, with no 5xx', async () => {
    const [first, second] = [1, 2];
    nginx = await startNginx({ port: await freePort(), upstreams: [first, second].map((slot) => `127.0.0.1:${ports[slot]}`) });
    const via = nginx.url;

    const statuses = new Map<number, number>();
    const failures: string[] = [];
    let stop = false;
    const deadline = Date.now() + 150_000;
    const loop = async () => {
      for (let i = 0; !stop && Date.now() < deadline; i++) {
        const path = LOOP_PATHS[i % LOOP_PATHS.length];
        try {
          const response = await fetch(`${via}${path}`, { headers: { Cookie: cookie } });
          await response.arrayBuffer();
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        } catch (error) {
          failures.push(`${path}: ${String((error as { cause?: unknown }).cause ?? error)}`);
        }
        // A steady load, not a flood: the restarting processes share the machine's two cores.
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    };
    const loops = Array.from({ length: 3 }, () => loop());
    const answered = () => [...statuses.values()].reduce((sum, count) => sum + count, 0) + failures.length;

    /** nginx sends this process the load's requests (its access log shows them). */
    const servesLoad = (api: RunningProcess) => Promise.resolve(api.output().includes(`"path":"${LOOP_PATHS[1]}"`));
    const stopApi = async (slot: number) => {
      const api = apis[slot];
      await pollUntil(() => servesLoad(api), 30_000);
      const signalledAt = Date.now();
      api.child.kill('SIGTERM');
      expect(await api.exited).toBe(0);
      return Date.now() - signalledAt;
    };
    try {
      // A rolling restart's step: the first api leaves and a new one takes its place...
      const firstSignalToExitMs = await stopApi(first);
      const startedAt = Date.now();
      apis[first] = startApi(ports[first]);
      await ready(ports[first]);
      const startToReadyMs = Date.now() - startedAt;
      // ...and once nginx sends it the load, the other leaves: the new one then carries it all.
      await pollUntil(() => servesLoad(apis[first]), 30_000);
      const secondSignalToExitMs = await stopApi(second);
      const after = answered();
      await pollUntil(() => Promise.resolve(answered() >= after + 30), 30_000);
      Object.assign(measured, { firstSignalToExitMs, startToReadyMs, secondSignalToExitMs });
    } finally {
      stop = true;
      await Promise.all(loops);
    }

    const total = [...statuses.values()].reduce((sum, count) => sum + count, 0);
    const serverErrors = [...statuses.entries()].filter(([status]) => status >= 500).reduce((sum, [, count]) => sum + count, 0);
    Object.assign(measured, {
      requestsThroughNginx: total,
      statuses: Object.fromEntries(statuses),
      serverErrors,
      networkErrors: failures.length,
      nginxUpstreamErrorLines: nginx.errorLog().split('\n').filter((line) => /upstream/.test(line)).length,
    });
    expect(failures).toEqual([]);
    expect(serverErrors).toBe(0);
    expect([...statuses.keys()]).toEqual([200]);
    expect(total).toBeGreaterThan(0);
  }, 180_000);
});
