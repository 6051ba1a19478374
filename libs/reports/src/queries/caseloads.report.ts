import { Injectable } from '@nestjs/common';
import { UserDirectory } from '#accounts';
import { addDays, localDate, localDateInTimeZone } from '#domain';
import { AppConfig, Clock } from '#platform';
import type { ReportContext } from '../scope/report-context.js';
import { RECENT_CONTACT_DAYS, type AtRiskView, type CaseloadsReportView, type CaseworkerCaseloadView, type OpenFilesMonthView } from '../views/caseloads.views.js';
import { CaseloadsRepository, type CaseloadChangeRow } from './caseloads.repository.js';

/** The running sum of the changes over the period's months: open files at each month's end. */
function runningOpenFiles(months: readonly string[], changes: readonly CaseloadChangeRow[]): OpenFilesMonthView[] {
  const byMonth = new Map(changes.map((row) => [row.month, row.change]));
  let open = 0;
  return months.map((month) => {
    open += byMonth.get(month) ?? 0;
    return { month, openFiles: open };
  });
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
}

@Injectable()
export class CaseloadsReport {
  constructor(
    private readonly caseloads: CaseloadsRepository,
    private readonly users: UserDirectory,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  async build(context: ReportContext): Promise<CaseloadsReportView> {
    const { manager, period, scope } = context;
    // "Recent" is counted back from the day the facts were taken, not from today.
    const asOfDate = context.refresh?.asOfDate ?? localDateInTimeZone(this.clock.now(), this.config.timeZone);
    const contactSince = addDays(localDate(asOfDate), -RECENT_CONTACT_DAYS);
    const perCaseworker = !scope.aggregateOnly;
    const changes = await context.cached(`caseload changes ${perCaseworker}`, () => this.caseloads.changesByMonth(manager, scope.teamIds, period.firstDay, period.lastDay, perCaseworker));
    const openNow = await context.cached(`open files ${perCaseworker} ${contactSince}`, () => this.caseloads.openNow(manager, scope.teamIds, contactSince, perCaseworker));

    const whole = changes.filter((row) => row.level === 'all');
    const wholeByMonth = new Map(whole.map((row) => [row.month, row]));
    const byTeam = groupBy(
      changes.filter((row) => row.level === 'team'),
      (row) => row.teamId ?? '',
    );
    const total = openNow.find((row) => row.level === 'all');
    const atRisk: AtRiskView = {
      recentContactDays: RECENT_CONTACT_DAYS,
      openFiles: total?.openFiles ?? 0,
      withoutOpenDeadline: total?.withoutOpenDeadline ?? 0,
      withoutRecentContact: total?.withoutRecentContact ?? 0,
      withNeither: total?.withNeither ?? 0,
    };
    return {
      meta: context.meta,
      months: runningOpenFiles(period.months, whole).map((month) => ({
        ...month,
        intakes: wholeByMonth.get(month.month)?.intakes ?? 0,
        closures: wholeByMonth.get(month.month)?.closures ?? 0,
      })),
      teams: scope.covered.map((team) => ({ teamId: team.id, teamName: team.name, months: runningOpenFiles(period.months, byTeam.get(team.id) ?? []) })),
      // Administrators see the organisation in aggregate: no caseworker, not even as a number.
      caseworkers: scope.aggregateOnly ? null : await this.caseworkers(context, changes, openNow),
      atRisk,
    };
  }

  /** Per caseworker and team, for the files whose current primary caseworker they are; by team, then name. */
  private async caseworkers(
    context: ReportContext,
    changes: readonly CaseloadChangeRow[],
    openNow: Awaited<ReturnType<CaseloadsRepository['openNow']>>,
  ): Promise<CaseworkerCaseloadView[]> {
    const assigned = changes.filter((row) => row.level === 'caseworker' && row.userId !== null && row.teamId !== null);
    const now = openNow.filter((row) => row.level === 'caseworker' && row.userId !== null && row.teamId !== null);
    const keys = new Set([...assigned, ...now].map((row) => `${row.teamId} ${row.userId}`));
    const changesByKey = groupBy(assigned, (row) => `${row.teamId} ${row.userId}`);
    const nowByKey = new Map(now.map((row) => [`${row.teamId} ${row.userId}`, row]));
    // Through the report's own connection: a second one per request would exhaust the pool under load.
    const names = await this.users.displayNames(
      [...keys].map((key) => key.split(' ')[1]),
      context.manager,
    );
    const teamOrder = new Map(context.scope.covered.map((team, index) => [team.id, index]));
    return [...keys]
      .map((key) => {
        const [teamId, userId] = key.split(' ');
        const current = nowByKey.get(key);
        return {
          userId,
          name: names.get(userId) ?? '',
          teamId,
          openNow: current?.openFiles ?? 0,
          withoutOpenDeadline: current?.withoutOpenDeadline ?? 0,
          withoutRecentContact: current?.withoutRecentContact ?? 0,
          months: runningOpenFiles(context.period.months, changesByKey.get(key) ?? []),
        };
      })
      // A caseworker whose files all closed before the period has nothing to show.
      .filter((row) => row.openNow > 0 || row.months.some((month) => month.openFiles > 0))
      .sort((a, b) => (teamOrder.get(a.teamId) ?? 0) - (teamOrder.get(b.teamId) ?? 0) || a.name.localeCompare(b.name) || a.userId.localeCompare(b.userId));
  }
}
