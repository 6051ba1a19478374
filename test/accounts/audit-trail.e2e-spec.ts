import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { Browser, createTeam, createUser, signedIn, type SignedInBrowser } from '../support/accounts.js';
import { queryAsOwner } from '../support/fresh-database.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

interface AuditItem {
  action: string;
  outcome: string;
  actorUserId: string | null;
  targetId: string | null;
  changedFields: string[] | null;
  ip: string | null;
  correlationId: string | null;
}

describe('audit trail', () => {
  let api: TestApi;
  let admin: SignedInBrowser;
  beforeAll(async () => {
    api = await startTestApi();
    admin = await signedIn(api, { role: 'admin' });
  });
  afterAll(async () => {
    await api.close();
  });

  const eventsFor = async (query: string) => ((await admin.get(`/api/audit-events?${query}`)).body as { items: AuditItem[] }).items;

  it('records sign-in, failed sign-in and sign-out with address and correlation id', async () => {
    const user = await createUser(api, { role: 'caseworker' });
    await new Browser(api).signIn(user.email, 'not the right password');
    const failed = await request(api.server).post('/api/auth/login').send({ email: user.email, password: 'still not right' });
    const browser = await signedIn(api, user);
    await browser.post('/api/auth/logout');

    const events = await eventsFor(`userId=${user.id}`);
    expect(events.map((e) => `${e.action}:${e.outcome}`)).toEqual(['auth.sign-out:success', 'auth.sign-in:success']);
    const failures = (await eventsFor('limit=200')).filter((e) => e.action === 'auth.sign-in' && e.outcome === 'failure' && e.targetId === user.id);
    expect(failures).toHaveLength(2);
    expect(failures[0]?.actorUserId).toBeNull();
    expect(failures[0]?.ip).toMatch(/127\.0\.0\.1/);
    expect(failures.map((f) => f.correlationId)).toContain(failed.headers['x-correlation-id']);
  });

  it('records an account change with the names of the changed fields, never their values', async () => {
    const team = await createTeam(api);
    const user = await createUser(api, { role: 'caseworker' });
    const { version } = (await admin.get(`/api/users/${user.id}`)).body as { version: number };
    await admin.patch(`/api/users/${user.id}`, { version, displayName: 'Secret New Name', memberships: [{ teamId: team, kind: 'member' }] });
    const [event] = (await eventsFor(`userId=${admin.user.id}&limit=200`)).filter((e) => e.action === 'account.user.updated' && e.targetId === user.id);
    expect(event?.changedFields).toEqual(['displayName', 'memberships']);
    expect(JSON.stringify(event)).not.toContain('Secret New Name');
  });

  it('is append-only: the database refuses UPDATE, DELETE and TRUNCATE, even from the owner of the table', async () => {
    // The api's own role lacks the privileges altogether (test/platform/database-roles.int-spec.ts).
    await expect(queryAsOwner(`UPDATE audit_event SET action = 'tampered'`)).rejects.toThrow(/append-only: UPDATE refused/);
    await expect(queryAsOwner('DELETE FROM audit_event')).rejects.toThrow(/append-only: DELETE refused/);
    await expect(queryAsOwner('TRUNCATE audit_event')).rejects.toThrow(/append-only: TRUNCATE refused/);
  });

  it('pages through the trail newest first with a cursor, within a time range', async () => {
    const user = await createUser(api, { role: 'caseworker' });
    const from = api.clock.now().toISOString();
    for (let i = 0; i < 5; i++) {
      api.clock.advance(1_000);
      await signedIn(api, user);
    }
    const to = new Date(api.clock.now().getTime() + 1).toISOString();
    const first = await admin.get(`/api/audit-events?userId=${user.id}&limit=2&from=${from}&to=${to}`);
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(2);
    const second = await admin.get(`/api/audit-events?userId=${user.id}&limit=2&from=${from}&to=${to}&cursor=${first.body.nextCursor}`);
    const third = await admin.get(`/api/audit-events?userId=${user.id}&limit=2&from=${from}&to=${to}&cursor=${second.body.nextCursor}`);
    expect(third.body.items).toHaveLength(1);
    expect(third.body.nextCursor).toBeNull();
    const times = [...first.body.items, ...second.body.items, ...third.body.items].map((e: { occurredAt: string }) => e.occurredAt);
    expect(times).toEqual([...times].sort().reverse());
    expect(new Set(times).size).toBe(5);
  });

  it('shows a supervisor what their teams’ members did, and nothing else', async () => {
    const team = await createTeam(api);
    const member = await createUser(api, { role: 'caseworker', memberOf: [team] });
    const outsider = await createUser(api, { role: 'caseworker' });
    await signedIn(api, member);
    await signedIn(api, outsider);
    const supervisor = await signedIn(api, { role: 'supervisor', supervises: [team] });

    const mine = await supervisor.get(`/api/audit-events?userId=${member.id}`);
    expect(mine.status).toBe(200);
    expect(mine.body.items.length).toBeGreaterThan(0);
    const theirs = await supervisor.get(`/api/audit-events?userId=${outsider.id}`);
    expect(theirs.body.items).toEqual([]);
  });

  it('is closed to caseworkers and refuses malformed filters', async () => {
    const caseworker = await signedIn(api, { role: 'caseworker' });
    expect((await caseworker.get('/api/audit-events')).status).toBe(403);
    expect((await admin.get('/api/audit-events?from=yesterday')).status).toBe(400);
    expect((await admin.get('/api/audit-events?limit=5000')).status).toBe(400);
    expect((await admin.get('/api/audit-events?cursor=garbage')).status).toBe(400);
    expect((await admin.get('/api/audit-events?userId=1')).status).toBe(400);
  });
});
