import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions, loadConfig } from '#platform';
import { schema } from './schema.js';

// No environment given: the process's, and the .env file, as for the api.
const { database } = loadConfig(undefined, { usesAuthSecret: false });

/**
 * The data source of the TypeORM CLI (`npm run migration:revert`), built from the same
 * configuration and schema list as the api and the worker. It connects as the owner
 * (DATABASE_MIGRATION_URL, or DATABASE_URL when the roles are not split): only the owner may
 * change the schema.
 */
export default new DataSource(buildDataSourceOptions({ ...database, url: database.migrationUrl ?? database.url, replicaUrls: [] }, schema, 'yorisoi-cli'));
