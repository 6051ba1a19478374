import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Principal } from '#accounts';
import { ApplicationsService, ClientDeadlinesService, ClientsService } from '#clients';
import { newCaseworker, newTeam } from '../support/factories/accounts.factory.js';
import { newClient } from '../support/factories/clients.factory.js';
import { startServiceContext, type ServiceContext } from '../support/factories/service-context.js';

interface DeadlineRow {
  kind: string;
  status: string;
  resolved_on: string | null;
  recorded_on: string | null;
}

// A deadline keeps the day it was met or missed in the world (resolved_on), which the reports
// compare with its due date; the day it was recorded (resolved_at) is often later.
describe('the day a deadline was met or missed', () => {
  let ctx: ServiceContext;
  let applications: ApplicationsService;
  let deadlines: ClientDeadlinesService;
  let team: string;
  let caseworker: Principal;

  beforeAll(async () => {
    ctx = await startServiceContext();
    ctx.clock.set(new Date('2026-03-02T10:00:00+09:00'));
    applications = ctx.get(ApplicationsService);
    deadlines = ctx.get(ClientDeadlinesService);
    team = await newTeam(ctx);
    caseworker = await newCaseworker(ctx, team);
  });
  afterAll(() => ctx.close());

  const rowsOf = (clientId: string) =>
    ctx.dataSource.query<DeadlineRow[]>(
      `SELECT kind, status, resolved_on::text AS resolved_on, (resolved_at AT TIME ZONE 'Asia/Tokyo')::date::text AS recorded_on
         FROM deadline WHERE client_id = $1 ORDER BY created_at, kind`,
      [clientId],
    );

  it('is the date of the step that met it, recorded days later, not the day of recording', async () => {
    const file = await newClient(ctx, caseworker, team, { landingDate: '2025-10-01' });
    const opened = await applications.open(caseworker, file.id, { kind: 'REFUGEE_AND_CP' });
    await applications.transition(caseworker, file.id, opened.id, { version: opened.version, to: 'P1_FILED', dates: { filedOn: '2026-02-20' } });
    expect((await rowsOf(file.id)).find((row) => row.kind === 'landing-six-months')).toEqual({
      kind: 'landing-six-months',
      status: 'met',
      resolved_on: '2026-02-20',
      recorded_on: '2026-03-02',
    });
  });

  it('is the day of the review request that met it, and the day the window was recorded as lapsed for one missed', async () => {
    const met = await newClient(ctx, caseworker, team);
    let application = await applications.open(caseworker, met.id, { kind: 'REFUGEE_AND_CP' });
    application = await applications.transition(caseworker, met.id, application.id, { version: application.version, to: 'P1_FILED', dates: { filedOn: '2025-06-02' } });
    application = await applications.transition(caseworker, met.id, application.id, {
      version: application.version,
      to: 'P3_REFUSED',
      dates: { decidedOn: '2026-02-13', noticeReceivedOn: '2026-02-16' },
    });
    application = await applications.transition(caseworker, met.id, application.id, { version: application.version, to: 'P4_APPEAL_WINDOW', dates: {} });
    await applications.transition(caseworker, met.id, application.id, { version: application.version, to: 'P5_APPEAL_PENDING', dates: { requestFiledOn: '2026-02-20' } });
    expect((await rowsOf(met.id)).find((row) => row.kind === 'review-request')).toMatchObject({ status: 'met', resolved_on: '2026-02-20', recorded_on: '2026-03-02' });

    const missed = await newClient(ctx, caseworker, team);
    application = await applications.open(caseworker, missed.id, { kind: 'REFUGEE_AND_CP' });
    application = await applications.transition(caseworker, missed.id, application.id, { version: application.version, to: 'P1_FILED', dates: { filedOn: '2025-06-02' } });
    application = await applications.transition(caseworker, missed.id, application.id, {
      version: application.version,
      to: 'P3_REFUSED',
      dates: { decidedOn: '2026-02-06', noticeReceivedOn: '2026-02-09' },
    });
    application = await applications.transition(caseworker, missed.id, application.id, { version: application.version, to: 'P4_APPEAL_WINDOW', dates: {} });
    await applications.transition(caseworker, missed.id, application.id, { version: application.version, to: 'P4X_WINDOW_LAPSED', dates: { windowEndedOn: '2026-02-17' } });
    expect((await rowsOf(missed.id)).find((row) => row.kind === 'review-request')).toMatchObject({ status: 'missed', resolved_on: '2026-02-17', recorded_on: '2026-03-02' });
  });

  it('is the day a caseworker says the act was done; a waived or superseded deadline has none', async () => {
    const file = await newClient(ctx, caseworker, team, { landingDate: '2025-10-01', residence: { stage: 'TOKUTEI', expiresOn: '2026-05-31', workAllowed: false } });
    const open = await deadlines.ofClient(caseworker, file.id, { includeClosed: false });
    const renewal = open.find((deadline) => deadline.kind === 'residence-renewal')!;
    const landing = open.find((deadline) => deadline.kind === 'landing-six-months')!;
    expect([renewal.resolvedOn, landing.resolvedOn]).toEqual([null, null]);

    const met = await deadlines.markMet(caseworker, file.id, renewal.id, { version: renewal.version, on: '2026-02-25', note: 'Renewal filed at the counter' });
    expect(met).toMatchObject({ status: 'met', resolvedOn: '2026-02-25', resolution: 'met on 2026-02-25: Renewal filed at the counter' });
    const waived = await deadlines.waive(caseworker, file.id, landing.id, { version: landing.version, reason: 'Landing date uncertain; not applicable' });
    expect(waived).toMatchObject({ status: 'waived', resolvedOn: null });
    expect(await rowsOf(file.id)).toEqual(
      expect.arrayContaining([
        { kind: 'residence-renewal', status: 'met', resolved_on: '2026-02-25', recorded_on: '2026-03-02' },
        { kind: 'landing-six-months', status: 'waived', resolved_on: null, recorded_on: '2026-03-02' },
      ]),
    );

    const closing = await newClient(ctx, caseworker, team, { landingDate: '2025-10-01' });
    await ctx.get(ClientsService).close(caseworker, closing.id, 'Client moved to another region', closing.version);
    expect(await rowsOf(closing.id)).toEqual([{ kind: 'landing-six-months', status: 'superseded', resolved_on: null, recorded_on: '2026-03-02' }]);
  });
});
