import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export type DependencyStatus = 'up' | 'down';

class Dependencies {
  @ApiProperty({ enum: ['up', 'down'] })
  postgres!: DependencyStatus;

  @ApiProperty({ enum: ['up', 'down'] })
  redis!: DependencyStatus;

  @ApiProperty({ enum: ['up', 'down'], description: 'The evidence files’ storage (folder or S3 bucket)' })
  documents!: DependencyStatus;
}

export class ReadinessResponse {
  @ApiProperty({ enum: ['ok', 'unavailable'] })
  status!: 'ok' | 'unavailable';

  @ApiProperty({ type: Dependencies })
  dependencies!: Dependencies;

  @ApiPropertyOptional({
    type: Boolean,
    enum: [true],
    description: 'Present (true) only while the process is shutting down: it still serves requests, but send it no new ones.',
  })
  draining?: true;
}

export class WorkerHealthResponse {
  @ApiProperty({ enum: ['ok', 'unavailable'] })
  status!: 'ok' | 'unavailable';

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  lastHeartbeatAt!: string | null;
}
