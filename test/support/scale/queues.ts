import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { bullPrefix, JobName, QueueName } from '#platform';
import { testConfig } from '#platform/testing';

/** The queue of each repeating job, and how often it runs (for `every` schedules). */
export const SCHEDULED_JOBS = {
  [JobName.ReminderSweep]: QueueName.Reminders,
  [JobName.WorkerHeartbeat]: QueueName.Maintenance,
  [JobName.SupervisorDigest]: QueueName.Reminders,
  [JobName.AnonymiseClosedFiles]: QueueName.Maintenance,
  [JobName.ReportsRefresh]: QueueName.Reports,
} as const;
export type ScheduledJob = keyof typeof SCHEDULED_JOBS;

/** One run of a scheduler: BullMQ names it `repeat:<scheduler id>:<the period's time>`. */
export interface SchedulerRun {
  /** The period's time (milliseconds), from the job id. */
  readonly at: number;
  readonly completed: number;
  readonly failed: number;
  /** How many times a worker took it: more than once only after a worker died holding it. */
  readonly started: number;
}

/**
 * The cluster's queues, seen from outside the processes as an operator's tool would see them
 * (the same Redis prefix, BullMQ's own API).
 */
export class ClusterQueues {
  private readonly queues = new Map<QueueName, Queue>();
  private readonly redis = new Redis(testConfig().redis.url, { maxRetriesPerRequest: 1 }).on('error', () => undefined);

  constructor(private readonly redisPrefix: string) {}

  queue(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, { connection: { url: testConfig().redis.url }, prefix: bullPrefix(this.redisPrefix) });
      queue.on('error', () => undefined);
      this.queues.set(name, queue);
    }
    return queue;
  }

  /**
   * Queues reminders for sending now, as the planner does after its commit (the producer's job
   * id and options: ReminderProducer in libs/reminders), so a burst does not wait for the sweep.
   */
  async enqueueReminders(ids: readonly string[]): Promise<void> {
    await this.queue(QueueName.Reminders).addBulk(
      ids.map((id) => ({
        name: JobName.SendReminder,
        data: { reminderId: id },
        opts: { jobId: `reminder:${id}:0`, attempts: 5, backoff: { type: 'exponential', delay: 2_000 }, removeOnComplete: { count: 50_000 }, removeOnFail: true },
      })),
    );
  }

  /** The job schedulers in Redis, by id, per queue: one of each is what "once per period" rests on. */
  async schedulerIds(): Promise<Record<string, string[]>> {
    const result: Record<string, string[]> = {};
    for (const name of Object.values(QueueName)) {
      result[name] = (await this.queue(name).getJobSchedulers(0, -1, true)).map((scheduler) => String(scheduler.key ?? scheduler.id)).sort();
    }
    return result;
  }

  /**
   * Replaces a scheduler's timing (keeping its id and job template), e.g. the daily digest every
   * few seconds for the test. The workers' schedule check only re-creates a missing scheduler,
   * so it leaves this one alone.
   */
  async reschedule(job: ScheduledJob, pattern: string): Promise<void> {
    await this.queue(SCHEDULED_JOBS[job]).upsertJobScheduler(job, { pattern }, { name: job, data: {}, opts: { removeOnComplete: 100, removeOnFail: 500 } });
  }

  /**
   * Every run of the scheduler, from the queue's event stream (every job's added, active,
   * completed, failed…, kept to about 10,000 entries): the completed set alone would not do, as
   * each scheduled job keeps only the queue's last 100 completed jobs, whatever their name.
   */
  async runsOf(job: ScheduledJob): Promise<SchedulerRun[]> {
    const entries = await this.redis.xrange(this.queue(SCHEDULED_JOBS[job]).keys.events, '-', '+');
    const runs = new Map<number, { at: number; completed: number; failed: number; started: number }>();
    for (const [, fields] of entries) {
      const event: Record<string, string> = {};
      for (let i = 0; i + 1 < fields.length; i += 2) event[fields[i]] = fields[i + 1];
      const match = /^repeat:([^:]+):(\d+)$/.exec(event.jobId ?? '');
      if (match?.[1] !== job) continue;
      const at = Number(match[2]);
      const run = runs.get(at) ?? { at, completed: 0, failed: 0, started: 0 };
      runs.set(at, run);
      if (event.event === 'active') run.started += 1;
      else if (event.event === 'completed') run.completed += 1;
      else if (event.event === 'failed') run.failed += 1;
    }
    return [...runs.values()].sort((a, b) => a.at - b.at);
  }

  async close(): Promise<void> {
    await Promise.all([...this.queues.values()].map((queue) => queue.close().catch(() => undefined)));
    this.redis.disconnect();
  }
}
