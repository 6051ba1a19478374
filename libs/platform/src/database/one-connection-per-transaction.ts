import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, EntityManager } from 'typeorm';

/** The transaction whose callback is running, while it runs. */
interface RunningTransaction {
  running: boolean;
}

const transactions = new AsyncLocalStorage<RunningTransaction>();

/** A query sent on a connection of its own from inside a transaction's callback. */
export class SecondConnectionError extends Error {
  constructor() {
    super(
      'A query inside a transaction asked the pool for a second connection: pass the transaction’s EntityManager down. ' +
        'While the transaction holds its locks, enough such requests at once take every connection and wait on each other until the pool times out.',
    );
    this.name = 'SecondConnectionError';
  }
}

/**
 * Watches `dataSource` for a query made inside a transaction's callback without the
 * transaction's EntityManager (a repository called without `manager`, `dataSource.query`, a
 * nested `dataSource.transaction`). Such a query takes a second connection from the pool while
 * the first holds row locks: ten requests racing for one file's lock then hold all ten
 * connections, and the one holding the lock waits for an eleventh until the pool gives up.
 * It also reads outside the transaction, so it does not see the transaction's own writes.
 *
 * `report` decides what happens: the tests throw, a deployed process logs.
 */
export function watchForSecondConnections(dataSource: DataSource, report: (error: SecondConnectionError) => void): void {
  const manager = dataSource.manager;
  const transaction = manager.transaction.bind(manager) as (...args: unknown[]) => Promise<unknown>;
  manager.transaction = ((...args: unknown[]) => {
    const at = typeof args[0] === 'function' ? 0 : 1;
    const callback = args[at] as ((inside: EntityManager) => Promise<unknown>) | undefined;
    if (typeof callback === 'function') {
      args[at] = (inside: EntityManager) => {
        const running: RunningTransaction = { running: true };
        return transactions.run(running, async () => {
          try {
            return await callback(inside);
          } finally {
            // Work the callback left running (a promise not awaited) may query once it is over.
            running.running = false;
          }
        });
      };
    }
    return transaction(...args);
  });

  const createQueryRunner = dataSource.createQueryRunner.bind(dataSource);
  dataSource.createQueryRunner = (mode) => {
    if (transactions.getStore()?.running) report(new SecondConnectionError());
    return createQueryRunner(mode);
  };
}

/**
 * Runs `work` as if no transaction were running: for work a transaction's callback begins on
 * purpose without waiting for it, which takes a connection the transaction's end gives back
 * (EmergencyRefusalsRecorder's audit line, which must outlive the rollback).
 */
export function outsideTransaction<T>(work: () => T): T {
  return transactions.exit(work);
}
