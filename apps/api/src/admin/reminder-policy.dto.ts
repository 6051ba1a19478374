import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsInt, Max, Min } from 'class-validator';

export class ReminderPolicyRequest {
  @ApiProperty()
  @IsInt()
  @Min(1)
  version!: number;

  @ApiProperty({ type: [Number], example: [60, 30, 14, 7, 3, 1], description: 'Days before the due date' })
  @IsArray()
  @ArrayMaxSize(20)
  @IsInt({ each: true })
  @Min(0, { each: true })
  @Max(365, { each: true })
  leadDays!: number[];

  @ApiProperty()
  @IsBoolean()
  onRecording!: boolean;

  @ApiProperty()
  @IsBoolean()
  dailyUntilDue!: boolean;

  @ApiProperty({ minimum: 0, maximum: 23 })
  @IsInt()
  @Min(0)
  @Max(23)
  sendAtHour!: number;

  @ApiProperty({ minimum: 0, maximum: 59 })
  @IsInt()
  @Min(0)
  @Max(59)
  sendAtMinute!: number;

  @ApiProperty()
  @IsBoolean()
  enabled!: boolean;
}

/** Reminder policies and the state of the reminder pipeline, for administrators. */
