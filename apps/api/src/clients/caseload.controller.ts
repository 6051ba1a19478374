import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Principal } from '#accounts';
import { CaseloadPage, CaseloadService, TeamOverview } from '#clients';
import { SignedIn } from '../auth/access.decorators.js';
import { CurrentPrincipal } from '../auth/current-principal.js';
import { PageQuery } from '../common/paging.dto.js';
import { TeamOverviewQuery } from './caseload.dto.js';

@ApiTags('caseload')
@Controller('caseload')
export class CaseloadController {
  constructor(private readonly caseload: CaseloadService) {}

  /** My open files, the one with the nearest deadline first. */
  @Get()
  @SignedIn('caseworker', 'supervisor')
  @ApiOkResponse({ type: CaseloadPage })
  mine(@CurrentPrincipal() principal: Principal, @Query() query: PageQuery): Promise<CaseloadPage> {
    return this.caseload.myCaseload(principal, query.limit, query.cursor);
  }

  /** For each caseworker of the teams I supervise: files, stages, overdue and due-soon deadlines. */
  @Get('team')
  @SignedIn('supervisor')
  @ApiOkResponse({ type: TeamOverview })
  team(@CurrentPrincipal() principal: Principal, @Query() query: TeamOverviewQuery): Promise<TeamOverview> {
    return this.caseload.teamOverview(principal, query.teamId);
  }
}
