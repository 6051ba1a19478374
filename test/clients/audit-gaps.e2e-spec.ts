import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { DeniedAccessRecorder } from '#clients';
import { createTeam, signedIn, type SignedInBrowser } from '../support/accounts.js';
import { takeIn } from '../support/clients.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

/** Reads that left no trace: refused (404) asks for files outside one's scope, and status options. */
describe('audit of refused and forgotten reads', () => {
  let api: TestApi;
  let team: string;
  let owner: SignedInBrowser;
  let outsider: SignedInBrowser;

  beforeAll(async () => {
    api = await startTestApi();
    team = await createTeam(api);
    owner = await signedIn(api, { role: 'caseworker', memberOf: [team] });
    outsider = await signedIn(api, { role: 'caseworker', memberOf: [await createTeam(api)] });
  });
  afterAll(async () => {
    await api.close();
  });

  const deniedLines = async (userId: string, clientId: string) => {
    // The lines are written after the 404 went out.
    await api.app.get(DeniedAccessRecorder).settled();
    return api.dataSource.query<{ outcome: string; actor_role: string; target_type: string; target_id: string; details: Record<string, unknown> }[]>(
      `SELECT outcome, actor_role, target_type, target_id, details FROM audit_event
        WHERE action = 'client.access.denied' AND actor_user_id = $1 AND client_id = $2`,
      [userId, clientId],
    );
  };

  /** The answer without what differs per request. */
  const answer = (response: { status: number; body: { code?: string; message?: string; details?: unknown } }) => ({
    status: response.status,
    code: response.body.code,
    message: response.body.message,
    details: response.body.details,
  });

  it('records a refused ask for a file outside the scope, once per user, file and minute, with the same 404 as a missing file', async () => {
    const client = await takeIn(owner, team);
    const missing = randomUUID();
    const reads = ['', '/applications', '/appointments', '/deadlines', '/timeline', '/status-history', '/status-options'];
    const refused = await Promise.all(reads.map((path) => outsider.get(`/api/clients/${client.id}${path}`)));
    const absent = await Promise.all(reads.map((path) => outsider.get(`/api/clients/${missing}${path}`)));
    expect(refused.map(answer)).toEqual(absent.map(answer));
    expect(refused.map((r) => r.status)).toEqual(reads.map(() => 404));

    const lines = await deniedLines(outsider.user.id, client.id);
    expect(lines).toEqual([{ outcome: 'denied', actor_role: 'caseworker', target_type: 'client', target_id: client.id, details: { operation: 'read' } }]);
    // An id that belongs to no file reveals nothing and leaves nothing.
    expect(await deniedLines(outsider.user.id, missing)).toEqual([]);
  });

  it('records a refused change the same way, though its transaction rolls back', async () => {
    const client = await takeIn(owner, team);
    const changed = await outsider.patch(`/api/clients/${client.id}`, { version: client.version, phone: '090-0000-1111' });
    expect(changed.status).toBe(404);
    expect(await deniedLines(outsider.user.id, client.id)).toEqual([expect.objectContaining({ outcome: 'denied', details: { operation: 'change' } })]);
    // Then a read of the same file within the minute: still one line.
    expect((await outsider.get(`/api/clients/${client.id}`)).status).toBe(404);
    expect(await deniedLines(outsider.user.id, client.id)).toHaveLength(1);
  });

  it('keeps a line per user: an administrator asking for a file gets their own', async () => {
    const client = await takeIn(owner, team);
    const admin = await signedIn(api, { role: 'admin' });
    expect((await admin.get(`/api/clients/${client.id}/timeline`)).status).toBe(404);
    expect((await outsider.get(`/api/clients/${client.id}/timeline`)).status).toBe(404);
    expect(await deniedLines(admin.user.id, client.id)).toEqual([expect.objectContaining({ actor_role: 'admin' })]);
    expect(await deniedLines(outsider.user.id, client.id)).toHaveLength(1);
  });

  it('leaves no denied line for a file the caller may see', async () => {
    const client = await takeIn(owner, team);
    expect((await owner.get(`/api/clients/${client.id}`)).status).toBe(200);
    expect(await deniedLines(owner.user.id, client.id)).toEqual([]);
  });

  it('audits reading the status options as a read of the file', async () => {
    const client = await takeIn(owner, team);
    const options = await owner.get(`/api/clients/${client.id}/status-options`);
    expect(options.status).toBe(200);
    const rows = await api.dataSource.query<{ outcome: string; actor_user_id: string; details: { statusOptions?: number } }[]>(
      `SELECT outcome, actor_user_id, details FROM audit_event WHERE client_id = $1 AND action = 'client.read' AND details ? 'statusOptions'`,
      [client.id],
    );
    expect(rows).toEqual([
      { outcome: 'success', actor_user_id: owner.user.id, details: { statusOptions: options.body.residence.length + options.body.custody.length } },
    ]);
  });
});
