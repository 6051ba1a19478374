import { ApiProperty } from '@nestjs/swagger';
import { ClientSummaryView } from '../client.views.js';

export class ClientSearchPage {
  @ApiProperty({ type: [ClientSummaryView] })
  items!: ClientSummaryView[];

  @ApiProperty({ type: String, nullable: true })
  nextCursor!: string | null;
}
