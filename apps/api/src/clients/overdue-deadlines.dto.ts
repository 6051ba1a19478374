import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { deadlineKinds } from '#domain';
import { DeadlineView } from '#deadlines';
import { IsLocalDate } from '../common/validators.js';

/** Which of my teams' overdue deadlines to list (the reports' deadline-kept table links here). */
export class OverdueDeadlinesQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'One of the teams I supervise; all of them when not given' })
  @IsOptional()
  @IsUUID()
  teamId?: string;

  @ApiPropertyOptional({ enum: deadlineKinds })
  @IsOptional()
  @IsIn(deadlineKinds)
  kind?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Due on or after' })
  @IsOptional()
  @IsLocalDate()
  dueFrom?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Due on or before (not before dueFrom)' })
  @IsOptional()
  @IsLocalDate()
  dueTo?: string;
}

/** An open deadline of my teams past its due date, with the file and who owns it. */
export class OverdueDeadline {
  @ApiProperty({ type: DeadlineView })
  deadline!: DeadlineView;

  @ApiProperty({ example: '2026-0042' })
  caseNumber!: string;

  @ApiProperty({ description: 'Family and given name in Latin script' })
  clientName!: string;

  @ApiProperty({ type: String, nullable: true })
  ownerName!: string | null;

  @ApiProperty({ type: 'integer', minimum: 1, description: 'Calendar days since the due date (Japan time)' })
  daysOverdue!: number;
}
