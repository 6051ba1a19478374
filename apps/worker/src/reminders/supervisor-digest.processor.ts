import { Injectable } from '@nestjs/common';
import { JobName, QueueName, type JobProcessor } from '#platform';
import { SupervisorDigest } from '#reminders';

/** 08:30 Asia/Tokyo, Monday to Friday (national holidays are skipped inside). */
@Injectable()
export class SupervisorDigestProcessor implements JobProcessor {
  readonly queue = QueueName.Reminders;
  readonly job = JobName.SupervisorDigest;
  readonly schedule = { pattern: '30 8 * * 1-5', tz: 'Asia/Tokyo' };

  constructor(private readonly digest: SupervisorDigest) {}

  process(): Promise<{ sent: number }> {
    return this.digest.run();
  }
}
