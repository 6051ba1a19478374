import type { EntityManager, EntityTarget, ObjectLiteral, QueryDeepPartialEntity } from 'typeorm';

/**
 * Updates one row by id and answers with the row as written, in the same statement (UPDATE …
 * RETURNING *): the values the database set itself (the update time, the version, anything a
 * trigger wrote) included, without reading the row again. Undefined when no row has that id.
 */
export async function updateReturning<T extends ObjectLiteral>(manager: EntityManager, target: EntityTarget<T>, id: string, changes: QueryDeepPartialEntity<T>): Promise<T | undefined> {
  const repository = manager.getRepository(target);
  const result = await repository.createQueryBuilder().update().set(changes).where('id = :id', { id }).returning('*').execute();
  const [row] = result.raw as Record<string, unknown>[];
  if (!row) return undefined;
  const entity = repository.create();
  for (const column of repository.metadata.columns) {
    column.setEntityValue(entity, manager.connection.driver.prepareHydratedValue(row[column.databaseName], column));
  }
  return entity;
}
