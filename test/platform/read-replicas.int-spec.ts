import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { schema } from '#migrations';
import { ReadReplicas, type ReadReplicaStats } from '#platform';
import { testConfig } from '#platform/testing';
import { ReportRefresh } from '#reports';
import { READ_AFTER_COOKIE } from '../../apps/api/src/common/read-after-cookie.js';
import { CaseloadReadModel } from '../../libs/clients/src/caseload/caseload-read-model.repository.js';
import { ReportStoreRepository } from '../../libs/reports/src/queries/report-store.repository.js';
import { createTeam, signedIn, type SignedInBrowser } from '../support/accounts.js';
import { freshDatabase } from '../support/fresh-database.js';
import { intakeBody, takeIn } from '../support/clients.js';
import { pollUntil } from '../support/poll.js';
import { startReplica, type RunningReplica } from '../support/replica.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

/*
 * Read replicas against a real streaming replica of the machine's PostgreSQL (made by
 * test/support/replica.ts). The replica's replay is paused to tell its answers from the
 * primary's: a row written while it is paused is on the primary only.
 */

const MAX_LAG_MS = 6_000;
const CHECK_INTERVAL_MS = 250;

/** What a few requests did to the api's routed reads. */
function delta(before: ReadReplicaStats, after: ReadReplicaStats) {
  return {
    replicaReads: after.replicaReads - before.replicaReads,
    primaryReads: after.primaryReads - before.primaryReads,
    fallbacks: after.fallbacks - before.fallbacks,
  };
}

/** A day `days` before `now`, as YYYY-MM-DD: a landing that long ago has an overdue six-month deadline. */
function daysBefore(now: Date, days: number): string {
  return new Date(now.getTime() - days * 86_400_000).toISOString().slice(0, 10);
}

function hasSetCookie(response: request.Response, name: string): boolean {
  const header = response.headers['set-cookie'] as unknown as string[] | undefined;
  return (header ?? []).some((cookie) => cookie.startsWith(`${name}=`));
}

function readAfterCookieOf(response: request.Response): string | undefined {
  const header = response.headers['set-cookie'] as unknown as string[] | undefined;
  return (header ?? []).find((cookie) => cookie.startsWith(`${READ_AFTER_COOKIE}=`));
}

