import { ApiProperty } from '@nestjs/swagger';

export class ReminderPolicyView {
  @ApiProperty({ example: 'deadline:review-request' })
  target!: string;

  @ApiProperty({ type: [Number], description: 'Days before the due date' })
  leadDays!: number[];

  @ApiProperty({ description: 'Also remind at once when the deadline is recorded' })
  onRecording!: boolean;

  @ApiProperty({ description: 'Also remind every business day until the due date' })
  dailyUntilDue!: boolean;

  @ApiProperty({ minimum: 0, maximum: 23, description: 'Asia/Tokyo' })
  sendAtHour!: number;

  @ApiProperty({ minimum: 0, maximum: 59 })
  sendAtMinute!: number;

  @ApiProperty()
  enabled!: boolean;

  @ApiProperty()
  version!: number;
}
