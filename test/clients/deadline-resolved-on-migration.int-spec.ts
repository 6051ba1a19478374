import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions, runMigrationsWithLock } from '#platform';
import { testConfig } from '#platform/testing';
import { schema } from '#migrations';
import { DeadlineResolvedOn1796800000050 } from '../../migrations/1796800000050-deadline-resolved-on.js';
import { emptyDatabase } from '../support/fresh-database.js';

/** Every migration before this one: the database as it was when the migration was written. */
const earlier = schema.migrations.filter((migration) => migration !== DeadlineResolvedOn1796800000050);

// The migration fills resolved_on for the deadlines met or missed before the column existed, from
// the text the code wrote into `resolution`; an anonymised one (text erased) takes the day it was
// recorded, in Japan. Waived and superseded ones stay without a day.
describe('migration DeadlineResolvedOn1796800000050', () => {
  let dataSource: DataSource;

  beforeAll(async () => {
    const { migrationUrl } = await emptyDatabase('deadline_resolved_on');
    dataSource = new DataSource(
      buildDataSourceOptions({ ...testConfig().database, url: migrationUrl }, { entities: [], migrations: [...earlier, DeadlineResolvedOn1796800000050] }, 'yorisoi-test-migration'),
    );
    await dataSource.initialize();
    const before = new DataSource(buildDataSourceOptions({ ...testConfig().database, url: migrationUrl }, { entities: [], migrations: earlier }, 'yorisoi-test-migration'));
    await before.initialize();
    try {
      await runMigrationsWithLock(before);
    } finally {
      await before.destroy();
    }
  });
  afterAll(() => dataSource?.destroy());

  async function deadline(clientId: string, row: { status: string; resolution: string | null; resolvedAt: string | null }): Promise<string> {
    const [{ id }] = await dataSource.query<[{ id: string }]>(
      `INSERT INTO deadline (client_id, kind, rule_version, inputs, trigger_date, due_date, computed_due_date, hardness, confidence, basis, explanation, steps,
                             status, source, resolved_at, resolution, version)
       VALUES ($1, 'review-request', 2, '{}', '2025-02-20', '2025-02-27', '2025-02-27', 'hard', 'V', '{"ja":"","en":""}', '{"ja":"","en":""}', '[]',
               $2, 'test', $3, $4, 1)
       RETURNING id`,
      [clientId, row.status, row.resolvedAt, row.resolution],
    );
    return id;
  }

  it('takes the day from the text, or else from the recording in Japan, for met and missed deadlines only; down() drops the column', async () => {
    const [{ id: teamId }] = await dataSource.query<[{ id: string }]>(`INSERT INTO team (name) VALUES ('Migration test') RETURNING id`);
    const [{ id: clientId }] = await dataSource.query<[{ id: string }]>(
      `INSERT INTO client (case_number, team_id, family_name, residence, residence_stage, deportation, version)
       VALUES ('2025-0001', $1, 'Test', '{"stage":"NO_STATUS"}', 'NO_STATUS', '{"stage":"D0_NONE","custody":"NONE"}', 1) RETURNING id`,
      [teamId],
    );
    // 2025-03-04 20:00 in UTC is already the 5th in Japan.
    const recorded = '2025-03-04T20:00:00Z';
    const ids = {
      metByStep: await deadline(clientId, { status: 'met', resolution: 'met on 2025-02-26', resolvedAt: recorded }),
      metByCaseworker: await deadline(clientId, { status: 'met', resolution: 'met on 2025-03-01: met on 2025-02-01 said the client', resolvedAt: recorded }),
      missed: await deadline(clientId, { status: 'missed', resolution: 'missed on 2025-02-28', resolvedAt: recorded }),
      anonymised: await deadline(clientId, { status: 'met', resolution: null, resolvedAt: recorded }),
      waivedLikeMet: await deadline(clientId, { status: 'waived', resolution: 'met on 2025-02-10 elsewhere: not ours', resolvedAt: recorded }),
      superseded: await deadline(clientId, { status: 'superseded', resolution: 'facts changed', resolvedAt: recorded }),
      open: await deadline(clientId, { status: 'open', resolution: null, resolvedAt: null }),
    };

    await runMigrationsWithLock(dataSource);
    const rows = await dataSource.query<{ id: string; resolved_on: string | null; version: number }[]>('SELECT id, resolved_on::text AS resolved_on, version FROM deadline');
    const resolvedOn = Object.fromEntries(Object.entries(ids).map(([name, id]) => [name, rows.find((row) => row.id === id)?.resolved_on]));
    expect(resolvedOn).toEqual({
      metByStep: '2025-02-26',
      metByCaseworker: '2025-03-01',
      missed: '2025-02-28',
      anonymised: '2025-03-05',
      waivedLikeMet: null,
      superseded: null,
      open: null,
    });
    // Filling in a column is no change by a caseworker: versions stay, so no one's open form goes stale.
    expect(rows.map((row) => row.version)).toEqual(rows.map(() => 1));

    await dataSource.undoLastMigration({ transaction: 'all' });
    const columns = await dataSource.query<unknown[]>(`SELECT 1 FROM information_schema.columns WHERE table_name = 'deadline' AND column_name = 'resolved_on'`);
    expect(columns).toEqual([]);
  });
});
