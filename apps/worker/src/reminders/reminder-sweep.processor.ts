import { Injectable } from '@nestjs/common';
import { JobName, QueueName, type JobProcessor } from '#platform';
import { ReminderSweep } from '#reminders';

/** Every 30 seconds: queue the reminders due within the hour; release claims of dead workers. */
@Injectable()
export class ReminderSweepProcessor implements JobProcessor {
  readonly queue = QueueName.Reminders;
  readonly job = JobName.ReminderSweep;
  readonly schedule = { every: 30_000 };

  constructor(private readonly sweep: ReminderSweep) {}

  process(): Promise<{ queued: number; released: number }> {
    return this.sweep.run();
  }
}
