import type { Job } from 'bullmq';
import type { JobName, QueueName } from './queue-registry.js';

/**
 * One processor per job name, living in apps/worker. `process` parses the ids in the payload and
 * calls exactly one service method; it must be idempotent (a job can run twice after a crash).
 * Throw a `DomainError` for a job that can never succeed (no retry); anything else is retried
 * with back-off.
 */
export interface JobProcessor {
  readonly queue: QueueName;
  readonly job: JobName;
  /**
   * Repeat through a BullMQ job scheduler whose id is the job name: on a fixed interval
   * (`every`, ms) or a cron pattern in a time zone.
   */
  readonly schedule?: { readonly every: number } | { readonly pattern: string; readonly tz: string };
  process(job: Job): Promise<unknown>;
}

export const JOB_PROCESSORS = Symbol('JOB_PROCESSORS');
