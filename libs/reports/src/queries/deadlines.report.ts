import { Injectable } from '@nestjs/common';
import type { DeadlineOutcome } from '#domain';
import type { ReportContext } from '../scope/report-context.js';
import type { DeadlineMonthRowView, DeadlineOutcomeCountsView, DeadlinesReportView } from '../views/deadlines.views.js';
import { DeadlinesRepository } from './deadlines.repository.js';

type OutcomeColumn = Exclude<keyof DeadlineOutcomeCountsView, 'kind' | 'overridden'>;

const COLUMN: Readonly<Record<DeadlineOutcome, OutcomeColumn>> = {
  'met-on-time': 'metOnTime',
  'met-late': 'metLate',
  waived: 'waived',
  missed: 'missed',
  overdue: 'overdue',
  open: 'open',
};

function counts(kind: string): { -readonly [K in keyof DeadlineOutcomeCountsView]: DeadlineOutcomeCountsView[K] } {
  return { kind, metOnTime: 0, metLate: 0, waived: 0, missed: 0, overdue: 0, open: 0, overridden: 0 };
}

@Injectable()
export class DeadlinesReport {
  constructor(private readonly deadlines: DeadlinesRepository) {}

  async build(context: ReportContext): Promise<DeadlinesReportView> {
    const { manager, period, scope } = context;
    const outcomeRows = await context.cached('deadlines', () => this.deadlines.outcomesByMonth(manager, scope.teamIds, period.firstDay, period.lastDay));
    const reminderRows = await context.cached('reminders', () => this.deadlines.remindersByMonth(manager, scope.teamIds, period.firstDay, period.lastDay));

    const rows = new Map<string, DeadlineMonthRowView>();
    const totals = new Map<string, DeadlineOutcomeCountsView>();
    for (const row of outcomeRows) {
      const column = COLUMN[row.outcome as DeadlineOutcome] as OutcomeColumn | undefined;
      if (column === undefined) continue;
      const month = rows.get(`${row.month} ${row.kind}`) ?? { month: row.month, ...counts(row.kind) };
      const total = totals.get(row.kind) ?? counts(row.kind);
      for (const target of [month, total] as { -readonly [K in keyof DeadlineOutcomeCountsView]: DeadlineOutcomeCountsView[K] }[]) {
        target[column] += row.count;
        target.overridden += row.overridden;
      }
      rows.set(`${row.month} ${row.kind}`, month);
      totals.set(row.kind, total);
    }
    const reminders = new Map(reminderRows.map((row) => [row.month, row]));
    return {
      meta: context.meta,
      rows: [...rows.values()].sort((a, b) => a.month.localeCompare(b.month) || a.kind.localeCompare(b.kind)),
      totals: [...totals.values()].sort((a, b) => a.kind.localeCompare(b.kind)),
      reminders: period.months.map((month) => {
        const row = reminders.get(month);
        return { month, sent: row?.sent ?? 0, failed: row?.failed ?? 0, escalated: row?.escalated ?? 0 };
      }),
      // The overdue list behind the figures has names and case numbers: supervisors only.
      overdueLinks: !scope.aggregateOnly,
    };
  }
}
