import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { SessionCache } from '#accounts';
import { createTeam, signedIn, type SignedInBrowser } from '../support/accounts.js';
import { takeIn } from '../support/clients.js';
import { freshDatabase } from '../support/fresh-database.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

const PARALLEL = 12;

/**
 * Every read of personal data leaves its audit line, one per request, also when the session was
 * answered from memory and the requests run at once; a read that fails leaves none. A database of
 * its own: the failing reads hold a lock on the client table.
 */
describe('the audit line of every read', () => {
  let api: TestApi;
  let databaseUrl: string;
  let caseworker: SignedInBrowser;
  let supervisor: SignedInBrowser;
  let fileId: string;

  beforeAll(async () => {
    databaseUrl = await freshDatabase('read_audit');
    // A short statement timeout, so a read stuck behind the lock fails within the test.
    api = await startTestApi({ env: { DATABASE_URL: databaseUrl, DATABASE_STATEMENT_TIMEOUT_MS: '1500' } });
    const team = await createTeam(api);
    caseworker = await signedIn(api, { role: 'caseworker', memberOf: [team] });
    supervisor = await signedIn(api, { role: 'supervisor', supervises: [team] });
    fileId = (await takeIn(caseworker, team, { landingDate: '2026-01-10' })).id;
    await takeIn(caseworker, team, { landingDate: '2026-01-12' });
  });
  afterAll(async () => {
    await api.close();
  });

  async function linesOf(correlationIds: readonly string[]) {
    return api.dataSource.query<{ correlation_id: string; action: string; actor_user_id: string; outcome: string }[]>(
      'SELECT correlation_id, action, actor_user_id, outcome FROM audit_event WHERE correlation_id = ANY($1)',
      [correlationIds],
    );
  }

  const reads: [string, () => { browser: SignedInBrowser; path: string; action: string }][] = [
    ['my caseload', () => ({ browser: caseworker, path: '/api/caseload', action: 'client.listed' })],
    ['a search', () => ({ browser: supervisor, path: '/api/clients?q=Amina', action: 'client.listed' })],
    ['a client file', () => ({ browser: caseworker, path: `/api/clients/${fileId}`, action: 'client.read' })],
  ];

  it.each(reads)('writes one line per request for %s, sessions answered from memory, %#', async (_name, read) => {
    const { browser, path, action } = read();
    const cache = api.app.get(SessionCache);
    expect((await browser.get(path)).status).toBe(200);
    const hitsBefore = cache.stats().hits;
    const ids = Array.from({ length: PARALLEL }, () => `read-${randomUUID()}`);
    const responses = await Promise.all(ids.map((id) => browser.get(path).set('X-Request-Id', id)));
    expect(responses.map((r) => r.status)).toEqual(ids.map(() => 200));
    expect(cache.stats().hits - hitsBefore).toBeGreaterThanOrEqual(PARALLEL);

    const lines = await linesOf(ids);
    expect(lines).toHaveLength(PARALLEL);
    expect(new Set(lines.map((l) => l.correlation_id))).toEqual(new Set(ids));
    for (const line of lines) expect(line).toMatchObject({ action, actor_user_id: browser.user.id, outcome: 'success' });
  });

  it('lists in the caseload’s line exactly the files of the page shown, in its order, page after page', async () => {
    const lineOf = async (id: string) => {
      const [line] = await api.dataSource.query<{ record_ids: string[]; details: unknown }[]>('SELECT record_ids, details FROM audit_event WHERE correlation_id = $1', [id]);
      return line;
    };
    const all = (await caseworker.get('/api/caseload')).body.items as { clientId: string }[];
    expect(all.length).toBeGreaterThanOrEqual(2);
    // A page of one is read with one row more, to know a page follows: that row is not shown, so not listed.
    const firstId = `page-${randomUUID()}`;
    const first = await caseworker.get('/api/caseload?limit=1').set('X-Request-Id', firstId);
    expect(first.body.items.map((i: { clientId: string }) => i.clientId)).toEqual([all[0]?.clientId]);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    expect(await lineOf(firstId)).toEqual({ record_ids: [all[0]?.clientId], details: { caseload: true } });
    const restId = `page-${randomUUID()}`;
    const rest = await caseworker.get(`/api/caseload?limit=50&cursor=${first.body.nextCursor}`).set('X-Request-Id', restId);
    expect(rest.body.items.map((i: { clientId: string }) => i.clientId)).toEqual(all.slice(1).map((i) => i.clientId));
    expect((await lineOf(restId))?.record_ids).toEqual(all.slice(1).map((i) => i.clientId));
    // An empty page shows nobody: no line.
    const emptyId = `page-${randomUUID()}`;
    const nobody = await signedIn(api, { role: 'caseworker', memberOf: [await createTeam(api)] });
    expect((await nobody.get('/api/caseload').set('X-Request-Id', emptyId)).body.items).toEqual([]);
    expect(await linesOf([emptyId])).toEqual([]);
  });

  it.each(reads)('writes no line when %s fails', async (_name, read) => {
    const { browser, path } = read();
    expect((await browser.get(path)).status).toBe(200);
    // Another session holds the client table: the read waits, then hits the statement timeout.
    const blocker = new pg.Client({ connectionString: databaseUrl });
    await blocker.connect();
    const id = `failed-${randomUUID()}`;
    try {
      await blocker.query('BEGIN');
      await blocker.query('LOCK TABLE client IN ACCESS EXCLUSIVE MODE');
      const failed = await browser.get(path).set('X-Request-Id', id);
      expect(failed.status).toBeGreaterThanOrEqual(500);
      expect((failed.body as { correlationId: string }).correlationId).toBe(id);
    } finally {
      await blocker.query('ROLLBACK').catch(() => undefined);
      await blocker.end();
    }
    expect(await linesOf([id])).toEqual([]);
    // And the next read, the lock gone, is answered and audited again.
    const again = `again-${randomUUID()}`;
    expect((await browser.get(path).set('X-Request-Id', again)).status).toBe(200);
    expect(await linesOf([again])).toHaveLength(1);
  });
});
