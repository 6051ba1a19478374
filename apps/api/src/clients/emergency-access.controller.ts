import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Principal } from '#accounts';
import { BreakGlassService, EmergencyAccessPage, EmergencyAccessView } from '#clients';
import { SignedIn } from '../auth/access.decorators.js';
import { CurrentPrincipal } from '../auth/current-principal.js';
import { PageQuery } from '../common/paging.dto.js';

/**
 * Oversight of emergency (break-glass) access: each use listed for the supervisors of the file's
 * team, and ended early when it is no longer needed. Opening one is POST /clients/:id/break-glass.
 */
@ApiTags('clients')
@Controller('emergency-access')
export class EmergencyAccessController {
  constructor(private readonly breakGlass: BreakGlassService) {}

  /**
   * Newest first, active and past: a supervisor sees those on their teams' files and their own;
   * an administrator (who reads the whole audit trail) sees all. Keyset pages.
   */
  @Get()
  @SignedIn('supervisor', 'admin')
  @ApiOkResponse({ type: EmergencyAccessPage })
  list(@CurrentPrincipal() principal: Principal, @Query() query: PageQuery): Promise<EmergencyAccessPage> {
    return this.breakGlass.list(principal, query.limit, query.cursor);
  }

  /**
   * Ends an emergency access now: its holder, or a supervisor of the file's team. Audited and on
   * the file's timeline; the holder's next request no longer reaches the file.
   */
  @Post(':grantId/end')
  @SignedIn('supervisor', 'admin')
  @HttpCode(200)
  @ApiOkResponse({ type: EmergencyAccessView })
  @ApiNotFoundResponse({ description: 'No such emergency access, or not one you may end (the two are indistinguishable).' })
  end(@CurrentPrincipal() principal: Principal, @Param('grantId', ParseUUIDPipe) grantId: string): Promise<EmergencyAccessView> {
    return this.breakGlass.end(principal, grantId);
  }
}
