import { afterEach, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import request from 'supertest';
import { DemoModule, DemoSeeder } from '../../apps/api/src/demo/index.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_TEAMS } from '../../apps/api/src/demo/demo-accounts.js';
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
  }, 120_000);
});
