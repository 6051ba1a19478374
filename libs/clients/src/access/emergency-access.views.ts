import { ApiProperty } from '@nestjs/swagger';

export const EMERGENCY_ACCESS_STATES = ['active', 'ended', 'expired'] as const;
export type EmergencyAccessState = (typeof EMERGENCY_ACCESS_STATES)[number];

/** One use of emergency access: who opened which file, why, until when, and whether it was ended early. */
export class EmergencyAccessView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  clientId!: string;

  @ApiProperty({ example: '2026-0042' })
  caseNumber!: string;

  @ApiProperty({ format: 'uuid' })
  teamId!: string;

  @ApiProperty()
  teamName!: string;

  @ApiProperty({ format: 'uuid' })
  openedById!: string;

  @ApiProperty()
  openedByName!: string;

  @ApiProperty({ description: 'The reason given when it was opened' })
  reason!: string;

  @ApiProperty({ format: 'date-time' })
  grantedAt!: string;

  @ApiProperty({ format: 'date-time' })
  expiresAt!: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When it was ended before it expired' })
  endedAt!: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  endedById!: string | null;

  @ApiProperty({ type: String, nullable: true })
  endedByName!: string | null;

  @ApiProperty({ enum: EMERGENCY_ACCESS_STATES })
  state!: EmergencyAccessState;

  @ApiProperty({ description: 'Whether the caller may end it now' })
  canEnd!: boolean;
}

export class EmergencyAccessPage {
  @ApiProperty({ type: [EmergencyAccessView], description: 'Newest first' })
  items!: EmergencyAccessView[];

  @ApiProperty({ type: String, nullable: true })
  nextCursor!: string | null;
}
