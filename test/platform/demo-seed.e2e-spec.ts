import { afterEach, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import request from 'supertest';
import { DEADLINE_OUTCOMES, REPORT_EVENT_KINDS } from '#domain';
import { ReportRefresh } from '#reports';
import { DemoModule, DemoSeeder } from '../../apps/api/src/demo/index.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_TEAMS } from '../../apps/api/src/demo/demo-accounts.js';
import { DEMO_HISTORY } from '../../apps/api/src/demo/demo-history.js';
import { freshDatabase } from '../support/fresh-database.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

const ROOT = join(import.meta.dirname, '..', '..');
const ALIASES = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { imports: Record<string, { 'yorisoi-source': string }> }).imports;

/** Every source file `entry` reaches through static imports and re-exports (not `import()`). */
function staticImportGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const pending = [join(ROOT, entry)];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(/^(?:import|export)\s[^;]*?\sfrom\s+'([^']+)'/gm)) {
      const specifier = match[1];
      if (specifier.startsWith('.')) pending.push(resolve(dirname(file), specifier.replace(/\.js$/, '.ts')));
      else if (specifier in ALIASES) pending.push(join(ROOT, ALIASES[specifier]['yorisoi-source']));
    }
  }
  return new Set([...seen].map((file) => relative(ROOT, file)));
}

