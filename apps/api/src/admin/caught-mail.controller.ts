import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { CaughtMailService } from '#notifications';
import { SignedIn } from '../auth/access.decorators.js';

export class CaughtMailSummaryResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'date-time' })
  receivedAt!: string;

  @ApiProperty({ type: [String] })
  to!: string[];

  @ApiProperty()
  subject!: string;
}

export class CaughtMailResponse extends CaughtMailSummaryResponse {
  @ApiProperty()
  from!: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  messageId!: string | null;

  @ApiProperty()
  text!: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  html!: string | null;
}

/**
 * The mail the embedded catcher kept (`npm start` without SMTP_URL): lets a newcomer see the
 * invitations and reminders the system sends. Empty wherever a real mail server is configured.
 */
@ApiTags('admin')
@Controller('admin/caught-mail')
@SignedIn('admin')
export class CaughtMailController {
  constructor(private readonly mail: CaughtMailService) {}

  @Get()
  @ApiOkResponse({ type: [CaughtMailSummaryResponse] })
  list(): Promise<CaughtMailSummaryResponse[]> {
    return this.mail.listRecent(100);
  }

  @Get(':id')
  @ApiOkResponse({ type: CaughtMailResponse })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<CaughtMailResponse> {
    return this.mail.get(id);
  }
}
