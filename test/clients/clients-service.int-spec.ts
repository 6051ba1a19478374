import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Principal } from '#accounts';
import { ClientsService } from '#clients';
import { DomainError } from '#domain';
import { newAccount, newAdmin, newCaseworker, newSupervisor, newTeam } from '../support/factories/accounts.factory.js';
import { newClient } from '../support/factories/clients.factory.js';
import { startServiceContext, type ServiceContext } from '../support/factories/service-context.js';

// ClientsService against the real database: scope, what a change writes to the audit trail,
// the answer it gives, and what happens when two people change one file at once.
describe('ClientsService', () => {
  let ctx: ServiceContext;
  let clients: ClientsService;
  let team: string;
  let caseworker: Principal;
  let colleague: Principal;
  let supervisor: Principal;

  beforeAll(async () => {
    ctx = await startServiceContext();
    ctx.clock.set(new Date('2026-03-02T10:00:00+09:00'));
    clients = ctx.get(ClientsService);
    team = await newTeam(ctx);
    caseworker = await newCaseworker(ctx, team);
    colleague = await newCaseworker(ctx, team);
    supervisor = await newSupervisor(ctx, team);
  });
  afterAll(() => ctx.close());

  /** The error code a call fails with (fails the test if it succeeds or throws something else). */
  async function codeOf(call: Promise<unknown>): Promise<string> {
    const error = await call.then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    if (!(error instanceof DomainError)) throw new Error(`expected a DomainError, got ${String(error)}`);
    return String(error.code);
  }

  /** The audit lines about the file written after `since` (an audit_event id), oldest first. */
  async function auditSince(clientId: string, since: string) {
    return ctx.dataSource.query<{ action: string; changed_fields: string[] | null }[]>(
      'SELECT action, changed_fields FROM audit_event WHERE client_id = $1 AND id > $2 ORDER BY id',
      [clientId, since],
    );
  }
  async function lastAuditId(): Promise<string> {
    const [{ id }] = await ctx.dataSource.query<[{ id: string }]>('SELECT coalesce(max(id), 0)::text AS id FROM audit_event');
    return id;
  }

  describe('scope', () => {
    it('lets the assigned caseworker and the team supervisor read a file, and tells anyone else it does not exist', async () => {
      const file = await newClient(ctx, caseworker, team);
      const otherTeam = await newTeam(ctx);
      const stranger = await newAccount(ctx, { role: 'supervisor', supervises: [otherTeam], memberOf: [team] });
      expect((await clients.get(caseworker, file.id)).id).toBe(file.id);
      expect((await clients.get(supervisor, file.id)).access).toBe('scope');
      expect(await codeOf(clients.get(colleague, file.id))).toBe('RECORD_NOT_FOUND');
      expect(await codeOf(clients.get(stranger, file.id))).toBe('RECORD_NOT_FOUND');
      expect(await codeOf(clients.get(await newAdmin(ctx), file.id))).toBe('RECORD_NOT_FOUND');
      expect(await codeOf(clients.update(colleague, file.id, { version: file.version, phone: '090-0000-0001' }))).toBe('RECORD_NOT_FOUND');
      expect((await clients.get(caseworker, file.id)).phone).toBeNull();
    });
  });

  describe('a change answers with what it wrote', () => {
    it('an edit writes one audit line, its own, and answers exactly what a read then shows', async () => {
      const file = await newClient(ctx, caseworker, team);
      const since = await lastAuditId();
      const edited = await clients.update(caseworker, file.id, { version: file.version, phone: '090-1234-5678', address: 'Shinjuku 1-1' });
      expect(await auditSince(file.id, since)).toEqual([{ action: 'client.updated', changed_fields: ['address', 'phone'] }]);
      expect(edited).toMatchObject({ phone: '090-1234-5678', address: 'Shinjuku 1-1', version: file.version + 1 });
      expect(edited).toEqual(await clients.get(caseworker, file.id));
    });

    it('an edit that changes nothing writes nothing but the read of the file it answers with', async () => {
      const file = await newClient(ctx, caseworker, team);
      const since = await lastAuditId();
      const answer = await clients.update(caseworker, file.id, { version: file.version, givenName: file.givenName });
      expect(await auditSince(file.id, since)).toEqual([{ action: 'client.read', changed_fields: null }]);
      expect(answer).toEqual(file);
    });

    it('intake, reassignment, closing and reopening each write their own audit line and answer what a read shows', async () => {
      const since = await lastAuditId();
      const file = await newClient(ctx, caseworker, team);
      expect(file.assignments).toEqual([expect.objectContaining({ userId: caseworker.userId, role: 'primary' })]);
      expect(file).toEqual(await clients.get(caseworker, file.id));

      const moved = await clients.reassign(supervisor, file.id, { version: file.version, primaryWorkerId: colleague.userId, otherWorkerIds: [caseworker.userId] });
      expect(moved.assignments.map((a) => [a.userId, a.role])).toEqual([
        [colleague.userId, 'primary'],
        [caseworker.userId, 'other'],
      ]);
      const closed = await clients.close(supervisor, file.id, 'Moved away', moved.version);
      expect(closed).toMatchObject({ status: 'closed', closedReason: 'Moved away', closedAt: ctx.clock.now().toISOString(), version: moved.version + 1 });
      const reopened = await clients.reopen(supervisor, file.id, closed.version);
      expect(reopened).toMatchObject({ status: 'open', closedReason: null, closedAt: null, version: closed.version + 1 });

      // The one read is the test's own (clients.get after the intake).
      expect((await auditSince(file.id, since)).map((line) => line.action)).toEqual(['client.created', 'client.read', 'client.updated', 'client.closed', 'client.reopened']);
      expect(reopened).toEqual(await clients.get(supervisor, file.id));
    });
  });

  describe('two changes to one file at once', () => {
    it('made from the same version: one is written, the other is refused as stale, and nothing is lost', async () => {
      const file = await newClient(ctx, caseworker, team);
      const outcomes = await Promise.allSettled([
        clients.update(caseworker, file.id, { version: file.version, phone: '090-1111-1111' }),
        clients.update(supervisor, file.id, { version: file.version, phone: '090-2222-2222' }),
      ]);
      const written = outcomes.filter((o) => o.status === 'fulfilled');
      const refused = outcomes.filter((o) => o.status === 'rejected');
      expect(written).toHaveLength(1);
      expect(refused.map((o) => (o.reason as DomainError).code)).toEqual(['STALE_VERSION']);
      const now = await clients.get(caseworker, file.id);
      expect({ phone: now.phone, version: now.version }).toEqual({ phone: written[0].value.phone, version: file.version + 1 });
    });

    it('each made on the latest version: they are applied one after the other and both fields are kept', async () => {
      const file = await newClient(ctx, caseworker, team);
      /** Reads the file and edits it, again on a stale answer, as a user reloading would. */
      async function edit(by: Principal, change: { phone?: string; address?: string }) {
        for (;;) {
          const { version } = await clients.get(by, file.id);
          try {
            return await clients.update(by, file.id, { version, ...change });
          } catch (error) {
            if (!(error instanceof DomainError && error.code === 'STALE_VERSION')) throw error;
          }
        }
      }
      await Promise.all([edit(caseworker, { phone: '090-3333-3333' }), edit(supervisor, { address: 'Shibuya 2-2' }), edit(caseworker, { phone: '090-3333-3333' })]);
      const now = await clients.get(caseworker, file.id);
      expect({ phone: now.phone, address: now.address }).toEqual({ phone: '090-3333-3333', address: 'Shibuya 2-2' });
      const [{ n }] = await ctx.dataSource.query<[{ n: number }]>(`SELECT count(*)::int AS n FROM audit_event WHERE client_id = $1 AND action = 'client.updated'`, [file.id]);
      expect(now.version).toBe(file.version + n);
    });
  });
});
