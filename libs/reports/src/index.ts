import { REPORT_FACT_ENTITIES } from './facts/report-facts.entities.js';

/** Registered in migrations/schema.ts; the classes are not used outside this library. */
export const REPORTS_ENTITIES = [...REPORT_FACT_ENTITIES];
export { ReportRefreshModule } from './refresh/report-refresh.module.js';
export { ReportRefresh, type ReportRefreshResult } from './refresh/report-refresh.service.js';
export { ReportRefreshRequests } from './refresh/report-refresh.requests.js';

export { ReportsModule } from './reports.module.js';
export { ReportsService, type OutcomesRequest, type ReportExportRequest, type ReportRequest } from './reports.service.js';
export { NationalFigures, NATIONAL_FIGURES_FILE } from './national/national-figures.js';
export type { RenderedReport } from './export/report-exporter.js';
export { REPORT_EXPORT_FORMATS, REPORT_EXPORT_LANGUAGES, type ReportExportFormat, type ReportExportLanguage } from './views/export.views.js';
export { DataVersionView, ReportMetaView, ReportTeamView } from './views/report-meta.views.js';
export { NationalFiguresInfoView, NationalSourceView, RefreshQueuedView, ReportsOverviewView } from './views/overview.views.js';
export { NationalOutcomeView, OutcomeRowView, OutcomesReportView, REPORT_GRANULARITIES, type ReportGranularity } from './views/outcomes.views.js';
export { TimeInStageReportView, TimeInStageRowView } from './views/time-in-stage.views.js';
export { DeadlineMonthRowView, DeadlineOutcomeCountsView, DeadlinesReportView, ReminderMonthView } from './views/deadlines.views.js';
export { AtRiskView, CaseloadMonthView, CaseloadsReportView, CaseworkerCaseloadView, OpenFilesMonthView, RECENT_CONTACT_DAYS, TeamCaseloadView } from './views/caseloads.views.js';
export { DocumentsSummaryView, ReferralOutcomeView, ReferralsDocumentsReportView } from './views/referrals-documents.views.js';
export {
  DISAGGREGATION_COLUMNS,
  DISAGGREGATION_DIMENSIONS,
  DisaggregationReportView,
  DisaggregationRowView,
  DisaggregationTableView,
  PublishedCountView,
  type DisaggregationColumn,
  type DisaggregationDimension,
} from './views/disaggregation.views.js';
