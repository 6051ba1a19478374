import { Module } from '@nestjs/common';
import { ReportFactsWriter } from './report-facts.repository.js';
import { ReportRefreshRequests } from './report-refresh.requests.js';
import { ReportRefresh } from './report-refresh.service.js';
import { ReportSources } from './report-sources.repository.js';

/**
 * The write side of the reporting store: the rebuild the worker runs (ReportRefresh) and the
 * request for one that the api queues (ReportRefreshRequests). Needs the database, the clock,
 * the configuration and the queues, which the api and the worker provide globally.
 */
@Module({
  providers: [ReportSources, ReportFactsWriter, ReportRefresh, ReportRefreshRequests],
  exports: [ReportRefresh, ReportRefreshRequests],
})
export class ReportRefreshModule {}
