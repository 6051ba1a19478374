import { Injectable } from '@nestjs/common';
import { averageMonthsToDays, REPORT_INTERVALS, REPORT_MIN_CASES_FOR_STATISTICS, type NationalFiguresYear, type ReportInterval } from '#domain';
import { NationalFigures } from '../national/national-figures.js';
import { roundDays, type ReportContext } from '../scope/report-context.js';
import type { TimeInStageReportView } from '../views/time-in-stage.views.js';
import { TimeInStageRepository } from './time-in-stage.repository.js';

/** ISA publishes averages for the first instance and for the review; none for the time to request a review. */
function nationalAverageMonths(figures: NationalFiguresYear | undefined, interval: ReportInterval): number | null {
  if (figures === undefined) return null;
  switch (interval) {
    case 'filed-to-decision':
      return figures.firstInstanceAverageMonths;
    case 'review-to-decision':
      return figures.reviewAverageMonths;
    default:
      return null;
  }
}

@Injectable()
export class TimeInStageReport {
  constructor(
    private readonly intervals: TimeInStageRepository,
    private readonly national: NationalFigures,
  ) {}

  async build(context: ReportContext): Promise<TimeInStageReportView> {
    const { period } = context;
    const rows = await context.cached('intervals', () => this.intervals.statistics(context.manager, context.scope.teamIds, period.firstDay, period.lastDay));
    const found = new Map(rows.map((row) => [`${row.year} ${row.interval}`, row]));
    return {
      meta: context.meta,
      rows: period.years.flatMap((year) =>
        REPORT_INTERVALS.map((interval) => {
          const row = found.get(`${year} ${interval}`);
          const count = row?.count ?? 0;
          const shown = row !== undefined && count >= REPORT_MIN_CASES_FOR_STATISTICS;
          const nationalAverageDays = averageMonthsToDays(nationalAverageMonths(this.national.year(year), interval));
          return {
            year,
            interval,
            count,
            medianDays: shown ? roundDays(row.median) : null,
            p90Days: shown ? roundDays(row.p90) : null,
            nationalAverageDays,
            nationalUnverified: nationalAverageDays !== null && (this.national.year(year)?.processingTimesUnverified ?? false),
          };
        }),
      ),
    };
  }
}
