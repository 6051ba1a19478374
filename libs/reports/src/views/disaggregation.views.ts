import { ApiProperty } from '@nestjs/swagger';
import { ReportMetaView } from './report-meta.views.js';

export const DISAGGREGATION_DIMENSIONS = ['nationality', 'sex', 'ageBand', 'vulnerability'] as const;
export type DisaggregationDimension = (typeof DISAGGREGATION_DIMENSIONS)[number];

export const DISAGGREGATION_COLUMNS = ['files', 'filed', 'recognised', 'complementaryProtection', 'refused'] as const;
export type DisaggregationColumn = (typeof DISAGGREGATION_COLUMNS)[number];

/** A published count: exact, "< 5" (1 to 4), or withheld ("–") so a small one cannot be worked out. */
export class PublishedCountView {
  @ApiProperty({ enum: ['count', 'below', 'withheld'] })
  kind!: 'count' | 'below' | 'withheld';

  @ApiProperty({ type: Number, nullable: true, description: 'Only for kind "count"' })
  value!: number | null;
}

export class DisaggregationRowView {
  @ApiProperty({
    example: 'AFG',
    description:
      'nationality: ISO 3166-1 alpha-3 or "unknown"; sex: female, male, non-binary, undisclosed or "unknown"; ageBand: 0-4, 5-11, 12-17, 18-59, 60+ or "unknown"; vulnerability: "vulnerable" or "not-vulnerable"',
  })
  key!: string;

  @ApiProperty({ type: [PublishedCountView], description: 'One per column, in the order of `columns`' })
  cells!: PublishedCountView[];

  @ApiProperty({ type: PublishedCountView })
  total!: PublishedCountView;
}

export class DisaggregationTableView {
  @ApiProperty({ enum: DISAGGREGATION_DIMENSIONS })
  dimension!: DisaggregationDimension;

  @ApiProperty({ enum: DISAGGREGATION_COLUMNS, isArray: true })
  columns!: DisaggregationColumn[];

  @ApiProperty({ type: [DisaggregationRowView] })
  rows!: DisaggregationRowView[];

  @ApiProperty({ type: [PublishedCountView], description: 'Column totals, in the order of `columns`' })
  totals!: PublishedCountView[];

  @ApiProperty({ type: PublishedCountView })
  total!: PublishedCountView;
}

export class DisaggregationReportView {
  @ApiProperty({ type: ReportMetaView })
  meta!: ReportMetaView;

  @ApiProperty({ example: 2025 })
  year!: number;

  @ApiProperty({ example: 5, description: 'Counts from 1 to threshold − 1 are shown as “< threshold”' })
  threshold!: number;

  @ApiProperty({ type: [DisaggregationTableView], description: 'Files active in the year, and the year’s filings and decisions, by the file’s characteristics; suppressed together, as the tables share their totals' })
  tables!: DisaggregationTableView[];
}
