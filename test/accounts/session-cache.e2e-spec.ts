import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { SessionCache } from '#accounts';
import { createTeam, createUser, signedIn, TEST_PASSWORD, type SignedInBrowser } from '../support/accounts.js';
import { takeIn } from '../support/clients.js';
import { pollUntil } from '../support/poll.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

const NOW = new Date('2026-03-02T01:00:00Z');

/**
 * Each api process keeps the sessions it has looked up in memory (SessionCache), and the database
 * tells every process at once of each change (triggers, LISTEN/NOTIFY). Two api instances on one
 * database here, like two processes behind the proxy: a session is warmed in both, then changed
 * through one of them (or behind their backs, in SQL), and its very next request on each is
 * answered from the new state.
 */
describe('sessions kept in memory on every api, and every change seen at the next request', () => {
  let apis: TestApi[];
  let team: string;
  let otherTeam: string;
  let admin: SignedInBrowser;
  let supervisor: SignedInBrowser;

  beforeAll(async () => {
    apis = [await startTestApi(), await startTestApi()];
    for (const api of apis) api.clock.set(NOW);
    team = await createTeam(apis[0]);
    otherTeam = await createTeam(apis[0]);
    admin = await signedIn(apis[0], { role: 'admin' });
    supervisor = await signedIn(apis[1], { role: 'supervisor', supervises: [otherTeam] });
  });
  afterAll(async () => {
    for (const api of apis) await api.close();
  });

  const cacheOf = (api: TestApi) => api.app.get(SessionCache);

  /** The browser's cookie sent to `api`, whichever api it signed in through. */
  function on(api: TestApi, browser: SignedInBrowser, path: string) {
    return request(api.server).get(path).set('Cookie', `yorisoi_session=${browser.cookie() ?? ''}`);
  }

  /** Two requests on each api: the first looks the session up, the second is answered from memory. */
  async function warm(browser: SignedInBrowser): Promise<void> {
    for (const api of apis) {
      const before = cacheOf(api).stats().hits;
      for (let i = 0; i < 2; i++) expect((await on(api, browser, '/api/auth/me')).status).toBe(200);
      expect(cacheOf(api).stats().hits).toBeGreaterThan(before);
    }
  }

  async function statusesOnEveryApi(browser: SignedInBrowser, path = '/api/auth/me'): Promise<number[]> {
    return Promise.all(apis.map(async (api) => (await on(api, browser, path)).status));
  }

  async function version(userId: string): Promise<number> {
    return ((await admin.get(`/api/users/${userId}`)).body as { version: number }).version;
  }

  it('listens on every api and answers a warmed session from memory, with no session query', async () => {
    for (const api of apis) expect(cacheOf(api).stats().active).toBe(true);
    const caseworker = await signedIn(apis[0], { role: 'caseworker', memberOf: [team] });
    await warm(caseworker);
    const before = cacheOf(apis[1]).stats();
    for (let i = 0; i < 5; i++) expect((await on(apis[1], caseworker, '/api/caseload')).status).toBe(200);
    const after = cacheOf(apis[1]).stats();
    expect(after.hits - before.hits).toBe(5);
    expect(after.misses).toBe(before.misses);
  });

  /**
   * Waits until every api has heard a change made behind its back (in SQL): the database notifies
   * it when the change commits, a moment later, not before the writer's next statement. Changes
   * made through an api need no wait: it publishes them before it answers.
   */
  async function heardEverywhere(userId: string): Promise<void> {
    await pollUntil(() => Promise.resolve(apis.every((api) => !cacheOf(api).holds(userId))), 5_000, 5);
  }

  const changes: [string, (user: SignedInBrowser) => Promise<void>][] = [
    [
      'signing out',
      async (user) => {
        expect((await user.post('/api/auth/logout')).status).toBe(204);
      },
    ],
    [
      'a session revoked from the user’s other session',
      async (user) => {
        const other = await signedIn(apis[1], user.user);
        const mine = ((await user.get('/api/auth/sessions')).body as { id: string; current: boolean }[]).find((s) => s.current);
        expect((await other.delete(`/api/auth/sessions/${mine?.id ?? ''}`)).status).toBe(204);
      },
    ],
    [
      'every other session ended by a password change',
      async (user) => {
        const other = await signedIn(apis[1], user.user);
        expect((await other.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'another long passphrase 2026' })).status).toBe(204);
      },
    ],
    [
      'the account deactivated by an administrator',
      async (user) => {
        expect((await admin.post(`/api/users/${user.user.id}/deactivate`)).status).toBe(200);
      },
    ],
    [
      'the role changed by an administrator',
      async (user) => {
        const changed = await admin.patch(`/api/users/${user.user.id}`, { version: await version(user.user.id), role: 'supervisor', memberships: [{ teamId: team, kind: 'supervisor' }] });
        expect(changed.status).toBe(200);
      },
    ],
    [
      'the session revoked in SQL, behind the apis’ backs',
      async (user) => {
        await apis[0].dataSource.query(`UPDATE session SET revoked_at = now(), revoked_reason = 'test' WHERE user_id = $1`, [user.user.id]);
        await heardEverywhere(user.user.id);
      },
    ],
    [
      'the account deactivated in SQL',
      async (user) => {
        await apis[1].dataSource.query('UPDATE user_account SET active = false WHERE id = $1', [user.user.id]);
        await heardEverywhere(user.user.id);
      },
    ],
    [
      'the session’s last use moved back past the idle timeout in SQL',
      async (user) => {
        await apis[0].dataSource.query(`UPDATE session SET last_seen_at = $2 WHERE user_id = $1`, [user.user.id, new Date(NOW.getTime() - 31 * 60_000)]);
        await heardEverywhere(user.user.id);
      },
    ],
  ];

  it.each(changes)('refuses the session on both apis at its next request after %s', async (_change, change) => {
    const user = await signedIn(apis[0], { role: 'caseworker', memberOf: [team] });
    await warm(user);
    await change(user);
    const after = await Promise.all(apis.map(async (api) => on(api, user, '/api/auth/me')));
    for (const response of after) {
      // A role change ends the sessions too; had it not, the new role would have to show.
      if (response.status === 200) expect((response.body as { role: string }).role).not.toBe('caseworker');
      else expect(response.status).toBe(401);
    }
    expect(after.map((r) => r.status)).toEqual([401, 401]);
  });

  it('shows a new display name on both apis at the next request, the session staying signed in', async () => {
    const user = await signedIn(apis[0], { role: 'caseworker', memberOf: [team] });
    await warm(user);
    expect((await user.patch('/api/auth/me', { displayName: 'Renamed caseworker' })).status).toBe(200);
    for (const api of apis) {
      const me = await on(api, user, '/api/auth/me');
      expect(me.status).toBe(200);
      expect((me.body as { displayName: string }).displayName).toBe('Renamed caseworker');
    }
  });

  it('gives a file opened through emergency access on both apis at once, and takes it away at once when it ends', async () => {
    const owner = await signedIn(apis[0], { role: 'caseworker', memberOf: [otherTeam] });
    const file = await takeIn(owner, otherTeam, { landingDate: '2026-01-10' });
    const outsider = await signedIn(apis[0], { role: 'supervisor', supervises: [team] });
    await warm(outsider);
    expect(await statusesOnEveryApi(outsider, `/api/clients/${file.id}`)).toEqual([404, 404]);

    const opened = await outsider.post(`/api/clients/${file.id}/break-glass`, { reason: 'The client is at the bureau now and asks for help' });
    expect(opened.status).toBe(200);
    expect(await statusesOnEveryApi(outsider, `/api/clients/${file.id}`)).toEqual([200, 200]);

    const grants = (await supervisor.get('/api/emergency-access')).body as { items: { id: string; clientId: string }[] };
    const grant = grants.items.find((g) => g.clientId === file.id);
    expect((await supervisor.post(`/api/emergency-access/${grant?.id ?? ''}/end`)).status).toBe(200);
    expect(await statusesOnEveryApi(outsider, `/api/clients/${file.id}`)).toEqual([404, 404]);
  });

  it('lets nothing kept outlive its clock: an emergency grant expiring, the idle timeout, the absolute lifetime', async () => {
    const owner = await signedIn(apis[0], { role: 'caseworker', memberOf: [otherTeam] });
    const file = await takeIn(owner, otherTeam, { landingDate: '2026-01-10' });
    const outsider = await signedIn(apis[1], { role: 'supervisor', supervises: [team] });
    expect((await outsider.post(`/api/clients/${file.id}/break-glass`, { reason: 'The client is at the bureau now and asks for help' })).status).toBe(200);
    await warm(outsider);
    expect(await statusesOnEveryApi(outsider, `/api/clients/${file.id}`)).toEqual([200, 200]);
    const [{ expires_at: grantEnds }] = await apis[0].dataSource.query<[{ expires_at: Date }]>(
      'SELECT expires_at FROM break_glass_grant WHERE user_id = $1 AND client_id = $2',
      [outsider.user.id, file.id],
    );
    try {
      // The session kept busy (the idle timeout is shorter than a grant) until the grant expires.
      const step = async (to: Date) => {
        for (const api of apis) api.clock.set(to);
        return statusesOnEveryApi(outsider, `/api/clients/${file.id}`);
      };
      while (apis[0].clock.now().getTime() + 10 * 60_000 < grantEnds.getTime()) {
        expect(await step(new Date(apis[0].clock.now().getTime() + 10 * 60_000))).toEqual([200, 200]);
      }
      expect(await step(new Date(grantEnds.getTime() - 1))).toEqual([200, 200]);
      expect(await step(new Date(grantEnds.getTime() + 1))).toEqual([404, 404]);

      const idle = await signedIn(apis[0], { role: 'caseworker', memberOf: [team] });
      await warm(idle);
      for (const api of apis) api.clock.set(new Date(api.clock.now().getTime() + api.config.auth.sessionIdleTimeoutMs + 1));
      expect(await statusesOnEveryApi(idle)).toEqual([401, 401]);

      const busy = await signedIn(apis[0], { role: 'caseworker', memberOf: [team] });
      await warm(busy);
      // Busy to the end: a request every ten minutes until the absolute lifetime is over.
      const ends = apis[0].clock.now().getTime() + apis[0].config.auth.sessionAbsoluteTimeoutMs;
      while (apis[0].clock.now().getTime() + 10 * 60_000 < ends) {
        for (const api of apis) api.clock.set(new Date(api.clock.now().getTime() + 10 * 60_000));
        expect(await statusesOnEveryApi(busy)).toEqual([200, 200]);
      }
      for (const api of apis) api.clock.set(new Date(ends + 1));
      expect(await statusesOnEveryApi(busy)).toEqual([401, 401]);
    } finally {
      for (const api of apis) api.clock.set(NOW);
    }
  });

  it('refuses a session revoked while its requests run in parallel on both apis, from the revocation on', async () => {
    const user = await signedIn(apis[0], { role: 'caseworker', memberOf: [team] });
    await warm(user);
    const burst = () => Promise.all(Array.from({ length: 20 }, (_, i) => on(apis[i % 2], user, '/api/caseload')));
    const during = burst();
    expect((await user.post('/api/auth/logout')).status).toBe(204);
    // Whatever ran alongside the sign-out, each answer is 200 or 401: never an error.
    for (const response of await during) expect([200, 401]).toContain(response.status);
    for (const response of await burst()) expect(response.status).toBe(401);
  });

  it('empties the cache and looks every session up while the notifications cannot be heard, and keeps again once they can', async () => {
    const user = await signedIn(apis[0], { role: 'caseworker', memberOf: [team] });
    await warm(user);
    const listensBefore = apis.map((api) => cacheOf(api).stats().listens);
    await apis[0].dataSource.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'yorisoi-listener'`);
    // Each api notices the loss, empties its cache and listens again.
    await pollUntil(() => Promise.resolve(apis.every((api, i) => cacheOf(api).stats().listens > listensBefore[i])), 10_000, 20);
    for (const api of apis) expect(cacheOf(api).stats()).toMatchObject({ active: true, entries: 0 });
    // Notifications flow again: a revocation in SQL is seen at once.
    await warm(user);
    await apis[1].dataSource.query(`UPDATE session SET revoked_at = now(), revoked_reason = 'test' WHERE user_id = $1`, [user.user.id]);
    await heardEverywhere(user.user.id);
    expect(await statusesOnEveryApi(user)).toEqual([401, 401]);
  });

  it('keeps nothing when SESSION_CACHE_SECONDS is 0', async () => {
    const uncached = await startTestApi({ env: { SESSION_CACHE_SECONDS: '0' } });
    try {
      uncached.clock.set(NOW);
      const account = await createUser(uncached, { role: 'caseworker', memberOf: [team] });
      const user = await signedIn(uncached, account);
      for (let i = 0; i < 3; i++) expect((await user.get('/api/auth/me')).status).toBe(200);
      expect(uncached.app.get(SessionCache).stats()).toMatchObject({ active: false, entries: 0, hits: 0 });
    } finally {
      await uncached.close();
    }
  });
});
