import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTeam, createUser, heardBy, signedIn, type SignedInBrowser, type TestUser } from '../support/accounts.js';
import { clientSummaryMismatches, takeIn } from '../support/clients.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

/**
 * Access follows assignments only while the person works in the file's team: when they leave it
 * (or their account is deactivated) their assignments to its files end, on each file's timeline
 * and in the audit trail, and the team's supervisor sees the files without a primary caseworker.
 */
describe('leaving a team', () => {
  let api: TestApi;
  let team: string;
  let newTeam: string;
  let admin: SignedInBrowser;
  let supervisor: SignedInBrowser;

  beforeAll(async () => {
    api = await startTestApi();
    api.clock.set(new Date('2026-02-16T00:00:00Z'));
    team = await createTeam(api);
    newTeam = await createTeam(api);
    admin = await signedIn(api, { role: 'admin' });
    supervisor = await signedIn(api, { role: 'supervisor', supervises: [team] });
  });
  afterAll(async () => {
    await api.close();
  });

  async function version(userId: string): Promise<number> {
    return ((await admin.get(`/api/users/${userId}`)).body as { version: number }).version;
  }

  async function unassignedIn(teamId: string): Promise<number> {
    const overview = (await supervisor.get(`/api/caseload/team?teamId=${teamId}`)).body as { unassigned: { teamId: string; clients: number }[] };
    return overview.unassigned.find((u) => u.teamId === teamId)?.clients ?? 0;
  }

  it('ends the assignments of a caseworker who moves to another team: 404 on their former file, unassigned for the supervisor', async () => {
    const account = await createUser(api, { role: 'caseworker', memberOf: [team] });
    const caseworker = await signedIn(api, account);
    const file = await takeIn(caseworker, team, { landingDate: '2026-01-10' });
    const colleague = await signedIn(api, { role: 'caseworker', memberOf: [team] });
    const shared = await takeIn(colleague, team, { otherWorkerIds: [account.id] });
    expect((await caseworker.get(`/api/clients/${shared.id}`)).status).toBe(200);
    const before = await unassignedIn(team);

    const moved = await admin.patch(`/api/users/${account.id}`, { version: await version(account.id), memberships: [{ teamId: newTeam, kind: 'member' }] });
    expect(moved.status).toBe(200);

    // Their sessions ended with the change; signed in again, the former team's files are gone.
    const again = await signedIn(api, account);
    for (const id of [file.id, shared.id]) {
      const response = await again.get(`/api/clients/${id}`);
      expect(response.status).toBe(404);
      expect(response.body.code).toBe('RECORD_NOT_FOUND');
    }
    expect(((await again.get('/api/caseload')).body as { items: { clientId: string }[] }).items).toEqual([]);

    const seen = (await supervisor.get(`/api/clients/${file.id}`)).body as { assignments: unknown[] };
    expect(seen.assignments).toEqual([]);
    expect((await colleague.get(`/api/clients/${shared.id}`)).body.assignments).toEqual([expect.objectContaining({ userId: colleague.user.id, role: 'primary' })]);
    expect(await unassignedIn(team)).toBe(before + 1);

    const timeline = await api.dataSource.query<{ client_id: string; data: { userId: string; role: string; reason: string } }[]>(
      `SELECT client_id, data FROM timeline_event WHERE kind = 'client.assignment-ended' AND data->>'userId' = $1 ORDER BY client_id`,
      [account.id],
    );
    expect(timeline).toHaveLength(2);
    expect(timeline).toContainEqual({ client_id: file.id, data: { userId: account.id, role: 'primary', reason: 'left-team' } });
    expect(timeline).toContainEqual({ client_id: shared.id, data: { userId: account.id, role: 'other', reason: 'left-team' } });
    const audited = await api.dataSource.query<{ client_id: string; actor_user_id: string }[]>(
      `SELECT client_id, actor_user_id FROM audit_event WHERE action = 'client.updated' AND details->>'userId' = $1 AND details->>'reason' = 'left-team'`,
      [account.id],
    );
    expect(audited).toHaveLength(2);
    expect(audited.every((row) => row.actor_user_id === admin.user.id)).toBe(true);

    // The open deadlines belong to no one, so their reminders go to the team's supervisor.
    const owners = await api.dataSource.query<{ owner_id: string | null }[]>(`SELECT owner_id FROM deadline WHERE client_id = $1 AND status = 'open'`, [file.id]);
    expect(owners.length).toBeGreaterThan(0);
    expect(owners.every((d) => d.owner_id === null)).toBe(true);
    const recipients = await api.dataSource.query<{ recipient_user_id: string }[]>(
      `SELECT DISTINCT recipient_user_id FROM reminder WHERE client_id = $1 AND status = 'planned'`,
      [file.id],
    );
    expect(recipients).toEqual([{ recipient_user_id: supervisor.user.id }]);
    expect(await clientSummaryMismatches(api.dataSource)).toEqual([]);
  });

  it('keeps the assignments of the teams they stay in', async () => {
    const account = await createUser(api, { role: 'caseworker', memberOf: [team, newTeam] });
    const caseworker = await signedIn(api, account);
    const kept = await takeIn(caseworker, newTeam);
    const left = await takeIn(caseworker, team);
    expect((await admin.patch(`/api/users/${account.id}`, { version: await version(account.id), memberships: [{ teamId: newTeam, kind: 'member' }] })).status).toBe(200);
    const again = await signedIn(api, account);
    expect((await again.get(`/api/clients/${kept.id}`)).body.assignments).toEqual([expect.objectContaining({ userId: account.id, role: 'primary' })]);
    expect((await again.get(`/api/clients/${left.id}`)).status).toBe(404);
  });

  it('ends the assignments of a deactivated caseworker, so their files show up unassigned', async () => {
    const account = await createUser(api, { role: 'caseworker', memberOf: [team] });
    const file = await takeIn(await signedIn(api, account), team);
    const before = await unassignedIn(team);
    expect((await admin.post(`/api/users/${account.id}/deactivate`)).status).toBe(200);
    expect((await supervisor.get(`/api/clients/${file.id}`)).body.assignments).toEqual([]);
    expect(await unassignedIn(team)).toBe(before + 1);
    const [entry] = await api.dataSource.query<{ data: { reason: string } }[]>(`SELECT data FROM timeline_event WHERE client_id = $1 AND kind = 'client.assignment-ended'`, [file.id]);
    expect(entry?.data.reason).toBe('deactivated');
  });

  /** A file of `team` that a supervisor of another team opened through emergency access; its grant. */
  async function openedInEmergency(): Promise<{ account: TestUser; fileId: string; grantId: string }> {
    const file = await takeIn(await signedIn(api, { role: 'caseworker', memberOf: [team] }), team);
    const account = await createUser(api, { role: 'supervisor', supervises: [newTeam] });
    const holder = await signedIn(api, account);
    expect((await holder.post(`/api/clients/${file.id}/break-glass`, { reason: 'Client arrived at the office in crisis' })).status).toBe(200);
    const [grant] = await api.dataSource.query<[{ id: string }]>('SELECT id FROM break_glass_grant WHERE user_id = $1 AND client_id = $2', [account.id, file.id]);
    return { account, fileId: file.id, grantId: grant.id };
  }

  async function endOf(grantId: string) {
    const [grant] = await api.dataSource.query<[{ ended_at: Date | null; ended_by: string | null }]>('SELECT ended_at, ended_by FROM break_glass_grant WHERE id = $1', [grantId]);
    const timeline = await api.dataSource.query<{ actor_user_id: string; data: Record<string, unknown> }[]>(
      `SELECT actor_user_id, data FROM timeline_event WHERE kind = 'client.break-glass.ended' AND data->>'grantId' = $1`,
      [grantId],
    );
    const audited = await api.dataSource.query<{ actor_user_id: string; client_id: string; details: Record<string, unknown> }[]>(
      `SELECT actor_user_id, client_id, details FROM audit_event WHERE action = 'client.break-glass.ended' AND target_id = $1`,
      [grantId],
    );
    return { grant, timeline, audited };
  }

  it('ends the emergency access of a supervisor demoted to caseworker: signed in again, the file is out of reach', async () => {
    const { account, fileId, grantId } = await openedInEmergency();
    const demoted = await admin.patch(`/api/users/${account.id}`, { version: await version(account.id), role: 'caseworker', memberships: [{ teamId: newTeam, kind: 'member' }] });
    expect(demoted.status).toBe(200);

    const ended = await endOf(grantId);
    expect(ended.grant).toEqual({ ended_at: api.clock.now(), ended_by: admin.user.id });
    const data = { grantId, openedBy: account.id, byHolder: false, reason: 'role-changed' };
    expect(ended.timeline).toEqual([{ actor_user_id: admin.user.id, data }]);
    expect(ended.audited).toEqual([{ actor_user_id: admin.user.id, client_id: fileId, details: data }]);
    const again = await signedIn(api, account);
    expect((await again.get(`/api/clients/${fileId}`)).status).toBe(404);
  });

  it('ends the emergency access of a deactivated supervisor', async () => {
    const { account, grantId } = await openedInEmergency();
    expect((await admin.post(`/api/users/${account.id}/deactivate`)).status).toBe(200);
    const ended = await endOf(grantId);
    expect(ended.grant.ended_by).toBe(admin.user.id);
    expect(ended.timeline).toEqual([{ actor_user_id: admin.user.id, data: { grantId, openedBy: account.id, byHolder: false, reason: 'deactivated' } }]);
  });

  it('leaves the emergency access of a supervisor whose name alone changed', async () => {
    const { account, grantId } = await openedInEmergency();
    expect((await admin.patch(`/api/users/${account.id}`, { version: await version(account.id), displayName: 'Renamed supervisor' })).status).toBe(200);
    expect((await endOf(grantId)).grant).toEqual({ ended_at: null, ended_by: null });
  });

  it('stops access at once when a membership ends by any other path, before any assignment is released', async () => {
    const account = await createUser(api, { role: 'caseworker', memberOf: [team] });
    const caseworker = await signedIn(api, account);
    const file = await takeIn(caseworker, team);
    // Straight in the database: no service ran, the assignment is still there, the session lives.
    await api.dataSource.query('DELETE FROM team_membership WHERE user_id = $1', [account.id]);
    await heardBy(api, account.id);
    expect(await api.dataSource.query('SELECT 1 FROM client_assignment WHERE user_id = $1', [account.id])).toHaveLength(1);
    expect((await caseworker.get(`/api/clients/${file.id}`)).status).toBe(404);
    expect((await caseworker.post(`/api/clients/${file.id}/notes`, { body: 'Still here?' })).status).toBe(404);
  });
});
