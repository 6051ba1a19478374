import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import pg from 'pg';
import { PasswordHasher } from '#accounts';
import { JobName } from '#platform';
import { intakeBody } from '../support/clients.js';
import { pollUntil } from '../support/poll.js';
import { ScaleCluster } from '../support/scale/cluster.js';
import { CaseloadLoad, type LoadRequest, type LoadUser } from '../support/scale/load.js';
import { ClusterQueues, type ScheduledJob } from '../support/scale/queues.js';
import { WebUser } from '../support/scale/web-user.js';

/**
 * Issue 15: several api and worker processes behind nginx, on PostgreSQL with a streaming
 * replica and one Redis, behave as one process does. Everything runs as real processes on
 * loopback (test/support/scale/cluster.ts); users go through nginx unless a check needs one api
 * in particular. The figures are printed (SCALE FIGURES) and, with SCALE_FIGURES_FILE, written
 * as JSON for docs/benchmarks.md.
 */
const PASSWORD = 'a long scale-test passphrase 2026';
const LOCKOUT_THRESHOLD = 5;
const IP_FAILURE_LIMIT = 10;
const MAX_LAG_MS = 6_000;
const CHECK_INTERVAL_MS = 250;
const WORKER_CONCURRENCY = 4;
const SMTP_POOL_SIZE = 2;
/** docs/deploy.md ("sent twice"): a killed worker can leave at most this many messages unrecorded. */
const DUPLICATES_PER_KILL = Math.min(WORKER_CONCURRENCY, SMTP_POOL_SIZE);
/** The daily digest and the nightly retention, every five seconds for the test. */
const FAST_PATTERN = '*/5 * * * * *';
const FAST_PERIOD_MS = 5_000;
const USERS = 20;
const FILES_PER_USER = 3;

interface Person {
  readonly id: string;
  readonly email: string;
}

const figures: Record<string, unknown> = {};
const started = Date.now();