describe('the demo organisation', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function api(options: Parameters<typeof startTestApi>[0] = {}): Promise<TestApi> {
    const started = await startTestApi(options);
    cleanups.push(() => started.close());
    return started;
  }

  it('is not in the production api: main.ts reaches the demo folder only through its DEMO_SEED import()', () => {
    const graph = staticImportGraph('apps/api/src/main.ts');
    expect(graph).toContain('apps/api/src/api.module.ts');
    expect(graph).toContain('libs/accounts/src/index.ts');
    expect([...graph].filter((file) => file.startsWith('apps/api/src/demo/'))).toEqual([]);
    expect(readFileSync(join(ROOT, 'apps/api/src/main.ts'), 'utf8')).toMatch(/config\.demoSeed \? await import\('\.\/demo\/index\.js'\)/);
  });

  it('has no seeder in the api built without DEMO_SEED', async () => {
    const { app } = await api();
    expect(() => app.get(DemoSeeder, { strict: false })).toThrow();
  });

  it('is seeded once into an empty database by the demo module, its accounts signed in with the demo password', async () => {
    const { app, dataSource, server } = await api({ env: { DATABASE_URL: await freshDatabase('demo_seed') }, modules: [DemoModule] });
    const seeder = app.get(DemoSeeder);
    expect(await seeder.seedIfEmpty()).toBe(true);
    expect(await seeder.seedIfEmpty()).toBe(false);

    const accounts = await dataSource.query<{ email: string; active: boolean; has_password: boolean; member: string[]; supervises: string[] }[]>(
      `SELECT u.email, u.active, u.password_hash IS NOT NULL AS has_password,
              coalesce(array_agg(t.name ORDER BY t.name) FILTER (WHERE m.kind = 'member'), '{}') AS member,
              coalesce(array_agg(t.name ORDER BY t.name) FILTER (WHERE m.kind = 'supervisor'), '{}') AS supervises
         FROM user_account u LEFT JOIN team_membership m ON m.user_id = u.id LEFT JOIN team t ON t.id = m.team_id
        GROUP BY u.id ORDER BY u.email`,
    );
    expect(accounts).toEqual(
      [...DEMO_ACCOUNTS]
        .sort((a, b) => a.email.localeCompare(b.email))
        .map((account) => ({ email: account.email, active: true, has_password: true, member: [...account.member].sort(), supervises: [...account.supervises].sort() })),
    );
    const teams = await dataSource.query<{ name: string }[]>('SELECT name FROM team ORDER BY name');
    expect(teams.map((team) => team.name)).toEqual([...DEMO_TEAMS].sort());
    const [{ clients }] = await dataSource.query<[{ clients: number }]>('SELECT count(*)::int AS clients FROM client');
    expect(clients).toBeGreaterThanOrEqual(6);

    const signIn = await request(server).post('/api/auth/login').send({ email: DEMO_ACCOUNTS[0].email, password: DEMO_PASSWORD });
    expect(signIn.status).toBe(200);

    // The history the reports draw on: files opened over several years, in both teams, some closed.
    const [history] = await dataSource.query<[{ files: number; teams: number; closed: number; caseworkers: number }]>(
      `SELECT count(DISTINCT c.id)::int AS files, count(DISTINCT c.team_id)::int AS teams,
              count(DISTINCT c.id) FILTER (WHERE c.status = 'closed')::int AS closed, count(DISTINCT a.user_id)::int AS caseworkers
         FROM client c JOIN stage_transition s ON s.client_id = c.id JOIN client_assignment a ON a.client_id = c.id AND a.role = 'primary'`,
    );
    expect(history.files).toBeGreaterThanOrEqual(DEMO_HISTORY.length);
    // Years in which at least five files had a step recorded: a yearly chart has bars, not one file's dot.
    const years = await dataSource.query<{ year: number }[]>(
      `SELECT extract(year FROM event_on)::int AS year FROM stage_transition GROUP BY 1 HAVING count(DISTINCT client_id) >= 5`,
    );
    expect(years.length).toBeGreaterThanOrEqual(4);
    expect(history.teams).toBe(DEMO_TEAMS.length);
    expect(history.caseworkers).toBe(DEMO_ACCOUNTS.filter((account) => account.role === 'caseworker').length);
    expect(history.closed).toBeGreaterThanOrEqual(10);

    // Every kind of step the outcome report counts happened at least once, recorded as it happened.
    const steps = await dataSource.query<{ step: string }[]>(
      `SELECT DISTINCT track || ':' || to_stage || ':' || coalesce(outcome, '') AS step FROM stage_transition WHERE event_on < current_date - 60`,
    );
    expect(steps.map((row) => row.step)).toEqual(
      expect.arrayContaining([
        'protection:P1_FILED:',
        'protection:P3_RECOGNISED_REFUGEE:',
        'protection:P3_CP_ONLY:',
        'protection:P3_REFUSED:',
        'protection:P_WITHDRAWN:',
        'protection:P5_APPEAL_PENDING:',
        'protection:P6_APPEAL_DECIDED:UPHELD',
        'protection:P6_APPEAL_DECIDED:DISMISSED',
        'protection:P6_APPEAL_DECIDED:REJECTED_INADMISSIBLE',
        'protection:P8_LITIGATION:',
        'protection:P8_LITIGATION:JUDGMENT_WON',
        'protection:P8_LITIGATION:JUDGMENT_LOST',
        'residence:SPECIAL_PERMISSION:',
        'residence:HUMANITARIAN:',
        'deportation:D2_DETAINED:',
        'deportation:D2_PROVISIONAL_RELEASE_PRE:',
      ]),
    );
    const [{ subsequent }] = await dataSource.query<[{ subsequent: number }]>(
      `SELECT count(*)::int AS subsequent FROM stage_transition s JOIN protection_application p ON p.id = s.application_id WHERE s.to_stage = 'P1_FILED' AND p.application_no > 1`,
    );
    expect(subsequent).toBeGreaterThanOrEqual(2);

    // Deadlines kept, late, missed, waived, set by hand, and still overdue: the board's first question has answers.
    const [deadlines] = await dataSource.query<[{ onTime: number; late: number; missed: number; waived: number; overdue: number; overridden: number }]>(
      `SELECT count(*) FILTER (WHERE status = 'met' AND resolved_on <= due_date)::int AS "onTime",
              count(*) FILTER (WHERE status = 'met' AND resolved_on > due_date)::int AS late,
              count(*) FILTER (WHERE status = 'missed')::int AS missed,
              count(*) FILTER (WHERE status = 'waived')::int AS waived,
              count(*) FILTER (WHERE status = 'open' AND due_date < current_date)::int AS overdue,
              count(*) FILTER (WHERE status = 'open' AND override_reason IS NOT NULL)::int AS overridden
         FROM deadline`,
    );
    expect(deadlines.onTime).toBeGreaterThanOrEqual(20);
    expect(deadlines.late).toBeGreaterThanOrEqual(2);
    expect(deadlines.missed).toBeGreaterThanOrEqual(2);
    expect(deadlines.waived).toBe(1);
    expect(deadlines.overdue).toBeGreaterThanOrEqual(2);
    expect(deadlines.overridden).toBe(1);

    // Once the worker has rebuilt the reporting store, every chart of the Reports page has something to draw.
    expect(await app.get(ReportRefresh, { strict: false }).run()).not.toBeNull();
    const kinds = await dataSource.query<{ kind: string }[]>('SELECT DISTINCT kind FROM report_event_fact ORDER BY kind');
    expect(kinds.map((row) => row.kind)).toEqual([...REPORT_EVENT_KINDS].sort());
    const outcomes = await dataSource.query<{ outcome: string }[]>('SELECT DISTINCT outcome FROM report_deadline_fact ORDER BY outcome');
    expect(outcomes.map((row) => row.outcome)).toEqual([...DEADLINE_OUTCOMES].sort());
    // Medians are shown from five intervals a year (REPORT_MIN_CASES_FOR_STATISTICS).
    const timedYears = await dataSource.query<{ year: number }[]>(
      `SELECT extract(year FROM ends_on)::int AS year FROM report_interval_fact WHERE interval = 'filed-to-decision' GROUP BY 1 HAVING count(*) >= 5`,
    );
    expect(timedYears.length).toBeGreaterThanOrEqual(3);
    const [files] = await dataSource.query<[{ intakeMonths: number; nationalities: number; ageBands: number; vulnerable: number }]>(
      `SELECT count(DISTINCT date_trunc('month', opened_on))::int AS "intakeMonths", count(DISTINCT nationality) FILTER (WHERE n >= 5)::int AS nationalities,
              count(DISTINCT age_band)::int AS "ageBands", count(*) FILTER (WHERE vulnerable)::int AS vulnerable
         FROM (SELECT f.*, count(*) OVER (PARTITION BY nationality) AS n FROM report_file_fact f) f`,
    );
    expect(files.intakeMonths).toBeGreaterThanOrEqual(24);
    expect(files.nationalities).toBeGreaterThanOrEqual(4);
    expect(files.ageBands).toBeGreaterThanOrEqual(4);
    expect(files.vulnerable).toBeGreaterThanOrEqual(5);
  }, 120_000);
});
