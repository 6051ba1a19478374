import { ApiProperty } from '@nestjs/swagger';
import { ReportMetaView } from './report-meta.views.js';

export const REPORT_GRANULARITIES = ['year', 'quarter'] as const;
export type ReportGranularity = (typeof REPORT_GRANULARITIES)[number];

/** The organisation's procedure steps in one year or quarter, by the real-world date of each step. */
export class OutcomeRowView {
  @ApiProperty({ example: '2024', description: '“2024” by year, “2024-Q1” by quarter' })
  period!: string;

  @ApiProperty({ description: 'First protection applications filed' })
  filedFirst!: number;

  @ApiProperty({ description: 'Second and later applications filed' })
  filedSubsequent!: number;

  @ApiProperty({ description: 'First-instance decisions recognising refugee status' })
  recognised!: number;

  @ApiProperty({ description: 'First-instance decisions granting complementary protection' })
  complementaryProtection!: number;

  @ApiProperty({ description: 'Humanitarian permissions to stay (residence track)' })
  humanitarian!: number;

  @ApiProperty({ description: 'First-instance refusals' })
  refused!: number;

  @ApiProperty()
  withdrawn!: number;

  @ApiProperty({ description: 'Requests for administrative review filed' })
  reviewRequested!: number;

  @ApiProperty({ description: 'Reviews decided for the applicant' })
  reviewUpheld!: number;

  @ApiProperty()
  reviewDismissed!: number;

  @ApiProperty({ description: 'Reviews rejected as inadmissible' })
  reviewRejected!: number;

  @ApiProperty({ description: 'Revocation suits filed' })
  suitsFiled!: number;

  @ApiProperty()
  judgmentsWon!: number;

  @ApiProperty()
  judgmentsLost!: number;

  @ApiProperty()
  detained!: number;

  @ApiProperty()
  provisionalRelease!: number;

  @ApiProperty({ type: Number, nullable: true, example: 12.5, description: 'Recognised ÷ (recognised + complementary protection + refused), percent, one decimal; null without a decision' })
  recognitionRate!: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'Recognised per 100 applications filed in the same period: the rate ISA’s table allows for every year' })
  recognisedPerHundredApplications!: number | null;
}

/** One year of ISA's published figures, with the same rates computed from them. */
export class NationalOutcomeView {
  @ApiProperty({ example: 2023 })
  year!: number;

  @ApiProperty({ description: 'Refugee-status applications' })
  applications!: number;

  @ApiProperty({ type: Number, nullable: true, description: 'Complementary-protection-only applications (from December 2023)' })
  cpApplications!: number | null;

  @ApiProperty({ description: 'Recognised as refugees, at first instance and on review' })
  recognised!: number;

  @ApiProperty({ type: Number, nullable: true, description: 'Of which on review' })
  recognisedOnAppeal!: number | null;

  @ApiProperty({ description: 'Humanitarian permissions to stay' })
  humanitarian!: number;

  @ApiProperty({ type: Number, nullable: true })
  cpRecognised!: number | null;

  @ApiProperty({ type: Number, nullable: true })
  refused!: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'As for the organisation; null where ISA publishes no refusals' })
  recognitionRate!: number | null;

  @ApiProperty({ type: Number, nullable: true })
  recognisedPerHundredApplications!: number | null;
}

export class OutcomesReportView {
  @ApiProperty({ type: ReportMetaView })
  meta!: ReportMetaView;

  @ApiProperty({ enum: REPORT_GRANULARITIES })
  granularity!: ReportGranularity;

  @ApiProperty({ type: [OutcomeRowView], description: 'One row per year or quarter of the period, zeros included' })
  rows!: OutcomeRowView[];

  @ApiProperty({ type: [NationalOutcomeView], description: 'ISA’s figures for the years of the period that the data file has' })
  national!: NationalOutcomeView[];
}
