import { ApiProperty } from '@nestjs/swagger';
import { ProtectionStages } from '#domain';
import { CUSTODY_STATUSES } from '../entities/client.entity.js';

export class NextDeadlineView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'review-request' })
  kind!: string;

  @ApiProperty({ format: 'date' })
  dueDate!: string;

  @ApiProperty({ enum: ['hard', 'soft'] })
  hardness!: string;
}

export class CaseloadItem {
  @ApiProperty({ format: 'uuid' })
  clientId!: string;

  @ApiProperty()
  caseNumber!: string;

  @ApiProperty()
  familyName!: string;

  @ApiProperty()
  givenName!: string;

  @ApiProperty({ type: String, nullable: true })
  nativeName!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Reading in katakana' })
  katakanaName!: string | null;

  @ApiProperty({ enum: ProtectionStages, nullable: true })
  stage!: string | null;

  @ApiProperty({ enum: CUSTODY_STATUSES })
  custodyStatus!: string;

  @ApiProperty({ enum: ['primary', 'other'] })
  role!: string;

  @ApiProperty({ type: NextDeadlineView, nullable: true })
  nextDeadline!: NextDeadlineView | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  nextAppointmentAt!: string | null;
}

export class CaseloadPage {
  @ApiProperty({ type: [CaseloadItem] })
  items!: CaseloadItem[];

  @ApiProperty({ type: String, nullable: true })
  nextCursor!: string | null;
}

export class CaseworkerLoad {
  @ApiProperty({ format: 'uuid' })
  userId!: string;

  @ApiProperty()
  displayName!: string;

  @ApiProperty({ format: 'uuid' })
  teamId!: string;

  @ApiProperty()
  teamName!: string;

  @ApiProperty({ description: 'Open files where this person is the primary caseworker' })
  clients!: number;

  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, description: 'Open files by stage of their latest application (none: no application yet)' })
  byStage!: Record<string, number>;

  @ApiProperty({ description: 'Open deadlines past their due date' })
  overdue!: number;

  @ApiProperty({ description: 'Open deadlines due within the next 7 days' })
  dueWithin7Days!: number;
}

/** Open files of a team that have no primary caseworker (theirs left the team): to assign. */
export class UnassignedFiles {
  @ApiProperty({ format: 'uuid' })
  teamId!: string;

  @ApiProperty()
  teamName!: string;

  @ApiProperty()
  clients!: number;
}

export class TeamOverview {
  @ApiProperty({ format: 'date' })
  today!: string;

  @ApiProperty({ type: [CaseworkerLoad] })
  caseworkers!: CaseworkerLoad[];

  @ApiProperty({ type: [UnassignedFiles], description: 'Teams with open files that have no primary caseworker' })
  unassigned!: UnassignedFiles[];
}
