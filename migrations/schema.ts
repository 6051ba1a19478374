import type { DatabaseSchema } from '#platform';

/**
 * Every entity the application maps and every migration, in order. The api, the worker, the
 * TypeORM CLI (`data-source.ts`) and the tests all build their connection from this list, so an
 * entity added here without a migration fails the drift check in CI.
 *
 * Migrations are listed explicitly (no glob): ESM has no synchronous require, and an explicit
 * list shows in review what a deployment will run.
 */
export const schema: DatabaseSchema = {
  entities: [],
  migrations: [],
};
