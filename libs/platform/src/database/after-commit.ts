import { Logger } from '@nestjs/common';
import { EventSubscriber, type EntityManager, type EntitySubscriberInterface, type QueryRunner } from 'typeorm';
import type { TransactionCommitEvent } from 'typeorm/subscriber/event/TransactionCommitEvent.js';
import type { TransactionRollbackEvent } from 'typeorm/subscriber/event/TransactionRollbackEvent.js';

type Callback = () => Promise<void>;

const KEY = 'yorisoiAfterCommit';
const logger = new Logger('AfterCommit');

function pending(queryRunner: QueryRunner): Callback[] {
  const data = queryRunner.data as Record<string, Callback[] | undefined>;
  data[KEY] ??= [];
  return data[KEY];
}

/**
 * Runs `callback` once the transaction `manager` belongs to has committed (at once when there is
 * none), and never if it rolls back. For side effects outside PostgreSQL, such as enqueueing a
 * job for a row just written: the job never sees a row that was rolled back. A failing callback
 * is logged, not raised: whatever it did must be recoverable by a sweep.
 */
export function afterCommit(manager: EntityManager, callback: Callback): void {
  const runner = manager.queryRunner;
  if (!runner?.isTransactionActive) {
    void callback().catch((error: unknown) => logger.error({ err: error }, 'after-commit action failed'));
    return;
  }
  pending(runner).push(callback);
}

/** Registered in every data source: fires the callbacks queued with `afterCommit`. */
@EventSubscriber()
export class AfterCommitSubscriber implements EntitySubscriberInterface {
  async afterTransactionCommit(event: TransactionCommitEvent): Promise<void> {
    if (event.queryRunner.isTransactionActive) return; // a savepoint, not the outer commit
    const callbacks = pending(event.queryRunner).splice(0);
    for (const callback of callbacks) {
      await callback().catch((error: unknown) => logger.error({ err: error }, 'after-commit action failed'));
    }
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    if (!event.queryRunner.isTransactionActive) pending(event.queryRunner).splice(0);
  }
}
