import type { INestApplicationContext } from '@nestjs/common';
import { ReportRefresh, type ReportRefreshResult } from '#reports';

/**
 * What the Reports page asks for, each measured on its own at the working pace: every report
 * route over its default period (January two years ago to this month), both granularities of
 * the outcomes, the current year's disaggregation, and both exports (every section in one file).
 */
export const REPORT_ROUTES: readonly { readonly name: string; readonly path: string }[] = [
  { name: 'Overview (teams, data version, national sources)', path: '/api/reports/overview' },
  { name: 'Outcomes by year', path: '/api/reports/outcomes?granularity=year' },
  { name: 'Outcomes by quarter', path: '/api/reports/outcomes?granularity=quarter' },
  { name: 'Time in stage (median, 90th percentile)', path: '/api/reports/time-in-stage' },
  { name: 'Deadlines kept, reminders', path: '/api/reports/deadlines' },
  { name: 'Caseloads (per month, team, caseworker; at risk)', path: '/api/reports/caseloads' },
  { name: 'Referrals and documents', path: '/api/reports/referrals-documents' },
  { name: 'Disaggregation (one year, small cells suppressed)', path: '/api/reports/disaggregation' },
  { name: 'Export, CSV (every section)', path: '/api/reports/export?format=csv&lang=ja' },
  { name: 'Export, XLSX (every section)', path: '/api/reports/export?format=xlsx&lang=ja' },
];

/** Budget per report at the working pace (issue 14), else precomputed by the worker with a stated freshness. */
export const REPORT_P95_BUDGET_MS = 300;

/**
 * The first view of each report after a rebuild, one request at a time: the api keeps the figures
 * of a data version in memory, so the working pace mostly measures answers from memory, and this
 * is what the first supervisor of a team waits for. Each route is asked by another supervisor
 * (their own team's figures) and for an administrator over another period, so none finds the
 * figures of an earlier route already read. Exports read the figures of every section.
 */
export async function firstViews(
  base: string,
  supervisorCookies: readonly string[],
  adminCookie: string,
  thisYear: number,
): Promise<{ readonly supervisor: number[]; readonly admin: number[] }> {
  const timed = async (path: string, cookie: string): Promise<number> => {
    const started = performance.now();
    const response = await fetch(`${base}${path}`, { headers: { cookie } });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${path}: ${response.status}`);
    return performance.now() - started;
  };
  const supervisor: number[] = [];
  const admin: number[] = [];
  for (const [i, route] of REPORT_ROUTES.entries()) {
    supervisor.push(await timed(route.path, supervisorCookies[i % supervisorCookies.length]));
    // Three past years, ending a year earlier each time: a period no earlier route read.
    const separator = route.path.includes('?') ? '&' : '?';
    const period = route.path.includes('disaggregation') ? `year=${thisYear - 1 - i}` : `from=${thisYear - 3 - i}-01&to=${thisYear - 1 - i}-12`;
    admin.push(await timed(`${route.path}${separator}${period}`, adminCookie));
  }
  return { supervisor, admin };
}

export interface TimedRefresh {
  /** Wall time of `ReportRefresh.run()`, as the worker's job runs it. */
  readonly ms: number;
  readonly result: ReportRefreshResult;
}

/**
 * Rebuilds the reporting store `times` times in this process, one after the other, as the worker's
 * job does: the first from empty fact tables, the next ones replacing the facts (the steady state
 * every REPORTS_REFRESH_MINUTES). The last one's facts are what the report routes then read.
 */
export async function refreshReportingStore(context: INestApplicationContext, times: number): Promise<TimedRefresh[]> {
  const refresh = context.get(ReportRefresh, { strict: false });
  const runs: TimedRefresh[] = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    const result = await refresh.run();
    if (result === null) throw new Error('another report refresh held the lock: is a worker running on the benchmark database?');
    runs.push({ ms: performance.now() - started, result });
  }
  return runs;
}
