import { ApiProperty } from '@nestjs/swagger';
import { ReportMetaView } from './report-meta.views.js';

export const RECENT_CONTACT_DAYS = 60;

export class CaseloadMonthView {
  @ApiProperty({ example: '2025-04' })
  month!: string;

  @ApiProperty({ description: 'Files open at the end of the month' })
  openFiles!: number;

  @ApiProperty({ description: 'Files opened in the month' })
  intakes!: number;

  @ApiProperty({ description: 'Files closed in the month' })
  closures!: number;
}

export class OpenFilesMonthView {
  @ApiProperty({ example: '2025-04' })
  month!: string;

  @ApiProperty({ description: 'Files open at the end of the month' })
  openFiles!: number;
}

export class TeamCaseloadView {
  @ApiProperty({ format: 'uuid' })
  teamId!: string;

  @ApiProperty()
  teamName!: string;

  @ApiProperty({ type: [OpenFilesMonthView] })
  months!: OpenFilesMonthView[];
}

/** A caseworker's files in one team, counted under the file's current primary caseworker. */
export class CaseworkerCaseloadView {
  @ApiProperty({ format: 'uuid' })
  userId!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ format: 'uuid' })
  teamId!: string;

  @ApiProperty({ description: 'Open files now (as of the data version)' })
  openNow!: number;

  @ApiProperty({ description: 'Open files without an open deadline' })
  withoutOpenDeadline!: number;

  @ApiProperty({ description: 'Open files without a held appointment or note in the last 60 days' })
  withoutRecentContact!: number;

  @ApiProperty({ type: [OpenFilesMonthView] })
  months!: OpenFilesMonthView[];
}

/** Open files at risk of being forgotten, as of the data version. */
export class AtRiskView {
  @ApiProperty({ example: RECENT_CONTACT_DAYS })
  recentContactDays!: number;

  @ApiProperty()
  openFiles!: number;

  @ApiProperty()
  withoutOpenDeadline!: number;

  @ApiProperty()
  withoutRecentContact!: number;

  @ApiProperty({ description: 'Without an open deadline and without a recent contact' })
  withNeither!: number;
}

export class CaseloadsReportView {
  @ApiProperty({ type: ReportMetaView })
  meta!: ReportMetaView;

  @ApiProperty({ type: [CaseloadMonthView], description: 'Every month of the period' })
  months!: CaseloadMonthView[];

  @ApiProperty({ type: [TeamCaseloadView] })
  teams!: TeamCaseloadView[];

  @ApiProperty({ type: [CaseworkerCaseloadView], nullable: true, description: 'Null for administrators (aggregate only)' })
  caseworkers!: CaseworkerCaseloadView[] | null;

  @ApiProperty({ type: AtRiskView })
  atRisk!: AtRiskView;
}
