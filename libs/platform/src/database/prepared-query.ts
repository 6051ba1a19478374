import { createHash } from 'node:crypto';
import type pg from 'pg';
import type { EntityManager } from 'typeorm';

/**
 * Runs `sql` as a named prepared statement on the manager's connection (its transaction's, or one
 * taken from the pool for this statement alone), for the hot reads every page asks for. Each
 * pooled connection parses and plans such a statement once; after five runs PostgreSQL keeps a
 * generic plan when it is no worse than the custom ones, so later runs skip parsing and planning
 * (the caseload's planning took more than a millisecond of the server's CPU every time). Plans
 * are thrown away by PostgreSQL itself when a migration changes a table they use.
 *
 * The name is derived from the text, so two texts can never share one (node-postgres refuses a
 * name reused with another text) and a changed statement is prepared anew. Only for statements
 * whose plan does not depend on the values (a user's or a team's id), not for searches whose
 * selectivity does.
 */
export async function preparedQuery<T>(manager: EntityManager, sql: string, params: readonly unknown[]): Promise<T[]> {
  const name = `y_${createHash('sha256').update(sql).digest('base64url').slice(0, 22)}`;
  const runner = manager.queryRunner ?? manager.connection.createQueryRunner();
  const ownRunner = manager.queryRunner === undefined;
  try {
    const client = (await runner.connect()) as pg.PoolClient;
    const result = await client.query({ name, text: sql, values: [...params] });
    return result.rows as T[];
  } finally {
    if (ownRunner) await runner.release();
  }
}
