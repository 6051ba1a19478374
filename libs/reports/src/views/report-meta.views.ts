import { ApiProperty } from '@nestjs/swagger';

/** The rebuild of the reporting store the figures come from. */
export class DataVersionView {
  @ApiProperty({ description: 'The rebuild’s number: the same figures for the same number' })
  id!: string;

  @ApiProperty({ format: 'date-time', description: 'When the rebuild finished' })
  asOf!: string;

  @ApiProperty({ format: 'date', description: '“Today” in Japan for the rebuild: what counted as overdue, and everyone’s age' })
  asOfDate!: string;
}

/** What every report states about itself: the period, the filter, and how fresh it is. */
export class ReportMetaView {
  @ApiProperty({ example: '2024-01', description: 'First month of the period (YYYY-MM, Japan time)' })
  from!: string;

  @ApiProperty({ example: '2025-12', description: 'Last month of the period, included' })
  to!: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The team filter; null for the viewer’s whole scope' })
  teamId!: string | null;

  @ApiProperty({ type: String, nullable: true })
  teamName!: string | null;

  @ApiProperty({ format: 'date-time' })
  generatedAt!: string;

  @ApiProperty({ type: DataVersionView, nullable: true, description: 'Null before the first rebuild: every figure is then zero' })
  dataVersion!: DataVersionView | null;

  @ApiProperty({ description: 'True for administrators: organisation-wide aggregates, no per-caseworker figures' })
  aggregateOnly!: boolean;
}

export class ReportTeamView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  name!: string;
}
