import { Injectable, Logger } from '@nestjs/common';
import { AppConfig, Clock } from '#platform';
import { ReminderProducer } from './reminder.producer.js';
import { ReminderRepository } from './reminder.repository.js';

/** Reminders due within this window are (re)queued on every sweep. */
export const SWEEP_HORIZON_MS = 60 * 60_000;

/**
 * Keeps the queue in step with PostgreSQL: every planned reminder due within the next hour gets
 * its job (queueing is idempotent: an existing job collapses the new one), and a reminder whose
 * worker died mid-send is released to be claimed again. After Redis is wiped, or a crash between
 * commit and queueing, this restores every reminder; none is lost, none is sent twice.
 */
@Injectable()
export class ReminderSweep {
  private readonly logger = new Logger(ReminderSweep.name);

  constructor(
    private readonly reminders: ReminderRepository,
    private readonly producer: ReminderProducer,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async run(): Promise<{ queued: number; released: number }> {
    const now = this.clock.now();
    const released = await this.reminders.releaseStaleClaims(new Date(now.getTime() - this.config.worker.reminderClaimTimeoutMs));
    let queued = 0;
    // Pages by id alone: a cursor on send_at would pass through a JavaScript Date, which drops
    // PostgreSQL's microseconds, and then match the same rows again, for ever.
    let afterId = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const due = await this.reminders.findPlannedDueBy(new Date(now.getTime() + SWEEP_HORIZON_MS), afterId);
      if (due.length === 0) break;
      await this.producer.enqueue(due);
      queued += due.length;
      afterId = due.at(-1)!.id;
    }
    if (released > 0) this.logger.warn({ released }, 'released stale reminder claims');
    return { queued, released };
  }
}
