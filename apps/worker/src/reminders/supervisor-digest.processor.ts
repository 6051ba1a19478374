import { Injectable } from '@nestjs/common';
import { AppConfig, JobName, QueueName, type JobProcessor } from '#platform';
import { SupervisorDigest } from '#reminders';

/** 08:30 Japan time, Monday to Friday (national holidays are skipped inside). */
@Injectable()
export class SupervisorDigestProcessor implements JobProcessor {
  readonly queue = QueueName.Reminders;
  readonly job = JobName.SupervisorDigest;
  readonly schedule: { readonly pattern: string; readonly tz: string };

  constructor(
    private readonly digest: SupervisorDigest,
    config: AppConfig,
  ) {
    this.schedule = { pattern: '30 8 * * 1-5', tz: config.timeZone };
  }

  process(): Promise<{ sent: number }> {
    return this.digest.run();
  }
}
