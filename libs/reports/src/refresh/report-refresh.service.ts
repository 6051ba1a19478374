import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { applicationIntervals, localDateInTimeZone, type ReportEventKind } from '#domain';
import { AppConfig, Clock } from '#platform';
import { ReportFactsWriter, type IntervalFact } from './report-facts.repository.js';
import { ageBandTable, checklistStepRows, deadlineOutcomeLookup, eventKindLookup } from './report-source-rules.js';
import { ReportSources, type FactsReplaced } from './report-sources.repository.js';

export interface ReportRefreshResult {
  /** The new data version (report_refresh.id). */
  readonly refreshId: string;
  /** "Today" in Japan for this rebuild: what counted as overdue, and every client's age. */
  readonly asOfDate: string;
  readonly durationMs: number;
  /** Rows in each fact table after the rebuild. */
  readonly counts: Readonly<Record<string, number>>;
}

/** The report_refresh rows kept: the data version in use and enough history to see how long rebuilds take. */
export const REFRESHES_KEPT = 50;

/**
 * The refresh's own session settings. The timeout is far above what 100,000 files take (seconds)
 * and far below a stuck statement holding the lock forever; the work memory keeps the hashes of
 * a few hundred thousand rows in memory, in one connection, a few times an hour.
 */
const REFRESH_SETTINGS = { statementTimeoutMs: 10 * 60_000, workMemMb: 64 };

/** Applications whose intervals are worked out and written at a time. */
const INTERVAL_BATCH = 5_000;

/**
 * Rebuilds the reporting store from the source tables, whole, in one transaction: every fact
 * table made to hold exactly what the sources say now (rows that did not change are not
 * rewritten). Readers keep the previous facts until it commits, then see the new ones together
 * with the report_refresh row that names them. REPEATABLE READ gives every statement the same
 * snapshot, so the facts agree with each other (no step of a file the file facts do not have).
 * Two workers never rebuild at once: the second finds the lock taken and skips, since the first
 * is writing the same facts from the same tables.
 */
@Injectable()
export class ReportRefresh {
  private readonly logger = new Logger(ReportRefresh.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly sources: ReportSources,
    private readonly facts: ReportFactsWriter,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** The new data version, or null when another refresh was running (or had just committed). */
  async run(): Promise<ReportRefreshResult | null> {
    const startedAt = this.clock.now();
    const asOfDate = localDateInTimeZone(startedAt, this.config.timeZone);
    const timer = performance.now();
    let result: (ReportRefreshResult & { readonly changed: Readonly<Record<string, number>> }) | null;
    try {
      result = await this.dataSource.transaction('REPEATABLE READ', async (manager) => {
        if (!(await this.facts.tryLock(manager))) return null;
        await this.facts.prepareForWholeTables(manager, REFRESH_SETTINGS);
        const timeZone = this.config.timeZone;
        const replaced: Record<string, FactsReplaced> = {
          report_file_fact: await this.sources.writeFileFacts(manager, { asOfDate, timeZone, ageBands: ageBandTable(asOfDate), checklistSteps: checklistStepRows() }),
          report_event_fact: await this.sources.writeEventFacts(manager, eventKindLookup()),
        };
        // From the event facts just written, so after them.
        replaced.report_interval_fact = await this.writeIntervals(manager);
        replaced.report_deadline_fact = await this.sources.writeDeadlineFacts(manager, { asOfDate, outcomes: deadlineOutcomeLookup() });
        replaced.report_reminder_month = await this.sources.writeReminderMonths(manager, timeZone);
        replaced.report_referral_fact = await this.sources.writeReferralFacts(manager, timeZone);
        const counts = Object.fromEntries(Object.entries(replaced).map(([table, { rows }]) => [table, rows]));
        const changed = Object.fromEntries(Object.entries(replaced).map(([table, facts]) => [table, facts.changed]));
        const durationMs = Math.round(performance.now() - timer);
        const finishedAt = new Date(startedAt.getTime() + durationMs);
        const refreshId = await this.facts.recordRefresh(manager, { asOfDate, startedAt, finishedAt, durationMs, counts });
        await this.facts.pruneRefreshes(manager, REFRESHES_KEPT);
        return { refreshId, asOfDate, durationMs, counts, changed };
      });
    } catch (error) {
      // The lock is taken after the snapshot: a refresh that committed in between has written
      // rows this one then sets out to write or delete, and PostgreSQL refuses (REPEATABLE READ).
      // Its facts are as fresh as ours would have been.
      if (!isSerializationFailure(error)) throw error;
      result = null;
    }
    if (result === null) {
      this.logger.log({ durationMs: Math.round(performance.now() - timer) }, 'reporting store: another refresh is running, skipped');
      return null;
    }
    const { changed, ...refreshed } = result;
    this.logger.log({ refreshId: refreshed.refreshId, durationMs: refreshed.durationMs, counts: refreshed.counts, changed }, 'reporting store rebuilt');
    return refreshed;
  }

  /**
   * The waits of each application (filing to decision, and on through the review), worked out
   * by the domain's applicationIntervals from the event facts just written. The rule is an
   * ordered search over an application's steps rather than a lookup, so it runs here, once per
   * application, instead of being written a second time in SQL.
   */
  private async writeIntervals(manager: EntityManager): Promise<FactsReplaced> {
    let rows = 0;
    let changed = 0;
    for await (const batch of this.facts.applicationEvents(manager, INTERVAL_BATCH)) {
      const intervals: IntervalFact[] = batch.flatMap((application) =>
        applicationIntervals(application.kinds.map((kind, i) => ({ kind: kind as ReportEventKind, eventOn: application.dates[i] }))).map((interval) => ({
          applicationId: application.applicationId,
          interval: interval.interval,
          clientId: application.clientId,
          teamId: application.teamId,
          primaryUserId: application.primaryUserId,
          endsOn: interval.endsOn,
          days: interval.days,
        })),
      );
      changed += await this.facts.replaceIntervalsOf(
        manager,
        batch.map((application) => application.applicationId),
        intervals,
      );
      rows += intervals.length;
    }
    changed += await this.facts.removeIntervalsWithoutEvents(manager);
    return { rows, changed };
  }
}

function isSerializationFailure(error: unknown): boolean {
  const code = (error as { code?: unknown; driverError?: { code?: unknown } } | null)?.driverError?.code ?? (error as { code?: unknown } | null)?.code;
  return code === '40001';
}
