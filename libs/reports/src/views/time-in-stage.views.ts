import { ApiProperty } from '@nestjs/swagger';
import { REPORT_INTERVALS, type ReportInterval } from '#domain';
import { ReportMetaView } from './report-meta.views.js';

/** Days between two steps of the applications whose interval ended in the year. */
export class TimeInStageRowView {
  @ApiProperty({ example: 2024 })
  year!: number;

  @ApiProperty({ enum: REPORT_INTERVALS })
  interval!: ReportInterval;

  @ApiProperty({ description: 'Applications whose interval ended in the year (within the period)' })
  count!: number;

  @ApiProperty({ type: Number, nullable: true, description: 'Median days; null over fewer than 5 applications' })
  medianDays!: number | null;

  @ApiProperty({ type: Number, nullable: true, description: '90th percentile in days; null over fewer than 5 applications' })
  p90Days!: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'ISA’s published average (months × 30.4, rounded); null where none is published' })
  nationalAverageDays!: number | null;

  @ApiProperty({ description: 'ISA’s average for the year comes from a secondary source that could not be verified' })
  nationalUnverified!: boolean;
}

export class TimeInStageReportView {
  @ApiProperty({ type: ReportMetaView })
  meta!: ReportMetaView;

  @ApiProperty({ type: [TimeInStageRowView], description: 'Every year of the period × the three intervals' })
  rows!: TimeInStageRowView[];
}
