import { reportsApi } from '../../api/reports-api';
import type { DeadlineOutcomeCounts, DeadlinesReport, ReportQuery } from '../../api/types';
import { withQuery } from '../../api/http-client';
import { useAsync } from '../../hooks/use-async';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { deadlineKindLabel } from '../../i18n/labels';
import { Link } from '../../router/router';
import { firstDayOf, lastDayOf } from './report-period';
import { formatCount, formatMonth, NumberCell, ReportSection, SubSection, TableCaption, TableScroll, type SectionProps } from './report-parts';

type OutcomeColumn = Exclude<keyof DeadlineOutcomeCounts, 'kind'>;
const OUTCOME_COLUMNS: readonly OutcomeColumn[] = ['metOnTime', 'metLate', 'waived', 'missed', 'overdue', 'open', 'overridden'];
const columnLabel = (column: OutcomeColumn): MessageKey => `reports.deadlines.${column}` as const;

/** Where an overdue count leads: the live list of those deadlines, within the same team, kind and due dates. */
export function overdueListPath(query: ReportQuery, kind: string, dueFrom: string, dueTo: string): string {
  return withQuery('/team/overdue', { teamId: query.teamId, kind, dueFrom, dueTo });
}

/** Whether the legal deadlines were kept, by kind and by month of the due date; and the reminders. */
export function DeadlinesSection({ query, version }: SectionProps) {
  const { t } = useI18n();
  const state = useAsync((signal) => reportsApi.deadlines(query, signal), [query.from, query.to, query.teamId, version]);
  return (
    <ReportSection id="report-deadlines" title={t('reports.deadlines.title')} intro={t('reports.deadlines.intro')} state={state}>
      {(report) => <Deadlines report={report} query={query} />}
    </ReportSection>
  );
}

function Deadlines({ report, query }: { readonly report: DeadlinesReport; readonly query: ReportQuery }) {
  const { t, locale } = useI18n();
  const overdueCell = (row: DeadlineOutcomeCounts, testId: string, dueFrom: string, dueTo: string) => (
    <NumberCell key="overdue" value={row.overdue} testId={testId}>
      {report.overdueLinks && row.overdue > 0 ? (
        <Link to={overdueListPath(query, row.kind, dueFrom, dueTo)} className="days-overdue" title={t('reports.deadlines.overdueLink')}>
          {formatCount(row.overdue, locale)}
        </Link>
      ) : undefined}
    </NumberCell>
  );
  const header = (
    <>
      {OUTCOME_COLUMNS.map((column) => (
        <th key={column} scope="col" className="numeric">
          {t(columnLabel(column))}
        </th>
      ))}
    </>
  );
  // Every month of the period comes back; those without a reminder would only lengthen the table.
  const remindersSent = report.reminders.filter((row) => row.sent + row.failed + row.escalated > 0);
  const periodStart = firstDayOf(query.from);
  const periodEnd = lastDayOf(query.to);

  return (
    <>
      <SubSection id="report-deadlines-totals" title={t('reports.deadlines.totalsTitle')}>
        {report.totals.length === 0 ? (
          <p className="muted">{t('reports.deadlines.none')}</p>
        ) : (
          <TableScroll>
            <table className="table table-wide" aria-labelledby="report-deadlines-totals" data-testid="deadlines-totals-table">
              <TableCaption>{t('reports.deadlines.totalsTitle')}</TableCaption>
              <thead>
                <tr>
                  <th scope="col">{t('deadlines.kind')}</th>
                  {header}
                </tr>
              </thead>
              <tbody>
                {report.totals.map((row) => (
                  <tr key={row.kind}>
                    <th scope="row">{deadlineKindLabel(t, row.kind)}</th>
                    {OUTCOME_COLUMNS.map((column) =>
                      column === 'overdue' ? (
                        overdueCell(row, `deadlines-total-${row.kind}-overdue`, periodStart, periodEnd)
                      ) : (
                        <NumberCell key={column} value={row[column]} testId={`deadlines-total-${row.kind}-${column}`} />
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
        <p className="muted small">{t('reports.deadlines.explain')}</p>
      </SubSection>

      {report.rows.length > 0 ? (
        <SubSection id="report-deadlines-months" title={t('reports.deadlines.monthsTitle')}>
          <TableScroll>
            <table className="table table-wide" aria-labelledby="report-deadlines-months" data-testid="deadlines-months-table">
              <TableCaption>{t('reports.deadlines.monthsTitle')}</TableCaption>
              <thead>
                <tr>
                  <th scope="col">{t('reports.month')}</th>
                  <th scope="col">{t('deadlines.kind')}</th>
                  {header}
                </tr>
              </thead>
              <tbody>
                {report.rows.map((row) => (
                  <tr key={`${row.month}:${row.kind}`}>
                    <th scope="row" className="nowrap">
                      {formatMonth(row.month, locale)}
                    </th>
                    <td>{deadlineKindLabel(t, row.kind)}</td>
                    {OUTCOME_COLUMNS.map((column) =>
                      column === 'overdue' ? (
                        overdueCell(row, `deadlines-${row.month}-${row.kind}-overdue`, firstDayOf(row.month), lastDayOf(row.month))
                      ) : (
                        <NumberCell key={column} value={row[column]} testId={`deadlines-${row.month}-${row.kind}-${column}`} />
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </SubSection>
      ) : null}

      <SubSection id="report-reminders" title={t('reports.reminders.title')}>
        {remindersSent.length === 0 ? (
          <p className="muted">{t('reports.reminders.none')}</p>
        ) : (
          <TableScroll>
            <table className="table" aria-labelledby="report-reminders" data-testid="reminders-table">
              <TableCaption>{t('reports.reminders.title')}</TableCaption>
              <thead>
                <tr>
                  <th scope="col">{t('reports.month')}</th>
                  <th scope="col" className="numeric">
                    {t('reports.reminders.sent')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('reports.reminders.failed')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('reports.reminders.escalated')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {remindersSent.map((row) => (
                  <tr key={row.month}>
                    <th scope="row" className="nowrap">
                      {formatMonth(row.month, locale)}
                    </th>
                    <NumberCell value={row.sent} testId={`reminders-${row.month}-sent`} />
                    <NumberCell value={row.failed} testId={`reminders-${row.month}-failed`} />
                    <NumberCell value={row.escalated} testId={`reminders-${row.month}-escalated`} />
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
        <p className="muted small">{t('reports.reminders.explain')}</p>
      </SubSection>
    </>
  );
}
