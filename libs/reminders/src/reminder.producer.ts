import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { Clock, JobName, QueueName } from '#platform';

export interface ReminderJob {
  readonly id: string;
  readonly sendAt: Date;
  /** Claims so far: part of the job id, so a reminder whose job failed can be queued again. */
  readonly attempts: number;
}

/** How many times BullMQ retries one delivery round on a transient failure, and how it backs off. */
export const DELIVERY_ATTEMPTS = 5;
export const BACKOFF_MS = 2_000;

/**
 * Queues reminders for sending at their time. The job carries the reminder's id only, with a
 * deterministic job id (`reminder:<id>:<round>`): queueing the same reminder twice collapses into
 * one job, so the planner and the sweep can both queue freely.
 */
@Injectable()
export class ReminderProducer {
  constructor(
    @InjectQueue(QueueName.Reminders) private readonly queue: Queue,
    private readonly clock: Clock,
  ) {}

  async enqueue(reminders: readonly ReminderJob[]): Promise<void> {
    const now = this.clock.now().getTime();
    for (let i = 0; i < reminders.length; i += 1_000) {
      await this.queue.addBulk(
        reminders.slice(i, i + 1_000).map((reminder) => ({
          name: JobName.SendReminder,
          data: { reminderId: reminder.id },
          opts: {
            jobId: `reminder:${reminder.id}:${reminder.attempts}`,
            delay: Math.max(0, reminder.sendAt.getTime() - now),
            attempts: DELIVERY_ATTEMPTS,
            backoff: { type: 'exponential', delay: BACKOFF_MS },
            removeOnComplete: { age: 24 * 3600, count: 50_000 },
            // PostgreSQL records the failure (the reminder stays planned with its last error, or
            // is marked failed). A failed job kept in Redis would hold its id, and the sweep could
            // never queue that reminder again: after PostgreSQL was down longer than the retries
            // last, the reminder would wait for the job's expiry.
            removeOnFail: true,
          },
        })),
      );
    }
  }
}
