import type { DataSource } from 'typeorm';

export interface SchemaDiff {
  readonly up: readonly string[];
  readonly down: readonly string[];
}

/**
 * The SQL that would bring the database in line with the entities, as `typeorm
 * migration:generate` computes it (TypeORM's schema builder in log mode: nothing is executed).
 */
export async function diffSchema(dataSource: DataSource): Promise<SchemaDiff> {
  const log = await dataSource.driver.createSchemaBuilder().log();
  return {
    up: log.upQueries.map((query) => query.query),
    down: log.downQueries.map((query) => query.query),
  };
}
