import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { JobName, QueueName } from '#platform';

/**
 * One job id for every request: BullMQ adds nothing while a job of that id is waiting or running,
 * so however many people press "Refresh now", and however many workers start together, one
 * rebuild is queued. The job is removed once it ends, which frees the id for the next request.
 */
export const REPORTS_REFRESH_REQUEST_JOB_ID = 'reports-refresh-requested';

/** Asks the worker for a rebuild of the reporting store, now rather than at the next scheduled one. */
@Injectable()
export class ReportRefreshRequests {
  constructor(@InjectQueue(QueueName.Reports) private readonly queue: Queue) {}

  async request(): Promise<void> {
    await this.queue.add(
      JobName.ReportsRefresh,
      {},
      { jobId: REPORTS_REFRESH_REQUEST_JOB_ID, attempts: 3, backoff: { type: 'exponential', delay: 5_000 }, removeOnComplete: true, removeOnFail: true },
    );
  }
}
