import { Injectable } from '@nestjs/common';
import { UnrecoverableError, type Job } from 'bullmq';
import { JobName, QueueName, type JobProcessor } from '#platform';
import { ReminderSender } from '#reminders';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Sends one reminder (its id is the whole payload). Transient failures retry with back-off. */
@Injectable()
export class SendReminderProcessor implements JobProcessor {
  readonly queue = QueueName.Reminders;
  readonly job = JobName.SendReminder;

  constructor(private readonly sender: ReminderSender) {}

  async process(job: Job): Promise<string> {
    const reminderId = (job.data as { reminderId?: unknown }).reminderId;
    if (typeof reminderId !== 'string' || !UUID.test(reminderId)) throw new UnrecoverableError('malformed reminder job');
    const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    return this.sender.send(reminderId, lastAttempt);
  }
}
