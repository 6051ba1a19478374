import { Injectable } from '@nestjs/common';
import { RetentionService } from '#clients';
import { AppConfig, JobName, QueueName, type JobProcessor } from '#platform';

/** Nightly at 03:00 Japan time: anonymise files closed longer than CLIENT_RETENTION_DAYS. */
@Injectable()
export class AnonymiseClosedFilesProcessor implements JobProcessor {
  readonly queue = QueueName.Maintenance;
  readonly job = JobName.AnonymiseClosedFiles;
  readonly schedule: { readonly pattern: string; readonly tz: string };

  constructor(
    private readonly retention: RetentionService,
    config: AppConfig,
  ) {
    this.schedule = { pattern: '0 3 * * *', tz: config.timeZone };
  }

  process(): Promise<number> {
    return this.retention.anonymiseDue();
  }
}
