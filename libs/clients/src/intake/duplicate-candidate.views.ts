import { ApiProperty } from '@nestjs/swagger';

export const DUPLICATE_REASONS = ['same-residence-card', 'same-birth-date-similar-name'] as const;
export type DuplicateReason = (typeof DUPLICATE_REASONS)[number];

/**
 * A file that may belong to the same person. In the caller's scope it is named (case number,
 * link, why it matched); outside it, only the team to ask is named, once per team, so the answer
 * says that the person may be known there and nothing about the person or the file.
 */
export class DuplicateCandidate {
  @ApiProperty({ description: 'False: a possible match in a file you may not see; only its team and whom to ask are given.' })
  inYourScope!: boolean;

  @ApiProperty({ description: 'The file’s team; outside your scope, the team to ask' })
  teamName!: string;

  @ApiProperty({ type: [String], description: 'Outside your scope: the display names of that team’s supervisors, to ask. Empty in your scope.' })
  askSupervisors!: string[];

  @ApiProperty({ type: String, nullable: true, example: '2025-0117', description: 'Only in your scope' })
  caseNumber!: string | null;

  @ApiProperty({ enum: DUPLICATE_REASONS, nullable: true, description: 'Only in your scope' })
  reason!: DuplicateReason | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Only in your scope' })
  clientId!: string | null;
}
