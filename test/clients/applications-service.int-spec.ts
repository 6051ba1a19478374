import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Principal } from '#accounts';
import { ApplicationsService } from '#clients';
import { DomainError } from '#domain';
import { newCaseworker, newTeam } from '../support/factories/accounts.factory.js';
import { newClient } from '../support/factories/clients.factory.js';
import { startServiceContext, type ServiceContext } from '../support/factories/service-context.js';

// ApplicationsService against the real database: a step of the procedure goes into the stage
// history, the audit trail gets the step's line and no read, and the answer is what a read shows.
describe('ApplicationsService', () => {
  let ctx: ServiceContext;
  let applications: ApplicationsService;
  let team: string;
  let caseworker: Principal;

  beforeAll(async () => {
    ctx = await startServiceContext();
    ctx.clock.set(new Date('2026-03-02T10:00:00+09:00'));
    applications = ctx.get(ApplicationsService);
    team = await newTeam(ctx);
    caseworker = await newCaseworker(ctx, team);
  });
  afterAll(() => ctx.close());

  const auditSince = (clientId: string, since: string) =>
    ctx.dataSource.query<{ action: string; target_id: string | null }[]>('SELECT action, target_id FROM audit_event WHERE client_id = $1 AND id > $2 ORDER BY id', [clientId, since]);
  async function lastAuditId(): Promise<string> {
    const [{ id }] = await ctx.dataSource.query<[{ id: string }]>('SELECT coalesce(max(id), 0)::text AS id FROM audit_event');
    return id;
  }

  it('opens an application with an empty history and answers what a read shows', async () => {
    const file = await newClient(ctx, caseworker, team);
    const since = await lastAuditId();
    const opened = await applications.open(caseworker, file.id, { kind: 'REFUGEE_AND_CP', regionalBureau: ' Tokyo ' });
    expect(opened).toMatchObject({ applicationNo: 1, stage: 'P0_INTAKE', regionalBureau: 'Tokyo', history: [], version: 1 });
    expect(await auditSince(file.id, since)).toEqual([{ action: 'application.created', target_id: opened.id }]);
    expect(opened).toEqual(await applications.get(caseworker, file.id, opened.id));
  });

  it('records a step in the stage history, audits it once, and a correction adds an entry beside it', async () => {
    const file = await newClient(ctx, caseworker, team);
    const opened = await applications.open(caseworker, file.id, { kind: 'REFUGEE_AND_CP' });
    const since = await lastAuditId();
    const filed = await applications.transition(caseworker, file.id, opened.id, { version: opened.version, to: 'P1_FILED', dates: { filedOn: '2026-02-20' } });
    expect(filed).toMatchObject({ stage: 'P1_FILED', filedOn: '2026-02-20', version: opened.version + 1 });
    expect(filed.history).toEqual([expect.objectContaining({ from: 'P0_INTAKE', to: 'P1_FILED', eventOn: '2026-02-20' })]);
    const rows = await ctx.dataSource.query<{ from_stage: string; to_stage: string; event_on: string; recorded_by: string }[]>(
      `SELECT from_stage, to_stage, to_char(event_on, 'YYYY-MM-DD') AS event_on, recorded_by FROM stage_transition WHERE application_id = $1`,
      [opened.id],
    );
    expect(rows).toEqual([{ from_stage: 'P0_INTAKE', to_stage: 'P1_FILED', event_on: '2026-02-20', recorded_by: caseworker.userId }]);
    const lines = await auditSince(file.id, since);
    expect(lines.filter((line) => line.action === 'client.stage.recorded')).toEqual([{ action: 'client.stage.recorded', target_id: opened.id }]);
    expect(lines.map((line) => line.action)).not.toContain('client.read');
    expect(filed).toEqual(await applications.get(caseworker, file.id, opened.id));

    const corrected = await applications.correctLastStep(caseworker, file.id, opened.id, { version: filed.version, dates: { filedOn: '2026-02-21' } });
    expect(corrected.filedOn).toBe('2026-02-21');
    expect(corrected.history.map((h) => h.eventOn).sort()).toEqual(['2026-02-20', '2026-02-21']);
    expect(corrected).toEqual(await applications.get(caseworker, file.id, opened.id));
  });

  it('refuses a step the stage machine does not allow, and writes nothing', async () => {
    const file = await newClient(ctx, caseworker, team);
    const opened = await applications.open(caseworker, file.id, { kind: 'REFUGEE_AND_CP' });
    const since = await lastAuditId();
    const refused = await applications.transition(caseworker, file.id, opened.id, { version: opened.version, to: 'P3_REFUSED', dates: { decidedOn: '2026-02-20', noticeReceivedOn: '2026-02-21' } }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(DomainError);
    expect((refused as DomainError).code).toBe('STAGE_TRANSITION_NOT_ALLOWED');
    expect(await auditSince(file.id, since)).toEqual([]);
    expect(await applications.get(caseworker, file.id, opened.id)).toEqual(opened);
  });

  it('serialises two steps on one application: the second, made from the same version, is refused as stale', async () => {
    const file = await newClient(ctx, caseworker, team);
    const opened = await applications.open(caseworker, file.id, { kind: 'REFUGEE_AND_CP' });
    const outcomes = await Promise.allSettled([
      applications.transition(caseworker, file.id, opened.id, { version: opened.version, to: 'P1_FILED', dates: { filedOn: '2026-02-20' } }),
      applications.transition(caseworker, file.id, opened.id, { version: opened.version, to: 'P1_FILED', dates: { filedOn: '2026-02-22' } }),
    ]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(outcomes.flatMap((o) => (o.status === 'rejected' ? [(o.reason as DomainError).code] : []))).toEqual(['STALE_VERSION']);
    const now = await applications.get(caseworker, file.id, opened.id);
    expect(now.history).toHaveLength(1);
    expect(now.version).toBe(opened.version + 1);
  });
});
