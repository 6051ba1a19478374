import { Injectable } from '@nestjs/common';
import type { Principal } from '#accounts';
import { AuditAction, AuditService } from '#audit';
import { localDateInTimeZone, parseReportPeriod, REPORT_EARLIEST_MONTH, type ReportPeriod } from '#domain';
import { AppConfig, Clock, ReadReplicas } from '#platform';
import type { ReportExportInput } from './export/report-export.input.js';
import { ReportExporter, type RenderedReport } from './export/report-exporter.js';
import { NationalFigures } from './national/national-figures.js';
import { CaseloadsReport } from './queries/caseloads.report.js';
import { DeadlinesReport } from './queries/deadlines.report.js';
import { DisaggregationReport } from './queries/disaggregation.report.js';
import { OutcomesReport } from './queries/outcomes.report.js';
import { ReportFigureCache, RenderedReportCache } from './queries/report-figure-cache.js';
import { ReferralsDocumentsReport } from './queries/referrals-documents.report.js';
import { ReportStoreRepository } from './queries/report-store.repository.js';
import { TimeInStageReport } from './queries/time-in-stage.report.js';
import { ReportRefreshRequests } from './refresh/report-refresh.requests.js';
import type { ReportContext } from './scope/report-context.js';
import { ReportScopes, type ReportScope } from './scope/report-scope.js';
import type { CaseloadsReportView } from './views/caseloads.views.js';
import type { DeadlinesReportView } from './views/deadlines.views.js';
import type { DisaggregationReportView } from './views/disaggregation.views.js';
import type { ReportExportFormat, ReportExportLanguage } from './views/export.views.js';
import type { OutcomesReportView, ReportGranularity } from './views/outcomes.views.js';
import type { ReportsOverviewView } from './views/overview.views.js';
import type { ReferralsDocumentsReportView } from './views/referrals-documents.views.js';
import type { DataVersionView, ReportMetaView } from './views/report-meta.views.js';
import type { TimeInStageReportView } from './views/time-in-stage.views.js';

/** The period and team filter every report takes (months YYYY-MM, both optional). */
export interface ReportRequest {
  readonly from?: string;
  readonly to?: string;
  readonly teamId?: string;
}

export interface OutcomesRequest extends ReportRequest {
  readonly granularity?: ReportGranularity;
}

export interface ReportExportRequest extends OutcomesRequest {
  readonly format: ReportExportFormat;
  readonly lang?: ReportExportLanguage;
  /** The disaggregated tables' year; by default the year of `to`. */
  readonly year?: number;
}

type ReportName = 'overview' | 'outcomes' | 'time-in-stage' | 'deadlines' | 'caseloads' | 'referrals-documents' | 'disaggregation';

/**
 * The Reports area: aggregates of the reporting store for supervisors (their teams) and
 * administrators (the organisation, aggregate only). Every report is read from one snapshot of
 * the store (one read-only transaction, on a read replica when one is recent enough, see
 * ReadReplicas), and every view and export is audited once the input has been accepted, without
 * a figure in the audit line.
 */
