import { ApiProperty } from '@nestjs/swagger';
import type { TimelineData } from '../entities/timeline-event.entity.js';

export class TimelineItemView {
  @ApiProperty()
  id!: string;

  @ApiProperty({ format: 'date-time' })
  occurredAt!: string;

  @ApiProperty({ example: 'application.stage' })
  kind!: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  actorUserId!: string | null;

  @ApiProperty({ type: String, nullable: true })
  actorName!: string | null;

  @ApiProperty({ type: Object })
  data!: TimelineData;

  @ApiProperty({ type: String, nullable: true, description: 'The text of a note or a step’s note' })
  body!: string | null;
}

export class TimelinePage {
  @ApiProperty({ type: [TimelineItemView] })
  items!: TimelineItemView[];

  @ApiProperty({ type: String, nullable: true })
  nextCursor!: string | null;
}
