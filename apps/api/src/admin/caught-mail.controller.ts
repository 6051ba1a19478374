import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Principal } from '#accounts';
import { CaughtMailService, type CaughtMailReader } from '#notifications';
import { SignedIn } from '../auth/access.decorators.js';
import { CurrentPrincipal } from '../auth/current-principal.js';
import { CaughtMailResponse, CaughtMailSummaryResponse } from './caught-mail.views.js';

const readerOf = (principal: Principal): CaughtMailReader => ({
  userId: principal.userId,
  email: principal.email,
  administrator: principal.role === 'admin',
});

/**
 * The mail the embedded catcher kept (`npm start` without SMTP_URL), so a newcomer sees the
 * invitations and reminders the system sends. Everyone reads the mail sent to them; an
 * administrator also sees everyone else's, with the sign-in secrets in it redacted. Empty
 * wherever a real mail server is configured.
 */
@ApiTags('caught-mail')
@Controller('caught-mail')
@SignedIn()
export class CaughtMailController {
  constructor(private readonly mail: CaughtMailService) {}

  @Get()
  @ApiOkResponse({ type: [CaughtMailSummaryResponse] })
  list(@CurrentPrincipal() principal: Principal): Promise<CaughtMailSummaryResponse[]> {
    return this.mail.listRecent(readerOf(principal), 100);
  }

  @Get(':id')
  @ApiOkResponse({ type: CaughtMailResponse })
  @ApiNotFoundResponse({ description: 'No such message, or not one the caller may open.' })
  get(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<CaughtMailResponse> {
    return this.mail.open(readerOf(principal), id);
  }
}
