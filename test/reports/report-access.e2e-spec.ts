import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { QueueName } from '#platform';
import { ReportRefresh } from '#reports';
import type { SignedInBrowser } from '../support/accounts.js';
import { getBytes, unzip } from '../support/documents.js';
import { freshDatabase } from '../support/fresh-database.js';
import { startTestApi, type TestApi } from '../support/test-api.js';
import { buildReportWorld, type ReportWorld } from './report-world.js';

const PERIOD = 'from=2024-01&to=2025-12';

/** Every report route, as GET paths with the period (the export with each format). */
const REPORTS = [
  'overview',
  `outcomes?${PERIOD}`,
  `outcomes?${PERIOD}&granularity=quarter`,
  `time-in-stage?${PERIOD}`,
  `deadlines?${PERIOD}`,
  `caseloads?${PERIOD}`,
  `referrals-documents?${PERIOD}`,
  'disaggregation?year=2025',
  `export?${PERIOD}&format=csv&lang=en`,
  `export?${PERIOD}&format=xlsx&lang=ja&year=2025`,
];

/** The reports that take a team filter. */
const FILTERED = ['outcomes', 'time-in-stage', 'deadlines', 'caseloads', 'referrals-documents'];

/**
 * Who may see which reports: caseworkers none, supervisors their teams (names of their
 * caseworkers, never a client's), administrators the whole organisation in aggregate (no name
 * of anyone, no case number, no client id, in any answer or file); every view and export audited,
 * and input refused before anything is read or audited.
 */
