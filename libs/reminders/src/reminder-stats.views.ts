import { ApiProperty } from '@nestjs/swagger';

export class ReminderStatsView {
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, description: 'Reminders by status' })
  counts!: Record<string, number>;

  @ApiProperty({ description: 'Reminders sent in the last 24 hours' })
  sentLast24h!: number;

  @ApiProperty({ type: Number, nullable: true, description: 'Median seconds between the planned time and the send, last 24 h' })
  latenessP50Seconds!: number | null;

  @ApiProperty({ type: Number, nullable: true })
  latenessP99Seconds!: number | null;

  @ApiProperty({ description: 'Planned reminders past their time by more than 5 minutes' })
  overdue!: number;

  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, description: 'BullMQ job counts of the reminders queue' })
  queue!: Record<string, number>;
}
