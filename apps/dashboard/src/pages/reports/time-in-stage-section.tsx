import { reportsApi } from '../../api/reports-api';
import type { TimeInStageRow } from '../../api/types';
import { useAsync } from '../../hooks/use-async';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { formatCount, formatPeriod, NotAvailable, NumberCell, ReportSection, TableCaption, TableScroll, type SectionProps } from './report-parts';

/** An interval of the procedure in words; one added to the API later shows its code. */
function intervalLabel(t: (key: MessageKey) => string, interval: string): string {
  switch (interval) {
    case 'filed-to-decision':
      return t('reports.interval.filed-to-decision');
    case 'decision-to-review-request':
      return t('reports.interval.decision-to-review-request');
    case 'review-to-decision':
      return t('reports.interval.review-to-decision');
    default:
      return interval;
  }
}

/** Median and 90th percentile days between steps, per year, beside ISA's published averages. */
export function TimeInStageSection({ query, version }: SectionProps) {
  const { t } = useI18n();
  const state = useAsync((signal) => reportsApi.timeInStage(query, signal), [query.from, query.to, query.teamId, version]);
  return (
    <ReportSection id="report-time-in-stage" title={t('reports.time.title')} intro={t('reports.time.intro')} state={state}>
      {(report) => (report.rows.length === 0 ? <p className="muted">{t('reports.nothingInPeriod')}</p> : <TimeTable rows={report.rows} />)}
    </ReportSection>
  );
}

function TimeTable({ rows }: { readonly rows: readonly TimeInStageRow[] }) {
  const { t, locale } = useI18n();
  const days = (value: number) => t('reports.time.days', { days: formatCount(value, locale) });
  return (
    <>
      <TableScroll>
        <table className="table table-wide" data-testid="time-in-stage-table">
          <TableCaption>{t('reports.time.title')}</TableCaption>
          <thead>
            <tr>
              <th scope="col">{t('reports.year')}</th>
              <th scope="col">{t('reports.time.interval')}</th>
              <th scope="col" className="numeric">
                {t('reports.time.count')}
              </th>
              <th scope="col" className="numeric">
                {t('reports.time.median')}
              </th>
              <th scope="col" className="numeric">
                {t('reports.time.p90')}
              </th>
              <th scope="col" className="numeric">
                {t('reports.time.national')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const id = `time-${row.year}-${row.interval}`;
              return (
                <tr key={`${row.year}:${row.interval}`}>
                  <th scope="row">{formatPeriod(String(row.year), locale)}</th>
                  <td>{intervalLabel(t, row.interval)}</td>
                  <NumberCell value={row.count} testId={`${id}-count`} />
                  <NumberCell value={row.medianDays} testId={`${id}-medianDays`}>
                    {row.medianDays === null ? <span className="muted">{t('reports.time.tooFew')}</span> : days(row.medianDays)}
                  </NumberCell>
                  <NumberCell value={row.p90Days} testId={`${id}-p90Days`}>
                    {row.p90Days === null ? <span className="muted">{t('reports.time.tooFew')}</span> : days(row.p90Days)}
                  </NumberCell>
                  <NumberCell value={row.nationalAverageDays} testId={`${id}-nationalAverageDays`}>
                    {row.nationalAverageDays === null ? (
                      <NotAvailable title={t('reports.national.notPublished')} />
                    ) : (
                      <>
                        {days(row.nationalAverageDays)}
                        {row.nationalUnverified ? (
                          <>
                            {' '}
                            <span className="badge badge-confidence-U" title={t('reports.time.unverifiedExplain')}>
                              {t('reports.unverifiedMark')}
                            </span>
                          </>
                        ) : null}
                      </>
                    )}
                  </NumberCell>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
      <p className="muted small">{t('reports.time.explain')}</p>
      {rows.some((row) => row.nationalUnverified) ? <p className="unverified small">{t('reports.time.unverifiedExplain')}</p> : null}
    </>
  );
}
