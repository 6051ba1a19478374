import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Principal } from '#accounts';
import { AtRiskDeadline, ClientDeadlinesService, MyDeadlineView } from '#clients';
import { DeadlinePreviewView, DeadlineRuleView, DeadlineView, listDeadlineRules, previewDeadline } from '#deadlines';
import { SignedIn } from '../auth/access.decorators.js';
import { CurrentPrincipal } from '../auth/current-principal.js';
import { AtRiskQuery, ClientDeadlinesQuery, DeadlinePreviewRequest, MetRequest, MyDeadlinesQuery, OverrideRequest, WaiveRequest } from './deadline.dto.js';
import { OverdueDeadline, OverdueDeadlinesQuery } from './overdue-deadlines.dto.js';
import { VersionRequest } from './version.dto.js';

@ApiTags('deadlines')
@Controller()
export class DeadlinesController {
  constructor(private readonly deadlines: ClientDeadlinesService) {}

  /**
   * The calculator: when is it due, and why. Needs no client; any signed-in user. A rule that
   * needs more dates names the missing ones (400).
   */
  @Post('deadlines/preview')
  @SignedIn()
  @HttpCode(200)
  @ApiOkResponse({ type: DeadlinePreviewView })
  preview(@Body() body: DeadlinePreviewRequest): DeadlinePreviewView {
    const { kind, ...dates } = body;
    return previewDeadline(kind, dates);
  }

  /** Every deadline rule with its legal basis, confidence and versions. */
  @Get('deadlines/rules')
  @SignedIn()
  @ApiOkResponse({ type: [DeadlineRuleView] })
  rules(): DeadlineRuleView[] {
    return listDeadlineRules();
  }

  @Get('deadlines/mine')
  @SignedIn('caseworker', 'supervisor')
  @ApiOkResponse({ type: [MyDeadlineView] })
  mine(@CurrentPrincipal() principal: Principal, @Query() query: MyDeadlinesQuery): Promise<MyDeadlineView[]> {
    return this.deadlines.mine(principal, query);
  }

  /** Hard legal deadlines of my teams, not met, due within N business days or overdue. */
  @Get('deadlines/at-risk')
  @SignedIn('supervisor')
  @ApiOkResponse({ type: [AtRiskDeadline] })
  atRisk(@CurrentPrincipal() principal: Principal, @Query() query: AtRiskQuery): Promise<AtRiskDeadline[]> {
    return this.deadlines.atRisk(principal, query.businessDays);
  }

  /**
   * Open deadlines of my teams (or one of them) past their due date, optionally of one kind and
   * due in a range: the drill-down from the reports' deadline-kept table. At most 200.
   */
  @Get('deadlines/overdue')
  @SignedIn('supervisor')
  @ApiOkResponse({ type: [OverdueDeadline] })
  overdue(@CurrentPrincipal() principal: Principal, @Query() query: OverdueDeadlinesQuery): Promise<OverdueDeadline[]> {
    return this.deadlines.overdue(principal, query);
  }

  @Get('clients/:clientId/deadlines')
  @SignedIn()
  @ApiOkResponse({ type: [DeadlineView] })
  ofClient(@CurrentPrincipal() principal: Principal, @Param('clientId', ParseUUIDPipe) clientId: string, @Query() query: ClientDeadlinesQuery): Promise<DeadlineView[]> {
    return this.deadlines.ofClient(principal, clientId, query);
  }

  @Post('clients/:clientId/deadlines/:deadlineId/override')
  @SignedIn()
  @HttpCode(200)
  @ApiOkResponse({ type: DeadlineView })
  override(
    @CurrentPrincipal() principal: Principal,
    @Param('clientId', ParseUUIDPipe) clientId: string,
    @Param('deadlineId', ParseUUIDPipe) deadlineId: string,
    @Body() body: OverrideRequest,
  ): Promise<DeadlineView> {
    return this.deadlines.override(principal, clientId, deadlineId, body);
  }

  @Post('clients/:clientId/deadlines/:deadlineId/waive')
  @SignedIn()
  @HttpCode(200)
  @ApiOkResponse({ type: DeadlineView })
  waive(
    @CurrentPrincipal() principal: Principal,
    @Param('clientId', ParseUUIDPipe) clientId: string,
    @Param('deadlineId', ParseUUIDPipe) deadlineId: string,
    @Body() body: WaiveRequest,
  ): Promise<DeadlineView> {
    return this.deadlines.waive(principal, clientId, deadlineId, body);
  }

  @Post('clients/:clientId/deadlines/:deadlineId/met')
  @SignedIn()
  @HttpCode(200)
  @ApiOkResponse({ type: DeadlineView })
  met(
    @CurrentPrincipal() principal: Principal,
    @Param('clientId', ParseUUIDPipe) clientId: string,
    @Param('deadlineId', ParseUUIDPipe) deadlineId: string,
    @Body() body: MetRequest,
  ): Promise<DeadlineView> {
    return this.deadlines.markMet(principal, clientId, deadlineId, body);
  }

  /** Recomputes with the rule version in force now (after a change in the law), on purpose. */
  @Post('clients/:clientId/deadlines/:deadlineId/recompute')
  @SignedIn()
  @HttpCode(200)
  @ApiOkResponse({ type: DeadlineView })
  recompute(
    @CurrentPrincipal() principal: Principal,
    @Param('clientId', ParseUUIDPipe) clientId: string,
    @Param('deadlineId', ParseUUIDPipe) deadlineId: string,
    @Body() body: VersionRequest,
  ): Promise<DeadlineView> {
    return this.deadlines.recompute(principal, clientId, deadlineId, body.version);
  }
}
