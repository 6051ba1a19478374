import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions, loadConfig } from '#platform';
import { schema } from './schema.js';

/**
 * The data source of the TypeORM CLI (`npm run migration:generate|run|revert`), built from the same
 * configuration and schema list as the api and the worker.
 */
export default new DataSource(buildDataSourceOptions(loadConfig().database, schema, 'yorisoi-cli'));