describe('scale-out: nginx, two apis, two workers, a replica', () => {
  const cluster = new ScaleCluster({
    name: 'scale',
    replica: true,
    apiEnv: {
      AUTH_LOCKOUT_THRESHOLD: String(LOCKOUT_THRESHOLD),
      AUTH_LOCKOUT_SECONDS: '600',
      AUTH_IP_FAILURE_LIMIT: String(IP_FAILURE_LIMIT),
      DATABASE_REPLICA_MAX_LAG_MS: String(MAX_LAG_MS),
      DATABASE_REPLICA_CHECK_INTERVAL_MS: String(CHECK_INTERVAL_MS),
    },
    workerEnv: (index) => ({
      // Each worker signs its mail, so the catcher tells who sent what.
      MAIL_FROM: `Yorisoi <worker-${index}@scale.yorisoi.test>`,
      WORKER_CONCURRENCY: String(WORKER_CONCURRENCY),
      SMTP_POOL_SIZE: String(SMTP_POOL_SIZE),
      // A killed worker's jobs come back after their lock lapses; by then its claims are stale
      // (older than REMINDER_CLAIM_TIMEOUT_MS), so the job that comes back sends at once.
      WORKER_LOCK_DURATION_MS: '5000',
      WORKER_STALLED_INTERVAL_MS: '1000',
      REMINDER_CLAIM_TIMEOUT_MS: '3000',
      WORKER_SCHEDULE_CHECK_INTERVAL_MS: '5000',
      // No scheduled rebuild of the reporting store during the test: the replica check asks for one.
      REPORTS_REFRESH_MINUTES: '1440',
    }),
  });
  let queues: ClusterQueues;
  let hash: string;
  let team: string;
  let admin: Person;
  let supervisor: Person;
  const caseworkers: (Person & { web: WebUser; files: { id: string; version: number }[] })[] = [];
  /** When the digest's and the retention's schedules were made fast: their runs are counted from here. */
  let windowStartedAt = 0;
  let reminderFile: { clientId: string; deadlineId: string };
  let replicaScansBeforeLoad: TableScans;

  async function person(role: 'caseworker' | 'supervisor' | 'admin', links: { memberOf?: string; supervises?: string } = {}): Promise<Person> {
    const email = `${role}-${randomUUID().slice(0, 8)}@scale.yorisoi.test`;
    const [{ id }] = await cluster.sql<{ id: string }>(
      `INSERT INTO user_account (email, display_name, role, locale, password_hash, active, version)
       VALUES ($1, $2, $3, 'en', $4, true, 1) RETURNING id`,
      [email, `Scale ${role}`, role, hash],
    );
    if (links.memberOf) await cluster.sql(`INSERT INTO team_membership (team_id, user_id, kind) VALUES ($1, $2, 'member')`, [links.memberOf, id]);
    if (links.supervises) await cluster.sql(`INSERT INTO team_membership (team_id, user_id, kind) VALUES ($1, $2, 'supervisor')`, [links.supervises, id]);
    return { id, email };
  }

  async function signedIn(who: Person, baseUrl = cluster.url): Promise<WebUser> {
    return new WebUser(baseUrl, who.email).mustSignIn(who.email, PASSWORD);
  }

  async function takeIn(web: WebUser, overrides: Record<string, unknown> = {}): Promise<{ id: string; version: number }> {
    const response = await web.post<{ client: { id: string; version: number } }>('/api/clients', intakeBody(team, { confirmNotDuplicate: true, ...overrides }));
    if (response.status !== 201) throw new Error(`intake failed: ${response.status} ${JSON.stringify(response.body)}`);
    return { id: response.body.client.id, version: response.body.client.version };
  }

  /** `count` reminders due now, for the first caseworker, queued as the planner queues them. */
  async function dueReminders(count: number): Promise<string[]> {
    const rows = await cluster.sql<{ id: string }>(
      `INSERT INTO reminder (deadline_id, client_id, recipient_user_id, purpose, send_at)
       SELECT $1, $2, $3, 'owner', now() FROM generate_series(1, $4) RETURNING id`,
      [reminderFile.deadlineId, reminderFile.clientId, caseworkers[0].id, count],
    );
    const ids = rows.map((row) => row.id);
    await queues.enqueueReminders(ids);
    return ids;
  }

  async function sentCount(ids: readonly string[]): Promise<number> {
    const [{ n }] = await cluster.sql<{ n: number }>(`SELECT count(*)::int AS n FROM reminder WHERE id = ANY($1::uuid[]) AND status = 'sent'`, [ids]);
    return n;
  }

  /** Copies of each reminder at the mail server (by Message-ID), and who sent them. */
  function copiesOf(ids: readonly string[]): { copies: Map<string, number>; bySender: Record<string, number> } {
    const copies = new Map<string, number>(ids.map((id) => [id, 0]));
    const bySender: Record<string, number> = {};
    for (const message of cluster.mailbox.messages) {
      const id = /<reminder-([0-9a-f-]{36})@/.exec(message.messageId ?? '')?.[1];
      if (id === undefined || !copies.has(id)) continue;
      copies.set(id, (copies.get(id) ?? 0) + 1);
      bySender[message.envelopeFrom] = (bySender[message.envelopeFrom] ?? 0) + 1;
    }
    return { copies, bySender };
  }

  beforeAll(async () => {
    const clusterStart = Date.now();
    [hash] = await Promise.all([new PasswordHasher().hash(PASSWORD), cluster.start()]);
    figures.clusterStartMs = Date.now() - clusterStart;
    queues = new ClusterQueues(cluster.redisPrefix);
    await Promise.all([queues.reschedule(JobName.SupervisorDigest, FAST_PATTERN), queues.reschedule(JobName.AnonymiseClosedFiles, FAST_PATTERN)]);
    windowStartedAt = Date.now();

    [{ id: team }] = await cluster.sql<{ id: string }>(`INSERT INTO team (name) VALUES ('Scale team') RETURNING id`);
    [admin, supervisor] = await Promise.all([person('admin'), person('supervisor', { supervises: team })]);
    const people = await Promise.all(Array.from({ length: USERS }, () => person('caseworker', { memberOf: team })));
    // Signed in and files taken in through nginx, a few users at a time (argon2 is meant to be slow).
    for (let i = 0; i < USERS; i += 5) {
      await Promise.all(
        people.slice(i, i + 5).map(async (who, offset) => {
          const web = await signedIn(who);
          const files: { id: string; version: number }[] = [];
          // The first file of the first caseworker is overdue (landed long ago): the reminders' and the digest's.
          for (let n = 0; n < FILES_PER_USER; n++) files.push(await takeIn(web, i + offset === 0 && n === 0 ? { landingDate: '2025-12-01' } : {}));
          caseworkers[i + offset] = { ...who, web, files };
        }),
      );
    }
    const [deadline] = await cluster.sql<{ id: string }>(`SELECT id FROM deadline WHERE client_id = $1 AND status = 'open' LIMIT 1`, [caseworkers[0].files[0].id]);
    reminderFile = { clientId: caseworkers[0].files[0].id, deadlineId: deadline.id };
    figures.setupMs = Date.now() - clusterStart;
  }, 300_000);

  afterAll(async () => {
    await queues?.close();
    await cluster.stop();
    figures.wallMs = Date.now() - started;
    console.log(`SCALE FIGURES\n${JSON.stringify(figures, null, 2)}`);
    if (process.env.SCALE_FIGURES_FILE) writeFileSync(process.env.SCALE_FIGURES_FILE, `${JSON.stringify(figures, null, 2)}\n`);
  }, 120_000);

  it('a session started through one api works through the other; signing out or deactivation ends it on both', async () => {
    const [one, two] = cluster.apis;
    const who = await person('caseworker', { memberOf: team });
    const browser = await signedIn(who, one.url);
    for (const url of [one.url, two.url, cluster.url]) expect((await browser.get('/api/auth/me', url)).status).toBe(200);
    expect((await browser.get('/api/caseload', two.url)).status).toBe(200);

    // Signing out through the other api ends the session everywhere (the old cookie, kept by an attacker, too).
    const cookie = browser.jar.get('yorisoi_session');
    expect((await browser.post('/api/auth/logout', {}, two.url)).status).toBe(204);
    const kept = new WebUser(one.url);
    kept.jar.store([`yorisoi_session=${cookie}`]);
    for (const url of [one.url, two.url, cluster.url]) expect((await kept.get('/api/auth/me', url)).status).toBe(401);

    // Deactivation by an administrator ends every session of the user, whichever api holds it.
    const onOne = await signedIn(who, one.url);
    const onTwo = await signedIn(who, two.url);
    const administrator = await signedIn(admin);
    expect((await administrator.post(`/api/users/${who.id}/deactivate`, {})).status).toBe(200);
    for (const browserOf of [onOne, onTwo]) {
      for (const url of [one.url, two.url]) expect((await browserOf.get('/api/auth/me', url)).status).toBe(401);
    }
    expect((await new WebUser(two.url).signIn(who.email, PASSWORD)).status).toBe(401);
  }, 60_000);

  it('counts failed sign-ins across both apis: the account locks at the threshold in all, the address at its limit', async () => {
    const [one, two] = cluster.apis;
    const anyone = new WebUser(one.url);
    const who = await person('caseworker', { memberOf: team });
    // Alternating apis, each attempt from another address: only the account's own count can lock it.
    const wrong: number[] = [];
    for (let i = 0; i < LOCKOUT_THRESHOLD; i++) {
      wrong.push((await anyone.signIn(who.email, `wrong password ${i}`, { baseUrl: cluster.apis[i % 2].url, forwardedFor: `10.15.0.${i + 1}` })).status);
    }
    expect(wrong).toEqual(Array.from({ length: LOCKOUT_THRESHOLD }, () => 401));
    // Neither api had seen the threshold on its own; together they had.
    for (const url of [one.url, two.url, cluster.url]) {
      const right = await anyone.signIn(who.email, PASSWORD, { baseUrl: url, forwardedFor: '10.15.1.1' });
      expect(right.status).toBe(429);
      expect(right.body.code).toBe('LOGIN_THROTTLED');
    }

    // One address guessing at many accounts, alternating apis: blocked at AUTH_IP_FAILURE_LIMIT in all.
    const sprayed: number[] = [];
    for (let i = 0; i < IP_FAILURE_LIMIT; i++) {
      sprayed.push((await anyone.signIn(`nobody-${i}@scale.yorisoi.test`, 'Summer2026!', { baseUrl: cluster.apis[i % 2].url, forwardedFor: '10.15.2.1' })).status);
    }
    expect(sprayed).toEqual(Array.from({ length: IP_FAILURE_LIMIT }, () => 401));
    const other = await person('caseworker', { memberOf: team });
    for (const url of [one.url, two.url, cluster.url]) {
      expect((await anyone.signIn(other.email, PASSWORD, { baseUrl: url, forwardedFor: '10.15.2.1' })).status).toBe(429);
    }
    // Another address is not blocked.
    expect((await anyone.signIn(other.email, PASSWORD, { baseUrl: cluster.url, forwardedFor: '10.15.3.1' })).status).toBe(200);
    figures.throttling = { lockoutThreshold: LOCKOUT_THRESHOLD, ipFailureLimit: IP_FAILURE_LIMIT, lockedOnBothApisAfter: LOCKOUT_THRESHOLD };
  }, 60_000);

  it('two workers send each reminder of a burst of 60 exactly once', async () => {
    const burstStarted = Date.now();
    const ids = await dueReminders(60);
    await pollUntil(async () => (await sentCount(ids)) === ids.length, 90_000, 200);
    const { copies, bySender } = copiesOf(ids);
    expect([...copies.values()]).toEqual(ids.map(() => 1));
    // Both workers took part (each signs its mail with its own sender).
    expect(Object.keys(bySender).sort()).toEqual(['worker-0@scale.yorisoi.test', 'worker-1@scale.yorisoi.test']);
    figures.reminderBurst = { reminders: ids.length, sent: [...copies.values()].filter((n) => n > 0).length, duplicates: 0, bySender, allSentMs: Date.now() - burstStarted };
  }, 120_000);

  it('killing one api under the load of 20 users loses no write, and only writes in flight on it answer 5xx', async () => {
    const users: LoadUser[] = caseworkers.map(({ web, files }) => ({ web, files }));
    const before = new Map(
      (await cluster.sql<{ id: string; version: number }>(`SELECT id, version FROM client WHERE id = ANY($1::uuid[])`, [users.flatMap((u) => u.files.map((f) => f.id))])).map((row) => [
        row.id,
        row.version,
      ]),
    );
    for (const user of users) for (const file of user.files) file.version = before.get(file.id) ?? file.version;
    const load = new CaseloadLoad(users);
    const victim = cluster.apis[1];
    replicaScansBeforeLoad = await tableScans(cluster.replica!.url(cluster.databaseName));
    load.start();
    await pollUntil(() => Promise.resolve(load.requests.filter((r) => r.endedAt !== undefined).length >= 200), 60_000, 20);

    const inFlightAtKill = load.inFlight();
    const killedAt = Date.now();
    await cluster.kill(victim.process!);
    const exitSeenAt = Date.now();
    // Serve on one api for a while, then bring a replacement up on the same port, under load.
    const afterKill = load.requests.length;
    await pollUntil(() => Promise.resolve(load.requests.length - afterKill >= 200), 60_000, 20);
    const replacementStarted = Date.now();
    await cluster.startApi(1);
    const replacementReadyMs = Date.now() - replacementStarted;
    const afterReplacement = load.requests.length;
    await pollUntil(() => Promise.resolve(load.requests.length - afterReplacement >= 100), 60_000, 20);
    await load.stop();

    const requests = load.requests;
    const writes = (r: LoadRequest) => r.kind !== 'caseload';
    const failed = requests.filter((r) => (r.status ?? 0) >= 500);
    // A write could have been on the killed api if it was sent before its exit was seen and not answered before the kill.
    const couldBeOnVictim = requests.filter((r) => writes(r) && r.startedAt <= exitSeenAt && (r.endedAt ?? Infinity) >= killedAt);
    expect(inFlightAtKill.length).toBeGreaterThan(0);
    expect(requests.filter((r) => r.error !== undefined).map((r) => r.error)).toEqual([]);
    expect(failed.filter((r) => !writes(r))).toEqual([]);
    expect(failed.every((r) => couldBeOnVictim.includes(r))).toBe(true);
    // nginx says which requests it had sent to the killed api when it died: the reads it passed to
    // the other api, the writes it answered 502 (a write is never sent twice).
    const cutOff = requestsCutOff(cluster.nginx!.errorLog());
    expect(failed.length).toBeLessThanOrEqual(cutOff.writes);
    expect(requests.filter((r) => r.status !== undefined && r.status >= 400 && r.status < 500 && r.status !== 409)).toEqual([]);

    // Every note answered 2xx is in the database.
    const notes = requests.filter((r) => r.kind === 'note');
    const confirmedNotes = notes.filter((r) => r.status === 201).map((r) => r.note!);
    const stored = new Set(
      (await cluster.sql<{ body: string }>(`SELECT body FROM timeline_event WHERE kind = 'note' AND body = ANY($1::text[])`, [notes.map((r) => r.note!)])).map((row) => row.body),
    );
    const lostNotes = confirmedNotes.filter((note) => !stored.has(note));
    expect(lostNotes).toEqual([]);
    // Every edit answered 200 raised the file's version; an edit answered 5xx may or may not have.
    const edits = requests.filter((r) => r.kind === 'edit');
    const after = new Map(
      (await cluster.sql<{ id: string; version: number }>(`SELECT id, version FROM client WHERE id = ANY($1::uuid[])`, [[...before.keys()]])).map((row) => [row.id, row.version]),
    );
    let lostEdits = 0;
    for (const [id, version] of after) {
      const mine = edits.filter((r) => r.edit?.fileId === id);
      const confirmed = mine.filter((r) => r.status === 200).length;
      const unknown = mine.filter((r) => (r.status ?? 500) >= 500).length;
      const applied = version - (before.get(id) ?? version);
      if (applied < confirmed) lostEdits += confirmed - applied;
      expect(applied).toBeGreaterThanOrEqual(confirmed);
      expect(applied).toBeLessThanOrEqual(confirmed + unknown);
    }
    // The last edit of each file, if confirmed, is what the file says now (read through nginx).
    for (const user of users) {
      for (const file of user.files) {
        const last = edits.filter((r) => r.edit?.fileId === file.id).at(-1);
        if (last?.status !== 200) continue;
        expect((await user.web.get(`/api/clients/${file.id}`)).body.address).toBe(last.edit?.address);
      }
    }

    const count = (list: LoadRequest[]) => list.length;
    figures.apiKill = {
      users: USERS,
      requests: count(requests),
      reads: count(requests.filter((r) => !writes(r))),
      writes: count(requests.filter(writes)),
      byStatus: requests.reduce<Record<string, number>>((acc, r) => ({ ...acc, [String(r.status)]: (acc[String(r.status)] ?? 0) + 1 }), {}),
      fiveXxDuringKill: count(failed),
      fiveXxReads: count(failed.filter((r) => !writes(r))),
      inFlightAtKill: { reads: count(inFlightAtKill.filter((r) => !writes(r))), writes: count(inFlightAtKill.filter(writes)) },
      writesThatCouldBeOnTheKilledApi: count(couldBeOnVictim),
      writesConfirmed: confirmedNotes.length + count(edits.filter((r) => r.status === 200)),
      writesLost: lostNotes.length + lostEdits,
      notesAnswered5xxButStored: notes.filter((r) => (r.status ?? 0) >= 500 && stored.has(r.note!)).length,
      conflicts409: count(requests.filter((r) => r.status === 409)),
      replacementReadyMs,
      cutOffOnTheKilledApi: cutOff,
    };
  }, 180_000);

  it('killing a worker in the middle of a burst loses no reminder; at most min(concurrency, SMTP pool) go out twice', async () => {
    // A slow mail server: messages are on the wire when the worker dies.
    cluster.mailbox.delayMs = 150;
    const ids = await dueReminders(40);
    await pollUntil(async () => (await sentCount(ids)) >= 8, 60_000, 20);
    const sentBeforeKill = await sentCount(ids);
    const killedAt = Date.now();
    await cluster.kill(cluster.workers.find((worker) => worker.index === 1)!.process);
    await pollUntil(async () => (await sentCount(ids)) === ids.length, 90_000, 200);
    const allSentAfterKillMs = Date.now() - killedAt;
    cluster.mailbox.delayMs = 0;
    expect(sentBeforeKill).toBeLessThan(ids.length);
    const { copies, bySender } = copiesOf(ids);
    expect([...copies.values()].every((n) => n >= 1)).toBe(true);
    const duplicates = [...copies.values()].reduce((sum, n) => sum + n - 1, 0);
    expect(duplicates).toBeLessThanOrEqual(DUPLICATES_PER_KILL);
    figures.workerKill = { reminders: ids.length, sentBeforeKill, sent: [...copies.values()].filter((n) => n > 0).length, duplicates, duplicateBound: DUPLICATES_PER_KILL, bySender, allSentAfterKillMs };
    // Two workers again for the schedules' count.
    await cluster.startWorker(1);
  }, 180_000);

  it('with a replica: lists and reports read from it, the file just saved and its audit row from the primary; lag and a dead replica fall back', async () => {
    const replica = cluster.replica!;
    // The load's caseload reads, counted by the replica's own statistics (published within 10 s of each read).
    const loadScans = difference(await tableScans(replica.url(cluster.databaseName)), replicaScansBeforeLoad);
    expect(loadScans.client).toBeGreaterThan(0);

    const reader = caseworkers[1];
    const writer = await signedIn(supervisor);
    // Sessions that wrote nothing since the replica last caught up: no read-after cookie holds them to the primary.
    const [readerWeb, supervisorElsewhere, administrator] = await Promise.all([signedIn(reader), signedIn(supervisor), signedIn(admin)]);
    await replica.waitUntilCaughtUp();
    // Each api learns the replica's position from its own checks, one every CHECK_INTERVAL_MS: until
    // both have checked since it caught up, a read-after cookie from these sign-ins can still hold
    // a read to the primary (seen in CI on a loaded machine).
    await new Promise((resolve) => setTimeout(resolve, 4 * CHECK_INTERVAL_MS));
    const versionBefore = (await supervisorElsewhere.get<{ dataVersion: { id: string } | null }>('/api/reports/overview')).body.dataVersion?.id;

    // Replay paused: another user's new file, and a rebuild of the reporting store, are only on the primary.
    await replica.pauseReplay();
    const pausedAt = Date.now();
    const created = await takeIn(writer, { primaryWorkerId: reader.id });
    expect((await writer.post('/api/reports/refresh', {})).status).toBe(202);
    await pollUntil(async () => (await cluster.sql<{ id: string }>('SELECT max(id)::text AS id FROM report_refresh'))[0].id !== (versionBefore ?? null), 30_000, 50);
    const listed = (page: { items: { clientId: string }[] }) => page.items.some((item) => item.clientId === created.id);
    const filesOf = (page: { caseworkers: { userId: string; clients: number }[] }) => page.caseworkers.find((load) => load.userId === reader.id)?.clients;
    const teamView = `/api/caseload/team?teamId=${team}`;
    const [staleList, staleReport, staleTeams, ownTeams, file, audit] = await Promise.all([
      readerWeb.get<{ items: { clientId: string }[] }>('/api/caseload'),
      supervisorElsewhere.get<{ dataVersion: { id: string } | null }>('/api/reports/overview'),
      Promise.all(Array.from({ length: 10 }, () => supervisorElsewhere.get<{ caseworkers: { userId: string; clients: number }[] }>(teamView))),
      // The writer reads its own write (read-after cookie): from the primary.
      Promise.all(Array.from({ length: 10 }, () => writer.get<{ caseworkers: { userId: string; clients: number }[] }>(teamView))),
      // A single file and the audit trail never go to a replica, cookie or not.
      supervisorElsewhere.get(`/api/clients/${created.id}`),
      administrator.get<{ items: { action: string }[] }>(`/api/audit-events?clientId=${created.id}`),
    ]);
    const observedWithinMs = Date.now() - pausedAt;
    if (observedWithinMs >= MAX_LAG_MS - 2 * CHECK_INTERVAL_MS) {
      throw new Error(`the machine took ${observedWithinMs} ms for these reads, past the replica's maximum lag: nothing can be concluded`);
    }
    expect(staleList.status).toBe(200);
    expect(listed(staleList.body)).toBe(false);
    expect(staleReport.body.dataVersion?.id).toBe(versionBefore);
    expect(staleTeams.map((r) => filesOf(r.body))).toEqual(staleTeams.map(() => FILES_PER_USER));
    expect(ownTeams.map((r) => filesOf(r.body))).toEqual(ownTeams.map(() => FILES_PER_USER + 1));
    expect(file.status).toBe(200);
    expect(audit.status).toBe(200);
    expect(audit.body.items.map((item) => item.action)).toContain('client.created');

    // Past the maximum lag each api sets the replica aside (each by its own checks): the same reads
    // are fresh on both, though replay is still paused.
    const freshOnBoth = async () => {
      for (const api of cluster.apis) {
        if (!listed((await readerWeb.get<{ items: { clientId: string }[] }>('/api/caseload', api.url)).body)) return false;
        if ((await supervisorElsewhere.get<{ dataVersion: { id: string } | null }>('/api/reports/overview', api.url)).body.dataVersion?.id === versionBefore) return false;
      }
      return true;
    };
    const fallbackAfterMs = (await pollUntil(freshOnBoth, 30_000, 100)) + observedWithinMs;
    const onReplica = await withClient(replica.url(cluster.databaseName), (client) => client.query('SELECT 1 FROM client WHERE id = $1', [created.id]));
    expect(onReplica.rowCount).toBe(0);
    await replica.resumeReplay();
    await replica.waitUntilCaughtUp();

    // The replica's machine dies: every read still answers, with the new file.
    await replica.kill();
    const killedReads = await Promise.all([
      ...caseworkers.map(({ web }) => web.get('/api/caseload')),
      ...Array.from({ length: 5 }, () => supervisorElsewhere.get(`/api/reports/caseloads?teamId=${team}`)),
      ...Array.from({ length: 5 }, () => supervisorElsewhere.get(teamView)),
    ]);
    const again = await readerWeb.get<{ items: { clientId: string }[] }>('/api/caseload');
    expect(killedReads.map((r) => r.status).filter((status) => status !== 200)).toEqual([]);
    expect(listed(again.body)).toBe(true);

    figures.replica = {
      clientTableScansOnReplicaDuringLoad: loadScans.client,
      staleWindowReads: {
        fromReplica: 2 + staleTeams.filter((r) => filesOf(r.body) === FILES_PER_USER).length,
        fromPrimary: ownTeams.filter((r) => filesOf(r.body) === FILES_PER_USER + 1).length + 2,
        readsObservedWithinMs: observedWithinMs,
      },
      fallbackToPrimaryAfterPauseMs: fallbackAfterMs,
      maxLagMs: MAX_LAG_MS,
      readsWithReplicaKilled: { requests: killedReads.length + 1, non200: killedReads.filter((r) => r.status !== 200).length },
    };
  }, 180_000);

  it('two workers run each scheduler once per period, and keep one scheduler of each', async () => {
    // On a fast machine the file could end before the sweep's second period: wait for it.
    await pollUntil(async () => (await queues.runsOf(JobName.ReminderSweep)).filter((run) => run.completed > 0).length >= 2, 60_000, 500);
    const windowEndedAt = Date.now();
    expect(await queues.schedulerIds()).toEqual({
      maintenance: [JobName.AnonymiseClosedFiles, JobName.WorkerHeartbeat].sort(),
      reminders: [JobName.ReminderSweep, JobName.SupervisorDigest].sort(),
      reports: [JobName.ReportsRefresh],
    });
    // The workers' own schedules since they started; the fast ones since they were changed.
    const periods: [ScheduledJob, number, number][] = [
      [JobName.ReminderSweep, 30_000, cluster.workersStartedAt],
      [JobName.WorkerHeartbeat, 15_000, cluster.workersStartedAt],
      [JobName.SupervisorDigest, FAST_PERIOD_MS, windowStartedAt],
      [JobName.AnonymiseClosedFiles, FAST_PERIOD_MS, windowStartedAt],
    ];
    const schedules: Record<string, unknown> = {};
    figures.schedules = schedules;
    const checks = [];
    for (const [job, periodMs, from] of periods) {
      // Runs of periods that began in the window; the latest may still be running.
      const runs = (await queues.runsOf(job)).filter((run) => run.at >= from - periodMs && run.at <= windowEndedAt && (run.completed > 0 || run.at <= windowEndedAt - periodMs));
      const times = runs.map((run) => run.at);
      schedules[job] = {
        periodMs,
        runs: runs.length,
        windowMs: windowEndedAt - from,
        runOffsetsMs: times.map((at) => at - from),
        takenAgainAfterAWorkerDied: runs.filter((run) => run.started > 1).length,
      };
      checks.push({ runs, gaps: times.slice(1).map((at, i) => at - times[i]), periodMs, least: Math.max(2, Math.floor((windowEndedAt - from) / periodMs) - 1) });
    }
    for (const { runs, gaps, periodMs, least } of checks) {
      // Each run completed once, none failed; one run per period: none missing between the first and the last.
      expect(runs.filter((run) => run.completed !== 1 || run.failed !== 0)).toEqual([]);
      expect(gaps.filter((gap) => gap !== periodMs)).toEqual([]);
      expect(runs.length).toBeGreaterThanOrEqual(least);
    }
    // The digest ran every five seconds, yet each supervisor had one digest that day.
    const digests = cluster.mailbox.messages.filter((message) => /^<digest-/.test(message.messageId ?? ''));
    expect(new Set(digests.map((message) => message.messageId)).size).toBe(digests.length);
    // The workers' periodic checks found every schedule in place: none re-created, so none reset.
    for (const log of cluster.workerLogs()) expect(log).not.toContain('re-created job schedules');
    schedules.digestEmails = digests.length;
  }, 120_000);
});

