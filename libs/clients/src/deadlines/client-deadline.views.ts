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

/**
 * An overdue deadline of a supervisor's teams, with the file it belongs to and who owns it. The
 * api describes it (OverdueDeadline in apps/api/src/clients/overdue-deadlines.dto.ts).
 */
export interface OverdueDeadlineEntry {
  readonly deadline: DeadlineView;
  readonly caseNumber: string;
  readonly clientName: string;
  readonly ownerName: string | null;
  /** Calendar days since the due date (1 the day after it). */
  readonly daysOverdue: number;
}

/** Which of a supervisor's overdue deadlines to list. */
export interface OverdueDeadlinesFilter {
  /** One of the teams they supervise; all of them when not given. */
  readonly teamId?: string;
  readonly kind?: string;
  /** Due on or after (YYYY-MM-DD). */
  readonly dueFrom?: string;
  /** Due on or before (YYYY-MM-DD). */
  readonly dueTo?: string;
}
