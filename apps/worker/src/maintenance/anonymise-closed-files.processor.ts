import { Injectable } from '@nestjs/common';
import { RetentionService } from '#clients';
import { JobName, QueueName, type JobProcessor } from '#platform';

/** Nightly at 03:00 Asia/Tokyo: anonymise files closed longer than CLIENT_RETENTION_DAYS. */
@Injectable()
export class AnonymiseClosedFilesProcessor implements JobProcessor {
  readonly queue = QueueName.Maintenance;
  readonly job = JobName.AnonymiseClosedFiles;
  readonly schedule = { pattern: '0 3 * * *', tz: 'Asia/Tokyo' };

  constructor(private readonly retention: RetentionService) {}

  process(): Promise<number> {
    return this.retention.anonymiseDue();
  }
}