/**
 * Requests nginx had sent to an api that died before answering, by kind, from its error log:
 * "upstream prematurely closed connection" or "recv() failed (104: Connection reset by peer)"
 * while reading the response header. A refused connection is not counted: nothing was sent.
 */
function requestsCutOff(errorLog: string): { reads: number; writes: number } {
  const cut = errorLog.split('\n').filter((line) => line.includes('[error]') && line.includes('from upstream') && !line.includes('connect() failed'));
  const methods = cut.map((line) => /request: "([A-Z]+) /.exec(line)?.[1]);
  return { reads: methods.filter((method) => method === 'GET').length, writes: methods.filter((method) => method !== 'GET').length };
}

interface TableScans {
  readonly client: number;
  readonly reports: number;
}

function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  return client.connect().then(() => work(client).finally(() => client.end()));
}

/**
 * Sequential and index scans of the caseload's table and of the reporting store, as the server
 * counts them (a backend publishes its counts within 10 s: PostgreSQL's idle flush interval).
 */
function tableScans(url: string): Promise<TableScans> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ client: string; reports: string }>(
      `SELECT coalesce(sum(seq_scan + coalesce(idx_scan, 0)) FILTER (WHERE relname = 'client'), 0) AS client,
              coalesce(sum(seq_scan + coalesce(idx_scan, 0)) FILTER (WHERE relname LIKE 'report\\_%'), 0) AS reports
         FROM pg_stat_user_tables`,
    );
    return { client: Number(rows[0].client), reports: Number(rows[0].reports) };
  });
}

function difference(after: TableScans, before: TableScans): TableScans {
  return { client: after.client - before.client, reports: after.reports - before.reports };
}
