import { Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Principal } from '#accounts';
import {
  CaseloadsReportView,
  DeadlinesReportView,
  DisaggregationReportView,
  OutcomesReportView,
  ReferralsDocumentsReportView,
  RefreshQueuedView,
  ReportsOverviewView,
  ReportsService,
  TimeInStageReportView,
} from '#reports';
import { SignedIn } from '../auth/access.decorators.js';
import { CurrentPrincipal } from '../auth/current-principal.js';
import { DisaggregationQuery, OutcomesQuery, ReportExportQuery, ReportQuery } from './reports.dto.js';

const BAD_PERIOD = 'VALIDATION_FAILED: a malformed month, from after to, from before 2000-01, or more than 120 months.';
const TEAM_REFUSED = 'TEAM_NOT_FOUND: an administrator named a team that does not exist (a supervisor naming a team they do not supervise gets 403).';

/**
 * Reports for supervisors (their teams) and administrators (the organisation, aggregate only),
 * from the reporting store the worker rebuilds. Every view and export is audited.
 */
@ApiTags('reports')
@Controller('reports')
@SignedIn('supervisor', 'admin')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  /** The viewer's teams, the data version and refresh interval, and the national figures' sources. */
  @Get('overview')
  @ApiOkResponse({ type: ReportsOverviewView })
  overview(@CurrentPrincipal() principal: Principal): Promise<ReportsOverviewView> {
    return this.reports.overview(principal);
  }

  /** Asks the worker to rebuild the reporting store now; however often asked, one rebuild is queued. */
  @Post('refresh')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: RefreshQueuedView })
  async refresh(): Promise<RefreshQueuedView> {
    await this.reports.requestRefresh();
    return { queued: true };
  }

  /** Filings, decisions, reviews, suits, detention and release by year or quarter, beside ISA's figures. */
  @Get('outcomes')
  @ApiOkResponse({ type: OutcomesReportView })
  @ApiBadRequestResponse({ description: BAD_PERIOD })
  @ApiNotFoundResponse({ description: TEAM_REFUSED })
  outcomes(@CurrentPrincipal() principal: Principal, @Query() query: OutcomesQuery): Promise<OutcomesReportView> {
    return this.reports.outcomes(principal, query);
  }

  /** Median and 90th percentile days between steps, per year, beside ISA's averages. */
  @Get('time-in-stage')
  @ApiOkResponse({ type: TimeInStageReportView })
  @ApiBadRequestResponse({ description: BAD_PERIOD })
  @ApiNotFoundResponse({ description: TEAM_REFUSED })
  timeInStage(@CurrentPrincipal() principal: Principal, @Query() query: ReportQuery): Promise<TimeInStageReportView> {
    return this.reports.timeInStage(principal, query);
  }

  /** Deadlines kept, by due month and kind, and reminders sent, failed and escalated per month. */
  @Get('deadlines')
  @ApiOkResponse({ type: DeadlinesReportView })
  @ApiBadRequestResponse({ description: BAD_PERIOD })
  @ApiNotFoundResponse({ description: TEAM_REFUSED })
  deadlines(@CurrentPrincipal() principal: Principal, @Query() query: ReportQuery): Promise<DeadlinesReportView> {
    return this.reports.deadlines(principal, query);
  }

  /** Open files at each month's end, intakes and closures, per team and (supervisors) per caseworker; files at risk. */
  @Get('caseloads')
  @ApiOkResponse({ type: CaseloadsReportView })
  @ApiBadRequestResponse({ description: BAD_PERIOD })
  @ApiNotFoundResponse({ description: TEAM_REFUSED })
  caseloads(@CurrentPrincipal() principal: Principal, @Query() query: ReportQuery): Promise<CaseloadsReportView> {
    return this.reports.caseloads(principal, query);
  }

  /** Referrals by service kind and how they stand; open files with missing or untranslated documents. */
  @Get('referrals-documents')
  @ApiOkResponse({ type: ReferralsDocumentsReportView })
  @ApiBadRequestResponse({ description: BAD_PERIOD })
  @ApiNotFoundResponse({ description: TEAM_REFUSED })
  referralsDocuments(@CurrentPrincipal() principal: Principal, @Query() query: ReportQuery): Promise<ReferralsDocumentsReportView> {
    return this.reports.referralsDocuments(principal, query);
  }

  /** One year by nationality, sex, age band and vulnerability, small counts suppressed; the viewer's whole scope. */
  @Get('disaggregation')
  @ApiOkResponse({ type: DisaggregationReportView })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED: the year is not one from 2000.' })
  disaggregation(@CurrentPrincipal() principal: Principal, @Query() query: DisaggregationQuery): Promise<DisaggregationReportView> {
    return this.reports.disaggregation(principal, query.year);
  }

  /** Every report above in one CSV (UTF-8 with BOM) or XLSX file, headed by the period, filter, time and data version. */
  @Get('export')
  @ApiProduces('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({ description: 'The file, as an attachment named yorisoi-report-<from>-<to>.<format>', schema: { type: 'string', format: 'binary' } })
  @ApiBadRequestResponse({ description: `${BAD_PERIOD} Or a format, language, granularity or year not offered.` })
  @ApiNotFoundResponse({ description: TEAM_REFUSED })
  async export(@CurrentPrincipal() principal: Principal, @Query() query: ReportExportQuery, @Res() response: Response): Promise<void> {
    const file = await this.reports.export(principal, query);
    response.status(200);
    response.setHeader('Content-Type', file.contentType);
    response.setHeader('Content-Length', String(file.body.length));
    response.setHeader('Content-Disposition', `attachment; filename="${file.fileName}"`);
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Cache-Control', 'no-store');
    response.end(file.body);
  }
}
