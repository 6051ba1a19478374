import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig, JobName, QueueName, type JobProcessor } from '#platform';
import { ReportRefresh, ReportRefreshRequests, type ReportRefreshResult } from '#reports';

/**
 * Every REPORTS_REFRESH_MINUTES, once when a worker starts (so a deployment's first reports do
 * not wait for the schedule), and on request: rebuild the reporting store. Two runs at once are
 * harmless: the second finds the refresh's lock taken and skips.
 */
@Injectable()
export class ReportsRefreshProcessor implements JobProcessor, OnApplicationBootstrap {
  private readonly logger = new Logger(ReportsRefreshProcessor.name);
  readonly queue = QueueName.Reports;
  readonly job = JobName.ReportsRefresh;
  readonly schedule: { readonly every: number };

  constructor(
    private readonly refresh: ReportRefresh,
    private readonly requests: ReportRefreshRequests,
    config: AppConfig,
  ) {
    this.schedule = { every: config.reports.refreshMinutes * 60_000 };
  }

  /**
   * Queued rather than run here, so it runs as the worker's job (its lock, its retries), and not
   * awaited: a worker whose Redis is still coming up must not wait on it to start. Should the
   * request fail, the schedule rebuilds within REPORTS_REFRESH_MINUTES anyway.
   */
  onApplicationBootstrap(): void {
    this.requests.request().catch((error: unknown) => this.logger.warn({ err: error }, 'could not queue the reporting store rebuild at start'));
  }

  process(): Promise<ReportRefreshResult | null> {
    return this.refresh.run();
  }
}