describe('report access', () => {
  let api: TestApi;
  let world: ReportWorld;
  let caseworker: SignedInBrowser;
  let supA: SignedInBrowser;
  let supB: SignedInBrowser;
  let admin: SignedInBrowser;

  beforeAll(async () => {
    api = await startTestApi({ env: { DATABASE_URL: await freshDatabase('reports_access'), REDIS_PREFIX: `${process.env.REDIS_PREFIX}_reports_access` } });
    world = await buildReportWorld(api);
    if ((await api.app.get(ReportRefresh).run()) === null) throw new Error('the refresh was skipped');
    caseworker = await world.as('a1');
    supA = await world.as('supA');
    supB = await world.as('supB');
    admin = await world.as('admin');
  }, 120_000);
  afterAll(async () => {
    await api.close();
  });

  /** The answer as the browser gets it: text for JSON and CSV, every entry's text for an XLSX. */
  async function raw(browser: SignedInBrowser, path: string): Promise<{ status: number; text: string }> {
    const response = await getBytes(browser, `/api/reports/${path}`);
    const bytes = response.body as Buffer;
    if (response.status === 200 && path.includes('format=xlsx')) {
      return { status: 200, text: [...unzip(bytes).values()].map((entry) => entry.toString('utf8')).join('\n') };
    }
    return { status: response.status, text: bytes.toString('utf8') };
  }

  const auditRows = (userId: string) =>
    api.dataSource.query<{ action: string; details: Record<string, unknown> }[]>(
      `SELECT action, details FROM audit_event WHERE actor_user_id = $1 AND action LIKE 'report.%' ORDER BY id`,
      [userId],
    );

  it('refuses caseworkers every report route, the refresh included', async () => {
    for (const path of REPORTS) expect({ path, status: (await caseworker.get(`/api/reports/${path}`)).status }).toEqual({ path, status: 403 });
    expect((await caseworker.post('/api/reports/refresh')).status).toBe(403);
    expect(await auditRows(world.users.a1.id)).toEqual([]);
  });

  it('lets a supervisor see only the teams they supervise', async () => {
    for (const report of FILTERED) {
      const refused = await supA.get(`/api/reports/${report}?${PERIOD}&teamId=${world.teamB.id}`);
      expect({ report, status: refused.status, code: refused.body.code }).toEqual({ report, status: 403, code: 'FORBIDDEN' });
    }
    expect((await supA.get(`/api/reports/export?${PERIOD}&format=csv&teamId=${world.teamB.id}`)).status).toBe(403);
    // Supervisor A's figures are team A's, as an administrator sees team A.
    for (const report of FILTERED) {
      const own = (await supA.get(`/api/reports/${report}?${PERIOD}`)).body;
      const asAdmin = (await admin.get(`/api/reports/${report}?${PERIOD}&teamId=${world.teamA.id}`)).body;
      const { meta: _ownMeta, caseworkers: _own, overdueLinks: _ownLinks, ...ownFigures } = own;
      const { meta: _adminMeta, caseworkers: _admin, overdueLinks: _adminLinks, ...adminFigures } = asAdmin;
      expect({ report, figures: ownFigures }).toEqual({ report, figures: adminFigures });
    }
    const caseloads = (await supA.get(`/api/reports/caseloads?${PERIOD}`)).body;
    expect(caseloads.teams.map((team: { teamId: string }) => team.teamId)).toEqual([world.teamA.id]);
    expect(caseloads.caseworkers.map((row: { userId: string }) => row.userId).sort()).toEqual([world.users.a1.id, world.users.a2.id].sort());
    // Team B's one caseworker is not theirs to see.
    expect(JSON.stringify(caseloads)).not.toContain(world.users.b1.displayName);
  });

  it('shows an administrator the whole organisation in aggregate, and refuses a team that does not exist', async () => {
    const caseloads = (await admin.get(`/api/reports/caseloads?${PERIOD}`)).body;
    expect(caseloads.meta.aggregateOnly).toBe(true);
    expect(caseloads.caseworkers).toBeNull();
    expect(caseloads.teams.map((team: { teamId: string }) => team.teamId)).toEqual([world.teamA.id, world.teamB.id]);
    expect((await admin.get(`/api/reports/deadlines?${PERIOD}`)).body.overdueLinks).toBe(false);
    const unknown = await admin.get(`/api/reports/outcomes?${PERIOD}&teamId=${randomUUID()}`);
    expect({ status: unknown.status, code: unknown.body.code }).toEqual({ status: 404, code: 'TEAM_NOT_FOUND' });
  });

  it('never gives an administrator a name, a case number or a client id, on screen or in a file', async () => {
    const clients = Object.values(world.files).flatMap((file) => [file.familyName, file.givenName, file.caseNumber, file.id]);
    const people = [world.users.a1, world.users.a2, world.users.b1, world.users.supA, world.users.supB].map((user) => user.displayName);
    const filtered = REPORTS.flatMap((path) => (FILTERED.some((report) => path.startsWith(report)) || path.startsWith('export') ? [`${path}&teamId=${world.teamA.id}`] : []));
    for (const path of [...REPORTS, ...filtered]) {
      const { status, text } = await raw(admin, path);
      expect({ path, status }).toEqual({ path, status: 200 });
      expect({ path, found: [...clients, ...people].filter((value) => text.includes(value)) }).toEqual({ path, found: [] });
    }
    // Supervisors see their caseworkers' names, and no more of a client than an administrator.
    for (const path of REPORTS) {
      const { status, text } = await raw(supA, path);
      expect({ path, status }).toEqual({ path, status: 200 });
      expect({ path, found: clients.filter((value) => text.includes(value)) }).toEqual({ path, found: [] });
    }
    // The scan would see a name where there is one: the supervisor's caseload has their caseworkers'.
    expect((await raw(supA, `caseloads?${PERIOD}`)).text).toContain(world.users.a1.displayName);
  });

  it('audits every view and export once, with the report, the period and the filter', async () => {
    const before = (await auditRows(world.users.supB.id)).length;
    for (const path of REPORTS) expect((await supB.get(`/api/reports/${path}`)).status).toBe(200);
    expect((await supB.get(`/api/reports/deadlines?${PERIOD}&teamId=${world.teamB.id}`)).status).toBe(200);
    const rows = (await auditRows(world.users.supB.id)).slice(before);
    expect(rows).toEqual([
      { action: 'report.viewed', details: { report: 'overview', from: null, to: null, teamId: null } },
      { action: 'report.viewed', details: { report: 'outcomes', from: '2024-01', to: '2025-12', teamId: null, granularity: 'year' } },
      { action: 'report.viewed', details: { report: 'outcomes', from: '2024-01', to: '2025-12', teamId: null, granularity: 'quarter' } },
      { action: 'report.viewed', details: { report: 'time-in-stage', from: '2024-01', to: '2025-12', teamId: null } },
      { action: 'report.viewed', details: { report: 'deadlines', from: '2024-01', to: '2025-12', teamId: null } },
      { action: 'report.viewed', details: { report: 'caseloads', from: '2024-01', to: '2025-12', teamId: null } },
      { action: 'report.viewed', details: { report: 'referrals-documents', from: '2024-01', to: '2025-12', teamId: null } },
      { action: 'report.viewed', details: { report: 'disaggregation', from: '2025-01', to: '2025-12', teamId: null, year: 2025 } },
      { action: 'report.exported', details: { format: 'csv', lang: 'en', from: '2024-01', to: '2025-12', teamId: null, granularity: 'year', year: 2025 } },
      { action: 'report.exported', details: { format: 'xlsx', lang: 'ja', from: '2024-01', to: '2025-12', teamId: null, granularity: 'year', year: 2025 } },
      { action: 'report.viewed', details: { report: 'deadlines', from: '2024-01', to: '2025-12', teamId: world.teamB.id } },
    ]);
  });

  it('refuses bad input with a 4xx before reading or auditing anything', async () => {
    const refusals: [SignedInBrowser, string, number][] = [
      [admin, 'outcomes?from=2025-06&to=2025-01', 400],
      [admin, 'outcomes?from=2010-01&to=2020-01', 400], // 121 months
      [admin, 'deadlines?from=1999-12&to=2000-06', 400],
      [admin, 'caseloads?from=2025-13&to=2025-12', 400],
      [admin, 'caseloads?from=2025-1&to=2025-12', 400],
      [admin, 'time-in-stage?to=2025-02-01', 400],
      [admin, `referrals-documents?teamId=${randomUUID()}`, 404],
      [admin, 'referrals-documents?teamId=not-a-uuid', 400],
      [supA, `caseloads?teamId=${world.teamB.id}`, 403],
      [admin, 'outcomes?granularity=month', 400],
      [admin, 'outcomes?colour=red', 400],
      [admin, 'disaggregation?year=1999', 400],
      [admin, 'disaggregation?year=twenty', 400],
      [admin, `export?${PERIOD}`, 400],
      [admin, `export?${PERIOD}&format=pdf`, 400],
      [admin, `export?${PERIOD}&format=csv&lang=fr`, 400],
      [admin, `export?${PERIOD}&format=csv&granularity=week`, 400],
      [admin, 'export?from=2025-06&to=2025-01&format=csv', 400],
      [admin, `export?${PERIOD}&format=csv&teamId=${randomUUID()}`, 404],
    ];
    const before = { admin: (await auditRows(world.users.admin.id)).length, supA: (await auditRows(world.users.supA.id)).length };
    for (const [browser, path, status] of refusals) {
      const response = await browser.get(`/api/reports/${path}`);
      expect({ path, status: response.status, hasCode: typeof response.body.code === 'string' }).toEqual({ path, status, hasCode: true });
    }
    expect((await auditRows(world.users.admin.id)).length).toBe(before.admin);
    expect((await auditRows(world.users.supA.id)).length).toBe(before.supA);
  });

  it('answers many reports at once, each with the same figures and its own audit row', async () => {
    const before = (await auditRows(world.users.admin.id)).length;
    const paths = [...REPORTS.filter((path) => !path.startsWith('export')), ...REPORTS.filter((path) => !path.startsWith('export'))];
    const answers = await Promise.all(paths.map(async (path) => (await admin.get(`/api/reports/${path}`)) as { status: number; body: Record<string, unknown> }));
    expect(answers.map((answer) => answer.status)).toEqual(paths.map(() => 200));
    const half = paths.length / 2;
    for (let i = 0; i < half; i++) {
      const { meta: _first, ...first } = answers[i].body;
      const { meta: _second, ...second } = answers[i + half].body;
      expect(second).toEqual(first);
    }
    expect((await auditRows(world.users.admin.id)).length - before).toBe(paths.length);
  });

  it('queues one rebuild however often it is asked for', async () => {
    const queue = api.app.get<Queue>(getQueueToken(QueueName.Reports));
    await queue.obliterate({ force: true });
    const answers = await Promise.all([supA.post('/api/reports/refresh'), admin.post('/api/reports/refresh'), supA.post('/api/reports/refresh')]);
    expect(answers.map((answer) => ({ status: answer.status, body: answer.body as unknown }))).toEqual(answers.map(() => ({ status: 202, body: { queued: true } })));
    const counts = await queue.getJobCounts('waiting', 'delayed', 'active', 'prioritized');
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(1);
    await queue.obliterate({ force: true });
  });
});
