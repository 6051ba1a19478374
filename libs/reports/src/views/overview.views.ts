import { ApiProperty } from '@nestjs/swagger';
import { DataVersionView, ReportTeamView } from './report-meta.views.js';

export class NationalSourceView {
  @ApiProperty({ type: [Number], description: 'The years this source gives figures for' })
  years!: number[];

  @ApiProperty()
  title!: string;

  @ApiProperty({ format: 'uri' })
  url!: string;
}

/** The national figures file as loaded: its version and sources, cited beside every comparison. */
export class NationalFiguresInfoView {
  @ApiProperty({ example: '2025-03-14' })
  version!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty({ type: [NationalSourceView] })
  sources!: NationalSourceView[];

  @ApiProperty()
  note!: string;

  @ApiProperty({ type: [Number], description: 'The years the file has figures for' })
  years!: number[];
}

/** What the Reports page needs before it asks for a report: the viewer's teams and how fresh the data is. */
export class ReportsOverviewView {
  @ApiProperty({ description: 'True for administrators: organisation-wide aggregates only' })
  aggregateOnly!: boolean;

  @ApiProperty({ type: [ReportTeamView], description: 'The teams the viewer may filter by: a supervisor’s supervised teams, every team for an administrator' })
  teams!: ReportTeamView[];

  @ApiProperty({ type: DataVersionView, nullable: true })
  dataVersion!: DataVersionView | null;

  @ApiProperty({ description: 'How often the worker rebuilds the reporting store, in minutes' })
  refreshMinutes!: number;

  @ApiProperty({ type: String, nullable: true, example: '2019-04', description: 'The month of the earliest file in the viewer’s scope (YYYY-MM); null without files' })
  earliestMonth!: string | null;

  @ApiProperty({ type: NationalFiguresInfoView })
  national!: NationalFiguresInfoView;
}

export class RefreshQueuedView {
  @ApiProperty({ enum: [true], description: 'A rebuild is queued (once, however often asked)' })
  queued!: true;
}
