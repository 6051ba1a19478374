import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource, type EntityManager } from 'typeorm';
import { outsideTransaction, SecondConnectionError, watchForSecondConnections } from '#platform';

/*
 * The watch that keeps a transaction to its one pooled connection, against the run's PostgreSQL.
 * The api and worker install it on their data source; the tests make it throw
 * (DATABASE_SECOND_CONNECTION=throw), so any route that queried outside its transaction fails.
 */
describe('one connection per transaction', () => {
  let dataSource: DataSource;
  let reported = 0;

  beforeAll(async () => {
    dataSource = new DataSource({ type: 'postgres', url: process.env.DATABASE_URL, poolSize: 2, extra: { connectionTimeoutMillis: 2_000 } });
    watchForSecondConnections(dataSource, () => {
      reported += 1;
    });
    await dataSource.initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
  });

  const select = (manager: Pick<EntityManager, 'query'>) => manager.query<{ one: number }[]>('SELECT 1 AS one');

  it.each<[string, number, () => Promise<unknown>]>([
    ['the transaction’s own manager', 0, () => dataSource.transaction((manager) => select(manager))],
    ['the same, with an isolation level', 0, () => dataSource.transaction('SERIALIZABLE', (manager) => select(manager))],
    ['a query after the transaction', 0, async () => select(await dataSource.transaction(() => Promise.resolve(dataSource.manager)))],
    ['dataSource.query inside the callback', 1, () => dataSource.transaction(() => dataSource.query('SELECT 1'))],
    ['the data source’s manager inside the callback', 1, () => dataSource.transaction(() => select(dataSource.manager))],
    ['a query builder of the data source inside the callback', 1, () => dataSource.transaction(() => dataSource.createQueryBuilder().select('n.oid').from('pg_namespace', 'n').limit(1).getRawOne())],
    ['inside the callback of a transaction with an isolation level', 1, () => dataSource.transaction('REPEATABLE READ', () => dataSource.query('SELECT 1'))],
    ['a transaction begun inside another', 1, () => dataSource.transaction(() => dataSource.transaction((inner) => select(inner)))],
    ['a nested call of the transaction’s own manager (a savepoint)', 0, () => dataSource.transaction((manager) => manager.transaction((inner) => select(inner)))],
    ['work deliberately begun outside the transaction', 0, () => dataSource.transaction(() => outsideTransaction(() => dataSource.query('SELECT 1')))],
  ])('%s: reported %i time(s)', async (_case, times, run) => {
    const before = reported;
    await run();
    expect(reported - before).toBe(times);
  });

  it('does not report work the callback left running that queries once the transaction is over', async () => {
    const before = reported;
    let later: Promise<unknown> = Promise.resolve();
    await dataSource.transaction(() => {
      later = new Promise((resolve) => setTimeout(resolve, 20)).then(() => dataSource.query('SELECT 1'));
      return Promise.resolve();
    });
    await later;
    expect(reported - before).toBe(0);
  });

  it('fails the query at once, and rolls the transaction back, when told to throw', async () => {
    const strict = new DataSource({ type: 'postgres', url: process.env.DATABASE_URL, poolSize: 1, extra: { connectionTimeoutMillis: 2_000 } });
    watchForSecondConnections(strict, (error) => {
      throw error;
    });
    await strict.initialize();
    try {
      const attempt = strict.transaction(async (manager) => {
        await manager.query(`SELECT pg_advisory_xact_lock(4242)`);
        // With one connection in the pool, this would wait out the pool's timeout and fail with
        // the driver's error; the watch fails it before it asks.
        return strict.query<unknown[]>('SELECT 1');
      });
      await expect(attempt).rejects.toBeInstanceOf(SecondConnectionError);
      // The lock went with the rollback: another transaction takes it at once.
      await expect(strict.transaction((manager) => manager.query('SELECT pg_try_advisory_xact_lock(4242) AS free'))).resolves.toEqual([{ free: true }]);
    } finally {
      await strict.destroy();
    }
  });
});
