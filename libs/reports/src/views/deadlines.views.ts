import { ApiProperty } from '@nestjs/swagger';
import { ReportMetaView } from './report-meta.views.js';

/** How deadlines of one kind ended. The outcome columns partition the deadlines; `overridden` overlaps them. */
export class DeadlineOutcomeCountsView {
  @ApiProperty({ example: 'review-request' })
  kind!: string;

  @ApiProperty({ description: 'Met on or before the due date' })
  metOnTime!: number;

  @ApiProperty({ description: 'Met after the due date' })
  metLate!: number;

  @ApiProperty()
  waived!: number;

  @ApiProperty({ description: 'The window was recorded as lapsed' })
  missed!: number;

  @ApiProperty({ description: 'Still open, due before the data version’s date' })
  overdue!: number;

  @ApiProperty({ description: 'Open, not yet due' })
  open!: number;

  @ApiProperty({ description: 'Deadlines whose computed due date a caseworker replaced; overlaps the other columns' })
  overridden!: number;
}

export class DeadlineMonthRowView extends DeadlineOutcomeCountsView {
  @ApiProperty({ example: '2025-04', description: 'The month the deadline fell due' })
  month!: string;
}

export class ReminderMonthView {
  @ApiProperty({ example: '2025-04', description: 'The month the reminders were due to go out' })
  month!: string;

  @ApiProperty()
  sent!: number;

  @ApiProperty()
  failed!: number;

  @ApiProperty({ description: 'Escalations to a supervisor that went out' })
  escalated!: number;
}

export class DeadlinesReportView {
  @ApiProperty({ type: ReportMetaView })
  meta!: ReportMetaView;

  @ApiProperty({ type: [DeadlineMonthRowView], description: 'By due month and kind; only rows with a deadline' })
  rows!: DeadlineMonthRowView[];

  @ApiProperty({ type: [DeadlineOutcomeCountsView], description: 'By kind, over the period' })
  totals!: DeadlineOutcomeCountsView[];

  @ApiProperty({ type: [ReminderMonthView], description: 'Every month of the period' })
  reminders!: ReminderMonthView[];

  @ApiProperty({ description: 'Whether the viewer may open the overdue deadlines behind the figures (supervisors: GET /deadlines/overdue)' })
  overdueLinks!: boolean;
}
