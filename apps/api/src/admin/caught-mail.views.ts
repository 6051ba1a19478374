import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class CaughtMailSummaryResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'date-time' })
  receivedAt!: string;

  @ApiProperty({ type: [String] })
  to!: string[];

  @ApiProperty()
  subject!: string;

  @ApiProperty({ description: 'Sent to the caller, so shown in full; otherwise sign-in links and codes are redacted.' })
  addressedToYou!: boolean;
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

  @ApiProperty({ description: 'Links, tokens and codes that could sign someone in were removed from this copy.' })
  redacted!: boolean;
}
