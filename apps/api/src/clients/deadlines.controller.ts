import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import type { Principal } from '#accounts';
import { AtRiskDeadline, ClientDeadlinesService, MyDeadlineView } from '#clients';
import { DEADLINE_STATUSES, DeadlinePreviewView, DeadlineRuleView, DeadlineView, listDeadlineRules, previewDeadline, type DeadlineStatus } from '#deadlines';
import { SignedIn } from '../auth/access.decorators.js';
import { CurrentPrincipal } from '../auth/current-principal.js';
import { IsLocalDate } from '../common/validators.js';
import { VersionRequest } from './clients.dto.js';

export class DeadlinePreviewRequest {
  @ApiProperty({ example: 'review-request' })
  @Matches(/^[a-z]+(-[a-z]+)*$/, { message: 'must be a deadline kind such as review-request' })
  kind!: string;

  @ApiPropertyOptional({ format: 'date', example: '2025-12-26', description: 'The rule’s trigger event (e.g. the day the notice was received)' })
  @IsOptional()
  @IsLocalDate()
  triggerDate?: string;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsLocalDate()
  decisionDate?: string;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsLocalDate()
  knowledgeDate?: string;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsLocalDate()
  expiryDate?: string;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsLocalDate()
  lastReportDate?: string;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsLocalDate()
  designatedDate?: string;
}

export class ClientDeadlinesQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  applicationId?: string;

  @ApiPropertyOptional({ description: 'Also met, missed, waived and superseded ones (the history)' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  includeClosed = false;
}

export class MyDeadlinesQuery {
  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsLocalDate()
  from?: string;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsLocalDate()
  to?: string;

  @ApiPropertyOptional({ enum: DEADLINE_STATUSES, default: 'open' })
  @IsOptional()
  @IsIn(DEADLINE_STATUSES)
  status: DeadlineStatus = 'open';
}

export class AtRiskQuery {
  @ApiPropertyOptional({ default: 5, minimum: 0, maximum: 60, description: 'Open business days ahead' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(60)
  businessDays = 5;
}

export class OverrideRequest extends VersionRequest {
  @ApiProperty({ format: 'date' })
  @IsLocalDate()
  dueDate!: string;

  @ApiProperty({ example: 'The bureau agreed in writing to accept the filing on this date' })
  @IsString()
  @Length(5, 1000)
  reason!: string;
}

export class WaiveRequest extends VersionRequest {
  @ApiProperty({ example: 'Client left Japan' })
  @IsString()
  @Length(5, 1000)
  reason!: string;
}

export class MetRequest extends VersionRequest {
  @ApiProperty({ format: 'date', description: 'When the act was done' })
  @IsLocalDate()
  on!: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string | null;
}

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