@Injectable()
export class ReportsService {
  constructor(
    private readonly replicas: ReadReplicas,
    private readonly scopes: ReportScopes,
    private readonly store: ReportStoreRepository,
    private readonly outcomesReport: OutcomesReport,
    private readonly timeInStageReport: TimeInStageReport,
    private readonly deadlinesReport: DeadlinesReport,
    private readonly caseloadsReport: CaseloadsReport,
    private readonly referralsDocumentsReport: ReferralsDocumentsReport,
    private readonly disaggregationReport: DisaggregationReport,
    private readonly figures: ReportFigureCache,
    private readonly renderedExports: RenderedReportCache,
    private readonly national: NationalFigures,
    private readonly exporter: ReportExporter,
    private readonly refreshRequests: ReportRefreshRequests,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  async overview(principal: Principal): Promise<ReportsOverviewView> {
    const scope = await this.scopes.of(principal);
    const { refresh, earliest } = await this.replicas.readTransaction(async (manager) => {
      const latest = await this.store.latestRefresh(manager);
      // A minimum over every file of the scope: read once per data version, not on every visit.
      const key = `${latest?.id ?? 'none'}|${scopeKey(scope)}|earliest opened`;
      return { refresh: latest, earliest: await this.figures.get(key, () => this.store.earliestOpenedOn(manager, scope.teamIds)) };
    });
    const { figures } = this.national;
    await this.audit.record({ action: AuditAction.ReportViewed, details: { report: 'overview', from: null, to: null, teamId: null } });
    return {
      aggregateOnly: scope.aggregateOnly,
      teams: scope.teams.map((team) => ({ id: team.id, name: team.name })),
      dataVersion: refresh === null ? null : dataVersionView(refresh),
      refreshMinutes: this.config.reports.refreshMinutes,
      // The period picker cannot go further back than a report can.
      earliestMonth: earliest === null ? null : earliest.slice(0, 7) < REPORT_EARLIEST_MONTH ? REPORT_EARLIEST_MONTH : earliest.slice(0, 7),
      national: {
        version: figures.version,
        title: figures.title,
        sources: figures.sources.map((source) => ({ years: [...source.years], title: source.title, url: source.url })),
        note: figures.note,
        years: figures.years.map((year) => year.year),
      },
    };
  }

  /** Queues a rebuild of the reporting store (once, however often asked). */
  async requestRefresh(): Promise<void> {
    await this.refreshRequests.request();
  }

  async outcomes(principal: Principal, request: OutcomesRequest): Promise<OutcomesReportView> {
    const granularity = request.granularity ?? 'year';
    return this.viewed(principal, 'outcomes', request, (context) => this.outcomesReport.build(context, granularity), { granularity });
  }

  async timeInStage(principal: Principal, request: ReportRequest): Promise<TimeInStageReportView> {
    return this.viewed(principal, 'time-in-stage', request, (context) => this.timeInStageReport.build(context));
  }

  async deadlines(principal: Principal, request: ReportRequest): Promise<DeadlinesReportView> {
    return this.viewed(principal, 'deadlines', request, (context) => this.deadlinesReport.build(context));
  }

  async caseloads(principal: Principal, request: ReportRequest): Promise<CaseloadsReportView> {
    return this.viewed(principal, 'caseloads', request, (context) => this.caseloadsReport.build(context));
  }

  async referralsDocuments(principal: Principal, request: ReportRequest): Promise<ReferralsDocumentsReportView> {
    return this.viewed(principal, 'referrals-documents', request, (context) => this.referralsDocumentsReport.build(context));
  }

  /** One calendar year (by default the current one), always over the viewer's whole scope. */
  async disaggregation(principal: Principal, year?: number): Promise<DisaggregationReportView> {
    const chosen = year ?? Number(this.today().slice(0, 4));
    const period = this.period({ from: `${chosen}-01`, to: `${chosen}-12` });
    const scope = await this.scopes.of(principal);
    const view = await this.snapshot(scope, period, (context) => this.disaggregationReport.build(context, chosen));
    await this.audit.record({ action: AuditAction.ReportViewed, details: { report: 'disaggregation', from: period.from, to: period.to, teamId: null, year: chosen } });
    return view;
  }

  /**
   * Every report of the period in one file (the disaggregated tables for one year, over the
   * whole scope as on screen), rendered from the same views the routes answer with.
   */
  async export(principal: Principal, request: ReportExportRequest): Promise<RenderedReport> {
    const period = this.period(request);
    const year = request.year ?? Number(period.to.slice(0, 4));
    const yearPeriod = this.period({ from: `${year}-01`, to: `${year}-12` });
    const scope = await this.scopes.of(principal, request.teamId);
    const whole = request.teamId === undefined ? scope : await this.scopes.of(principal);
    const granularity = request.granularity ?? 'year';
    const lang = request.lang ?? principal.locale;
    const rendered = await this.replicas.readTransaction(async (manager) => {
      const refresh = await this.store.latestRefresh(manager);
      const key = [refresh?.id ?? 'none', scopeKey(scope), period.from, period.to, granularity, year, request.format, lang].join('|');
      return this.renderedExports.get(key, async () => this.exporter.render(request.format, await this.exportInput(manager, refresh, { scope, whole, period, yearPeriod, granularity, year }), lang));
    });
    await this.audit.record({
      action: AuditAction.ReportExported,
      details: { format: request.format, lang, from: period.from, to: period.to, teamId: scope.team?.id ?? null, granularity, year },
    });
    return rendered;
  }

  /** Every section of an export, read in the caller's snapshot. */
  private async exportInput(
    manager: ReportContext['manager'],
    refresh: ReportContext['refresh'],
    { scope, whole, period, yearPeriod, granularity, year }: { scope: ReportScope; whole: ReportScope; period: ReportPeriod; yearPeriod: ReportPeriod; granularity: 'year' | 'quarter'; year: number },
  ): Promise<ReportExportInput> {
    const context = this.context(manager, scope, period, refresh);
    const yearContext = this.context(manager, whole, yearPeriod, refresh);
    return {
        header: {
          from: period.from,
          to: period.to,
          teamName: scope.team?.name ?? null,
          generatedAt: context.meta.generatedAt,
          dataVersion: context.meta.dataVersion,
          nationalVersion: this.national.figures.version,
          aggregateOnly: scope.aggregateOnly,
        },
        national: { title: this.national.figures.title, sources: this.national.figures.sources, note: this.national.figures.note },
        outcomes: await this.outcomesReport.build(context, granularity),
        timeInStage: await this.timeInStageReport.build(context),
        deadlines: await this.deadlinesReport.build(context),
        caseloads: await this.caseloadsReport.build(context),
        referralsDocuments: await this.referralsDocumentsReport.build(context),
        disaggregation: await this.disaggregationReport.build(yearContext, year),
    };
  }

  /** A report over the period and team asked for, audited once built. */
  private async viewed<T>(
    principal: Principal,
    report: ReportName,
    request: ReportRequest,
    build: (context: ReportContext) => Promise<T>,
    details: Readonly<Record<string, string>> = {},
  ): Promise<T> {
    const period = this.period(request);
    const scope = await this.scopes.of(principal, request.teamId);
    const view = await this.snapshot(scope, period, build);
    await this.audit.record({ action: AuditAction.ReportViewed, details: { report, from: period.from, to: period.to, teamId: scope.team?.id ?? null, ...details } });
    return view;
  }

  private snapshot<T>(scope: ReportScope, period: ReportPeriod, build: (context: ReportContext) => Promise<T>): Promise<T> {
    return this.replicas.readTransaction(async (manager) => build(this.context(manager, scope, period, await this.store.latestRefresh(manager))));
  }

  private context(manager: ReportContext['manager'], scope: ReportScope, period: ReportPeriod, refresh: ReportContext['refresh']): ReportContext {
    const meta: ReportMetaView = {
      from: period.from,
      to: period.to,
      teamId: scope.team?.id ?? null,
      teamName: scope.team?.name ?? null,
      generatedAt: this.clock.now().toISOString(),
      dataVersion: refresh === null ? null : dataVersionView(refresh),
      aggregateOnly: scope.aggregateOnly,
    };
    // The figures of one data version, scope and period are the same whoever asks and whenever.
    const key = [refresh?.id ?? 'none', scopeKey(scope), period.from, period.to].join('|');
    return { manager, scope, period, refresh, meta, cached: (what, read) => this.figures.get(`${key}|${what}`, read) };
  }

  /** The period asked for; by default January two years ago to this month, in Japan. */
  private period(request: ReportRequest): ReportPeriod {
    return parseReportPeriod(request.from, request.to, this.today());
  }

  private today(): string {
    return localDateInTimeZone(this.clock.now(), this.config.timeZone);
  }
}

/** The teams a scope covers, as a cache key: the same figures whoever in that scope asks. */
function scopeKey(scope: ReportScope): string {
  return `${scope.teamIds === null ? '*' : [...scope.teamIds].sort().join(',')}|${scope.aggregateOnly ? 'aggregate' : 'named'}`;
}

function dataVersionView(refresh: NonNullable<ReportContext['refresh']>): DataVersionView {
  return { id: refresh.id, asOf: refresh.finishedAt.toISOString(), asOfDate: refresh.asOfDate };
}
