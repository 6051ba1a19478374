import { ApiProperty } from '@nestjs/swagger';
import { DeadlineView } from '#deadlines';

export class AtRiskDeadline {
  @ApiProperty({ type: DeadlineView })
  deadline!: DeadlineView;

  @ApiProperty()
  caseNumber!: string;

  @ApiProperty({ type: String, nullable: true })
  ownerName!: string | null;

  @ApiProperty({ description: 'Open business days (administrative calendar) left; negative when overdue' })
  businessDaysLeft!: number;
}

/** One of my deadlines, with the file's case number so a list of them can be read at a glance. */
export class MyDeadlineView extends DeadlineView {
  @ApiProperty({ example: '2026-0042' })
  caseNumber!: string;
}
