import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { Clock, QueueName } from '#platform';
import { ReminderRepository } from './reminder.repository.js';
import type { ReminderStatsView } from './reminder-stats.views.js';

/** What an administrator watches: how many reminders are planned, sent, failed, and how late. */
@Injectable()
export class ReminderStatsService {
  constructor(
    private readonly reminders: ReminderRepository,
    @InjectQueue(QueueName.Reminders) private readonly queue: Queue,
    private readonly clock: Clock,
  ) {}

  async stats(): Promise<ReminderStatsView> {
    const now = this.clock.now();
    const counts = await this.reminders.countByStatus();
    const lateness = await this.reminders.latenessSince(new Date(now.getTime() - 24 * 3_600_000));
    const overdue = await this.reminders.countPlannedBefore(new Date(now.getTime() - 5 * 60_000));
    const queue = await this.queue.getJobCounts('waiting', 'delayed', 'active', 'completed', 'failed').catch(() => ({}));
    return {
      counts: Object.fromEntries(counts.map((c) => [c.status, c.n])),
      sentLast24h: lateness.sent,
      latenessP50Seconds: lateness.p50 === null ? null : Math.round(lateness.p50 * 1000) / 1000,
      latenessP99Seconds: lateness.p99 === null ? null : Math.round(lateness.p99 * 1000) / 1000,
      overdue,
      queue,
    };
  }
}
