import { Module } from '@nestjs/common';
import { AccountsModule, UserDirectoryModule } from '#accounts';
import { ReportExporter } from './export/report-exporter.js';
import { NationalFigures } from './national/national-figures.js';
import { CaseloadsReport } from './queries/caseloads.report.js';
import { CaseloadsRepository } from './queries/caseloads.repository.js';
import { DeadlinesReport } from './queries/deadlines.report.js';
import { DeadlinesRepository } from './queries/deadlines.repository.js';
import { DisaggregationReport } from './queries/disaggregation.report.js';
import { DisaggregationRepository } from './queries/disaggregation.repository.js';
import { OutcomesReport } from './queries/outcomes.report.js';
import { OutcomesRepository } from './queries/outcomes.repository.js';
import { RenderedReportCache, ReportFigureCache } from './queries/report-figure-cache.js';
import { ReferralsDocumentsReport } from './queries/referrals-documents.report.js';
import { ReferralsDocumentsRepository } from './queries/referrals-documents.repository.js';
import { ReportStoreRepository } from './queries/report-store.repository.js';
import { TimeInStageReport } from './queries/time-in-stage.report.js';
import { TimeInStageRepository } from './queries/time-in-stage.repository.js';
import { ReportRefreshModule } from './refresh/report-refresh.module.js';
import { ReportsService } from './reports.service.js';
import { ReportScopes } from './scope/report-scope.js';

/**
 * The read side of the reporting store, for the api: each report's repository over the fact
 * tables and the view it builds, the viewer's scope, ISA's national figures (read and checked
 * at start-up: a malformed data file stops the api), the exports, and the request for a rebuild.
 * Team names come from the accounts library (every team, for administrators), caseworker names
 * from its user directory.
 */
@Module({
  imports: [ReportRefreshModule, UserDirectoryModule, AccountsModule],
  providers: [
    { provide: NationalFigures, useFactory: () => NationalFigures.load() },
    ReportScopes,
    ReportStoreRepository,
    ReportFigureCache,
    RenderedReportCache,
    OutcomesRepository,
    OutcomesReport,
    TimeInStageRepository,
    TimeInStageReport,
    DeadlinesRepository,
    DeadlinesReport,
    CaseloadsRepository,
    CaseloadsReport,
    ReferralsDocumentsRepository,
    ReferralsDocumentsReport,
    DisaggregationRepository,
    DisaggregationReport,
    ReportExporter,
    ReportsService,
  ],
  exports: [ReportsService, NationalFigures],
})
export class ReportsModule {}
