import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Principal } from '#accounts';
import { ReminderPoliciesService, ReminderPolicyView, ReminderStatsService, ReminderStatsView } from '#reminders';
import { SignedIn } from '../auth/access.decorators.js';
import { CurrentPrincipal } from '../auth/current-principal.js';
import { ReminderPolicyRequest } from './reminder-policy.dto.js';

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