describe('read replicas', () => {
  let replica: RunningReplica;
  let api: TestApi;
  let replicas: ReadReplicas;
  let team: string;
  /** A caseworker whose caseload, search and files are read. */
  let reader: SignedInBrowser;
  /** A supervisor of the team who takes in files for the reader: another user. */
  let writer: SignedInBrowser;
  /** Another supervisor of the team, who reads the team view, the overdue list and a report. */
  let supervisor: SignedInBrowser;
  const figures = { replicaReads: 0, primaryReads: 0, fallbacks: 0, writePositionsRead: 0, pausedReadsMs: 0 };

  const stats = () => replicas.stats();
  const condition = () => stats().replicas[0]?.condition;
  const caseloadIds = async (browser: SignedInBrowser) => {
    const response = await browser.get('/api/caseload?limit=200');
    expect(response.status).toBe(200);
    return (response.body.items as { clientId: string }[]).map((item) => item.clientId);
  };
  const searchIds = async (browser: SignedInBrowser, q: string) => {
    const response = await browser.get(`/api/clients?q=${encodeURIComponent(q)}&limit=50`);
    expect(response.status).toBe(200);
    return (response.body.items as { id: string }[]).map((item) => item.id);
  };
  const teamClientsOf = async (userId: string) => {
    const response = await supervisor.get(`/api/caseload/team?teamId=${team}`);
    expect(response.status).toBe(200);
    return (response.body.caseworkers as { userId: string; clients: number }[]).find((row) => row.userId === userId)?.clients ?? 0;
  };
  const overdueText = async () => {
    const response = await supervisor.get(`/api/deadlines/overdue?teamId=${team}`);
    expect(response.status).toBe(200);
    return JSON.stringify(response.body);
  };
  const reportOpenFiles = async () => {
    const response = await supervisor.get(`/api/reports/caseloads?teamId=${team}`);
    expect(response.status).toBe(200);
    return (response.body.atRisk as { openFiles: number }).openFiles;
  };
  /** A rebuild of the reporting store (one another file's worker is running is waited out). */
  const refreshReports = async () => {
    await pollUntil(async () => (await api.app.get(ReportRefresh, { strict: false }).run()) !== null, 20_000, 200);
  };
  /** Until the api has seen the replica replay everything written so far, and reads from it for both readers. */
  const replicaInUse = async () => {
    await replica.waitUntilCaughtUp();
    await pollUntil(async () => {
      const before = stats();
      await caseloadIds(reader);
      await teamClientsOf(reader.user.id);
      return delta(before, stats()).replicaReads === 3;
    }, 20_000);
  };

  beforeAll(async () => {
    // A database of its own: the reporting store is one per database, and other test files
    // running at the same time rebuild theirs with their own clocks.
    const databaseUrl = await freshDatabase('read_replicas');
    replica = await startReplica();
    api = await startTestApi({
      env: {
        DATABASE_URL: databaseUrl,
        REDIS_PREFIX: `${process.env.REDIS_PREFIX}_read_replicas`,
        DATABASE_REPLICA_URLS: replica.urlFor(databaseUrl),
        DATABASE_REPLICA_MAX_LAG_MS: String(MAX_LAG_MS),
        DATABASE_REPLICA_CHECK_INTERVAL_MS: String(CHECK_INTERVAL_MS),
      },
    });
    replicas = api.app.get(ReadReplicas);
    team = await createTeam(api);
    reader = await signedIn(api, { role: 'caseworker', memberOf: [team] });
    writer = await signedIn(api, { role: 'supervisor', supervises: [team] });
    supervisor = await signedIn(api, { role: 'supervisor', supervises: [team] });
    await takeIn(writer, team, { primaryWorkerId: reader.user.id, landingDate: daysBefore(api.clock.now(), 300) });
    await refreshReports();
  }, 150_000);

  afterAll(async () => {
    if (api) {
      const final = stats();
      for (const key of ['replicaReads', 'primaryReads', 'fallbacks', 'writePositionsRead'] as const) figures[key] = final[key];
      // pausedReadsMs: from pausing replay to the last read that had to come from the replica.
      console.log(`READ REPLICA FIGURES (routed reads of the api under test): ${JSON.stringify(figures)}`);
    }
    await api?.close();
    await replica?.stop();
  });

  it('reads the caseload, search, team view, overdue list and reports from the replica while it is within the maximum lag', async () => {
    await replicaInUse();
    const readerBefore = await caseloadIds(reader);
    const reportBefore = await reportOpenFiles();
    const teamBefore = await teamClientsOf(reader.user.id);

    await replica.pauseReplay();
    try {
      await staleThenFallBack(readerBefore, reportBefore, teamBefore);
    } finally {
      // Whatever failed above, the next tests find the replica replaying.
      await replica.resumeReplay();
    }
    await replicaInUse();
    expect(condition()).toBe('fit');
  }, 60_000);

  async function staleThenFallBack(readerBefore: string[], reportBefore: number, teamBefore: number): Promise<void> {
    const paused = Date.now();
    const started = stats();
    // Another user takes in a file for the reader (its six-month deadline long overdue), and
    // the reporting store is rebuilt with it: all on the primary only.
    const landing = daysBefore(api.clock.now(), 300);
    const client = await takeIn(writer, team, { primaryWorkerId: reader.user.id, landingDate: landing });
    const [{ family_name: familyName }] = await api.dataSource.query<[{ family_name: string }]>('SELECT family_name FROM client WHERE id = $1', [client.id]);
    await refreshReports();

    expect(await caseloadIds(reader)).toEqual(readerBefore);
    expect(await searchIds(reader, familyName)).toEqual([]);
    expect(await teamClientsOf(reader.user.id)).toBe(teamBefore);
    expect(await overdueText()).not.toContain(client.id);
    expect(await reportOpenFiles()).toBe(reportBefore);
    figures.pausedReadsMs = Date.now() - paused;
    // Five routed reads (the team view makes two), every one answered by the replica.
    expect(delta(started, stats())).toEqual({ replicaReads: 6, primaryReads: 0, fallbacks: 0 });
    expect(condition()).toBe('fit');

    // Once the pause is longer than the maximum lag, the same reads fall back to the primary.
    await pollUntil(async () => (await caseloadIds(reader)).includes(client.id), MAX_LAG_MS + 20_000, 200);
    expect(condition()).toBe('behind');
    const fellBack = stats();
    expect(await searchIds(reader, familyName)).toEqual([client.id]);
    expect(await teamClientsOf(reader.user.id)).toBe(teamBefore + 1);
    expect(await overdueText()).toContain(client.id);
    expect(await reportOpenFiles()).toBe(reportBefore + 1);
    expect(delta(fellBack, stats())).toEqual({ replicaReads: 0, primaryReads: 5, fallbacks: 0 });
  }

  it('shows the writer its own new file at once, from the primary, while others still read the replica', async () => {
    await replicaInUse();
    await replica.pauseReplay();
    try {
      const response = await reader.post('/api/clients', intakeBody(team, { confirmNotDuplicate: true }));
      expect(response.status).toBe(201);
      const cookie = readAfterCookieOf(response);
      expect(cookie).toMatch(/^yorisoi_read_after=[0-9A-F]{1,8}%2F[0-9A-F]{1,8}; Max-Age=\d+; Path=\/; Expires=[^;]+; HttpOnly; SameSite=Lax$/);
      const own = (response.body as { client: { id: string } }).client.id;

      const before = stats();
      expect(await caseloadIds(reader)).toContain(own);
      expect(delta(before, stats())).toEqual({ replicaReads: 0, primaryReads: 1, fallbacks: 0 });
      // The replica is still fit: only the writer's reads wait for it.
      expect(condition()).toBe('fit');
      const others = stats();
      await teamClientsOf(reader.user.id);
      expect(delta(others, stats())).toEqual({ replicaReads: 2, primaryReads: 0, fallbacks: 0 });
    } finally {
      await replica.resumeReplay();
    }
  }, 60_000);

  it('sets the read-after cookie after every unsafe request, whatever its outcome, and survives bad cookies', async () => {
    const refused = await reader.post('/api/clients', intakeBody(team, { familyName: '' }));
    expect(refused.status).toBe(400);
    expect(readAfterCookieOf(refused)).toBeDefined();

    await replicaInUse();
    const session = `yorisoi_session=${reader.cookie()}`;
    const read = (readAfter: string) => request(api.server).get('/api/caseload').set('Cookie', `${session}; ${READ_AFTER_COOKIE}=${readAfter}`);

    for (const bad of ['garbage', '%%%', '0/0/0', 'a/b', '0x0/1', 'x'.repeat(6_000), `${'F'.repeat(4_000)}/0`]) {
      const before = stats();
      const response = await read(bad);
      expect(response.status).toBe(200);
      // Ignored: as without a cookie, the replica answers.
      expect(delta(before, stats())).toEqual({ replicaReads: 1, primaryReads: 0, fallbacks: 0 });
    }
    const huge = await request(api.server)
      .get('/api/caseload')
      .set('Cookie', `${session}; filler=${'y'.repeat(9_000)}; ${READ_AFTER_COOKIE}=0/0`);
    expect(huge.status).toBe(200);

    // Further than any replica can be: the primary answers, and nothing fails.
    const before = stats();
    const farFuture = await read('FFFFFFFF/FFFFFFFF');
    expect(farFuture.status).toBe(200);
    expect(delta(before, stats())).toEqual({ replicaReads: 0, primaryReads: 1, fallbacks: 0 });
    expect(condition()).toBe('fit');

    const written = await request(api.server)
      .post('/api/clients')
      .set('Cookie', `${session}; ${READ_AFTER_COOKIE}=garbage`)
      .set('X-CSRF-Token', reader.csrfToken)
      .send(intakeBody(team, { confirmNotDuplicate: true }));
    expect(written.status).toBe(201);
    expect(readAfterCookieOf(written)).toBeDefined();
  }, 60_000);

  it('answers from the primary when the replica is killed, at once and until it is back', async () => {
    // Two more routers with checks far apart: the replica is still believed fit when it is
    // killed, so the first read of each meets the dead replica and must be retried on the primary.
    const slowRouter = () =>
      new ReadReplicas(
        api.dataSource,
        testConfig({ DATABASE_URL: api.config.database.url, DATABASE_REPLICA_URLS: replica.urlFor(api.config.database.url), DATABASE_REPLICA_CHECK_INTERVAL_MS: '60000', DATABASE_REPLICA_MAX_LAG_MS: String(MAX_LAG_MS) }),
        { schema, applicationName: 'yorisoi-replica-test', readReplicas: true },
      );
    const forLists = slowRouter();
    const forReports = slowRouter();
    const caseload = new CaseloadReadModel(forLists, api.dataSource);
    const store = new ReportStoreRepository();
    const expected = await caseloadIds(reader);
    const [{ id: latestRefresh }] = await api.dataSource.query<[{ id: string }]>('SELECT id::text AS id FROM report_refresh ORDER BY id DESC LIMIT 1');
    const openFiles = async () => (await caseload.openFilesOf(reader.user.id, api.clock.now(), 200)).map((row) => row.client_id);
    // As the reports read: the store's data version, in a read-only snapshot. The run's other
    // files may rebuild the store meanwhile: it is at least the version read before.
    const dataVersion = async () => BigInt((await forReports.readTransaction((manager) => store.latestRefresh(manager)))?.id ?? '0');
    try {
      await replica.waitUntilCaughtUp();
      for (const router of [forLists, forReports]) router.onApplicationBootstrap();
      await pollUntil(() => Promise.resolve([forLists, forReports].every((router) => router.stats().replicas[0]?.condition === 'fit')), 20_000);
      expect(await openFiles()).toEqual(expected);
      expect(await dataVersion()).toBeGreaterThanOrEqual(BigInt(latestRefresh));
      for (const router of [forLists, forReports]) expect(router.stats()).toMatchObject({ replicaReads: 1, primaryReads: 0, fallbacks: 0 });

      await replica.kill();
      expect(await openFiles()).toEqual(expected);
      expect(await dataVersion()).toBeGreaterThanOrEqual(BigInt(latestRefresh));
      for (const router of [forLists, forReports]) {
        expect(router.stats()).toMatchObject({ replicaReads: 1, primaryReads: 1, fallbacks: 1 });
        expect(router.stats().replicas[0]?.condition).toBe('failed-read');
      }
      // Set aside until its next check: straight to the primary, no second attempt on the replica.
      expect(await openFiles()).toEqual(expected);
      expect(forLists.stats()).toMatchObject({ replicaReads: 1, primaryReads: 2, fallbacks: 1 });

      // Through HTTP, whatever the api's checks have seen yet: right answers, no error.
      for (let i = 0; i < 5; i += 1) expect(await caseloadIds(reader)).toEqual(expected);
      await pollUntil(() => Promise.resolve(condition() === 'unchecked'), 10_000);
      const down = stats();
      expect(await caseloadIds(reader)).toEqual(expected);
      expect(delta(down, stats())).toEqual({ replicaReads: 0, primaryReads: 1, fallbacks: 0 });

      await replica.restart();
      await replicaInUse();
      expect(await caseloadIds(reader)).toEqual(expected);
    } finally {
      for (const router of [forLists, forReports]) await router.onApplicationShutdown();
    }
  }, 90_000);

  it('without replicas sets no cookie and reads no log position', async () => {
    // The same database as the rest of the file, without replicas.
    const plain = await startTestApi({ env: { DATABASE_URL: api.config.database.url, REDIS_PREFIX: api.config.redis.prefix } });
    try {
      const browser = await signedIn(plain, { role: 'caseworker', memberOf: [team] });
      const response = await browser.post('/api/clients', intakeBody(team, { confirmNotDuplicate: true }));
      expect(response.status).toBe(201);
      expect(hasSetCookie(response, READ_AFTER_COOKIE)).toBe(false);
      // A routed list read (the caseload, without replicas, reads with its audit line on the primary, unrouted).
      expect((await browser.get('/api/clients?q=a')).status).toBe(200);
      expect(plain.app.get(ReadReplicas).stats()).toEqual({ enabled: false, replicaReads: 0, primaryReads: 1, fallbacks: 0, writePositionsRead: 0, replicas: [] });
    } finally {
      await plain.close();
    }
  }, 60_000);
});
