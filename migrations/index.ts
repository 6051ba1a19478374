export { schema } from './schema.js';
export { CASELOAD_SUMMARY_BACKFILL } from './1795692853101-caseload-summaries.js';
