import { Injectable } from '@nestjs/common';
import { UnrecoverableError, type Job } from 'bullmq';
import { JobName, QueueName, type JobProcessor } from '#platform';
import { ReminderPoliciesService } from '#reminders';

/** After a policy change: plans the reminders of every open deadline it applies to again. */
@Injectable()
export class ReplanRemindersProcessor implements JobProcessor {
  readonly queue = QueueName.Reminders;
  readonly job = JobName.ReplanReminders;

  constructor(private readonly policies: ReminderPoliciesService) {}

  process(job: Job): Promise<number> {
    const target = (job.data as { target?: unknown }).target;
    if (typeof target !== 'string' || !/^(deadline|appointment):[a-z-]+$/.test(target)) throw new UnrecoverableError('malformed replan job');
    return this.policies.replanTarget(target);
  }
}
