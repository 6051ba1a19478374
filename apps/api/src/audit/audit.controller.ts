import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Principal } from '#accounts';
import { AuditPage, AuditQueryService } from '#audit';
import { SignedIn } from '../auth/access.decorators.js';
import { CurrentPrincipal } from '../auth/current-principal.js';
import { AuditQueryRequest } from './audit-query.dto.js';

@ApiTags('audit')
@Controller('audit-events')
export class AuditController {
  constructor(private readonly audit: AuditQueryService) {}

  @Get()
  @SignedIn('supervisor', 'admin')
  @ApiOkResponse({ type: AuditPage })
  find(@CurrentPrincipal() principal: Principal, @Query() query: AuditQueryRequest): Promise<AuditPage> {
    return this.audit.find(
      query,
      principal.role === 'admin' ? { kind: 'all' } : { kind: 'teams', teamIds: principal.supervisedTeamIds },
    );
  }
}
