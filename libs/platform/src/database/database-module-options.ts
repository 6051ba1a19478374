import type { DatabaseSchema } from './data-source-options.js';

export interface DatabaseModuleOptions {
  readonly schema: DatabaseSchema;
  /** `application_name` in pg_stat_activity: tells the api's connections from the worker's. */
  readonly applicationName: string;
  /**
   * Whether the repositories' routed reads (ReadReplicas) may go to DATABASE_REPLICA_URLS: the
   * api's do; the worker's and the tools' always read the primary.
   */
  readonly readReplicas?: boolean;
}

/** The options `DatabaseModule.forRoot` was given, for the providers that open connections of their own. */
export const DATABASE_MODULE_OPTIONS = Symbol('DATABASE_MODULE_OPTIONS');
