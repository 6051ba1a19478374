import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsInt, Max, Min } from 'class-validator';
import type { Principal } from '#accounts';
import { ReminderPoliciesService, ReminderPolicyView, ReminderStatsService, ReminderStatsView } from '#reminders';
import { SignedIn } from '../auth/access.decorators.js';
import { CurrentPrincipal } from '../auth/current-principal.js';

export class ReminderPolicyRequest {
  @ApiProperty()
  @IsInt()
  @Min(1)
  version!: number;

  @ApiProperty({ type: [Number], example: [60, 30, 14, 7, 3, 1], description: 'Days before the due date' })
  @IsArray()
  @ArrayMaxSize(20)
  @IsInt({ each: true })
  @Min(0, { each: true })
  @Max(365, { each: true })
  leadDays!: number[];

  @ApiProperty()
  @IsBoolean()
  onRecording!: boolean;

  @ApiProperty()
  @IsBoolean()
  dailyUntilDue!: boolean;

  @ApiProperty({ minimum: 0, maximum: 23 })
  @IsInt()
  @Min(0)
  @Max(23)
  sendAtHour!: number;

  @ApiProperty({ minimum: 0, maximum: 59 })
  @IsInt()
  @Min(0)
  @Max(59)
  sendAtMinute!: number;

  @ApiProperty()
  @IsBoolean()
  enabled!: boolean;
}

/** Reminder policies and the state of the reminder pipeline, for administrators. */
@ApiTags('admin')
@Controller('admin/reminders')
@SignedIn('admin')
export class RemindersAdminController {
  constructor(
    private readonly policies: ReminderPoliciesService,
    private readonly stats: ReminderStatsService,
  ) {}

  @Get('policies')
  @ApiOkResponse({ type: [ReminderPolicyView] })
  list(): Promise<ReminderPolicyView[]> {
    return this.policies.list();
  }

  /** Changes a policy; the reminders of every open deadline it covers are planned again. */
  @Put('policies/:target')
  @ApiOkResponse({ type: ReminderPolicyView })
  update(
    @CurrentPrincipal() principal: Principal,
    @Param('target') target: string,
    @Body() body: ReminderPolicyRequest,
  ): Promise<ReminderPolicyView> {
    return this.policies.update(target, body, principal.userId);
  }

  /** Planned, sent, failed; lateness of the last day's sends; the queue's job counts. */
  @Get('stats')
  @ApiOkResponse({ type: ReminderStatsView })
  getStats(): Promise<ReminderStatsView> {
    return this.stats.stats();
  }
}

