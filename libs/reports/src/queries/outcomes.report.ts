import { Injectable } from '@nestjs/common';
import { periodBuckets, recognisedPerHundred, recognitionRate, type ReportEventKind } from '#domain';
import { NationalFigures } from '../national/national-figures.js';
import type { ReportContext } from '../scope/report-context.js';
import type { NationalOutcomeView, OutcomeRowView, OutcomesReportView, ReportGranularity } from '../views/outcomes.views.js';
import { OutcomesRepository } from './outcomes.repository.js';

type OutcomeCounts = Omit<OutcomeRowView, 'period' | 'recognitionRate' | 'recognisedPerHundredApplications'>;

/** The column each kind of step is counted in. */
const COLUMN: Readonly<Record<ReportEventKind, keyof OutcomeCounts>> = {
  'filed-first': 'filedFirst',
  'filed-subsequent': 'filedSubsequent',
  recognised: 'recognised',
  'complementary-protection': 'complementaryProtection',
  humanitarian: 'humanitarian',
  refused: 'refused',
  withdrawn: 'withdrawn',
  'review-requested': 'reviewRequested',
  'review-upheld': 'reviewUpheld',
  'review-dismissed': 'reviewDismissed',
  'review-rejected': 'reviewRejected',
  'suit-filed': 'suitsFiled',
  'judgment-won': 'judgmentsWon',
  'judgment-lost': 'judgmentsLost',
  detained: 'detained',
  'provisional-release': 'provisionalRelease',
};

function zeroCounts(): { -readonly [K in keyof OutcomeCounts]: number } {
  return Object.fromEntries(Object.values(COLUMN).map((column) => [column, 0])) as { [K in keyof OutcomeCounts]: number };
}

@Injectable()
export class OutcomesReport {
  constructor(
    private readonly outcomes: OutcomesRepository,
    private readonly national: NationalFigures,
  ) {}

  async build(context: ReportContext, granularity: ReportGranularity): Promise<OutcomesReportView> {
    const { period } = context;
    const rows = await context.cached(`outcomes ${granularity}`, () => this.outcomes.countsByBucket(context.manager, context.scope.teamIds, period.firstDay, period.lastDay, granularity));
    const buckets = new Map(periodBuckets(period, granularity).map((bucket) => [bucket, zeroCounts()]));
    for (const row of rows) {
      const column = COLUMN[row.kind as ReportEventKind] as keyof OutcomeCounts | undefined;
      const counts = buckets.get(row.bucket);
      if (column !== undefined && counts !== undefined) counts[column] += row.count;
    }
    return {
      meta: context.meta,
      granularity,
      rows: [...buckets].map(([bucket, counts]) => ({
        period: bucket,
        ...counts,
        recognitionRate: recognitionRate(counts),
        recognisedPerHundredApplications: recognisedPerHundred(counts.filedFirst + counts.filedSubsequent, counts.recognised),
      })),
      national: period.years.flatMap((year) => {
        const figures = this.national.year(year);
        if (figures === undefined) return [];
        const row: NationalOutcomeView = {
          year,
          applications: figures.applications,
          cpApplications: figures.cpApplications,
          recognised: figures.recognised,
          recognisedOnAppeal: figures.recognisedOnAppeal,
          humanitarian: figures.humanitarian,
          cpRecognised: figures.cpRecognised,
          refused: figures.refused,
          // Without published refusals there is no denominator: no rate rather than a wrong one.
          recognitionRate: figures.refused === null ? null : recognitionRate({ recognised: figures.recognised, complementaryProtection: figures.cpRecognised ?? 0, refused: figures.refused }),
          recognisedPerHundredApplications: recognisedPerHundred(figures.applications, figures.recognised),
        };
        return [row];
      }),
    };
  }
}
