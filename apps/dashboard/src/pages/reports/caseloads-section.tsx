import { reportsApi } from '../../api/reports-api';
import type { CaseloadsReport } from '../../api/types';
import { Chart, CHART_COLOURS, SERIES_COLOURS, type ChartSeries } from '../../components/chart';
import { useAsync } from '../../hooks/use-async';
import { useI18n } from '../../i18n/i18n';
import { formatCount, formatMonth, NumberCell, ReportSection, SubSection, TableCaption, TableScroll, type SectionProps } from './report-parts';

/** Open files over time, intakes and closures, per caseworker (supervisors only), and files at risk of being forgotten. */
export function CaseloadsSection({ query, version }: SectionProps) {
  const { t } = useI18n();
  const state = useAsync((signal) => reportsApi.caseloads(query, signal), [query.from, query.to, query.teamId, version]);
  return (
    <ReportSection id="report-caseloads" title={t('reports.caseloads.title')} intro={t('reports.caseloads.intro')} state={state}>
      {(report) => <Caseloads report={report} />}
    </ReportSection>
  );
}

function Caseloads({ report }: { readonly report: CaseloadsReport }) {
  const { t, locale } = useI18n();
  const labels = report.months.map((month) => formatMonth(month.month, locale));
  const scopeName = report.meta.teamName ?? (report.meta.aggregateOnly ? t('reports.organisation') : t('reports.allMyTeams'));
  const teamLines = report.teams.length > 1 || (report.teams.length === 1 && report.meta.teamId === null) ? report.teams : [];
  const openFiles: ChartSeries = {
    labels,
    datasets: [
      { label: scopeName, data: report.months.map((month) => month.openFiles), borderColor: CHART_COLOURS.black, backgroundColor: CHART_COLOURS.black, borderWidth: 3, pointRadius: 2 },
      ...teamLines.map((team, index) => {
        const byMonth = new Map(team.months.map((month) => [month.month, month.openFiles]));
        const colour = SERIES_COLOURS[index % SERIES_COLOURS.length];
        return { label: team.teamName, data: report.months.map((month) => byMonth.get(month.month) ?? 0), borderColor: colour, backgroundColor: colour, borderWidth: 2, pointRadius: 1 };
      }),
    ],
  };
  const flow: ChartSeries = {
    labels,
    datasets: [
      { label: t('reports.caseloads.intakes'), data: report.months.map((month) => month.intakes), backgroundColor: CHART_COLOURS.blue },
      { label: t('reports.caseloads.closures'), data: report.months.map((month) => month.closures), backgroundColor: CHART_COLOURS.orange },
    ],
  };
  const chartLocale = locale === 'ja' ? 'ja-JP' : 'en-GB';
  const risk = report.atRisk;

  return (
    <>
      <SubSection id="report-open-files-chart" title={t('reports.caseloads.openChart')}>
        <Chart type="line" data={openFiles} label={t('reports.caseloads.openChart')} testId="chart-open-files" options={{ locale: chartLocale, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }} />
      </SubSection>
      <SubSection id="report-flow-chart" title={t('reports.caseloads.flowChart')}>
        <Chart type="bar" data={flow} label={t('reports.caseloads.flowChart')} testId="chart-intakes-closures" height={220} options={{ locale: chartLocale, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }} />
        {/* The charts' figures month by month: a long table, folded until asked for. */}
        <details className="subsection" data-testid="caseload-months">
          <summary>{t('reports.caseloads.monthsTitle')}</summary>
          <TableScroll>
            <table className="table" data-testid="caseload-months-table">
              <TableCaption>{t('reports.caseloads.monthsTitle')}</TableCaption>
              <thead>
                <tr>
                  <th scope="col">{t('reports.month')}</th>
                  <th scope="col" className="numeric">
                    {t('reports.caseloads.openFiles')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('reports.caseloads.intakes')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('reports.caseloads.closures')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {report.months.map((month) => (
                  <tr key={month.month}>
                    <th scope="row" className="nowrap">
                      {formatMonth(month.month, locale)}
                    </th>
                    <NumberCell value={month.openFiles} testId={`caseload-${month.month}-openFiles`} />
                    <NumberCell value={month.intakes} testId={`caseload-${month.month}-intakes`} />
                    <NumberCell value={month.closures} testId={`caseload-${month.month}-closures`} />
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </details>
        <p className="muted small">{t('reports.caseloads.explain')}</p>
      </SubSection>

      <SubSection id="report-at-risk" title={t('reports.caseloads.atRiskTitle')}>
        <ul className="stat-cards" aria-labelledby="report-at-risk">
          <li className="stat-card">
            <span className="stat-number" data-testid="at-risk-openFiles">
              {formatCount(risk.openFiles, locale)}
            </span>{' '}
            <span className="stat-label">{t('reports.caseloads.openNow')}</span>
          </li>
          <li className={`stat-card${risk.withoutOpenDeadline > 0 ? ' stat-card-warn' : ''}`}>
            <span className="stat-number" data-testid="at-risk-withoutOpenDeadline">
              {formatCount(risk.withoutOpenDeadline, locale)}
            </span>{' '}
            <span className="stat-label">{t('reports.caseloads.withoutOpenDeadline')}</span>
          </li>
          <li className={`stat-card${risk.withoutRecentContact > 0 ? ' stat-card-warn' : ''}`}>
            <span className="stat-number" data-testid="at-risk-withoutRecentContact">
              {formatCount(risk.withoutRecentContact, locale)}
            </span>{' '}
            <span className="stat-label">{t('reports.caseloads.withoutRecentContact', { days: risk.recentContactDays })}</span>
          </li>
          <li className={`stat-card${risk.withNeither > 0 ? ' stat-card-alarm' : ''}`}>
            <span className="stat-number" data-testid="at-risk-withNeither">
              {formatCount(risk.withNeither, locale)}
            </span>{' '}
            <span className="stat-label">{t('reports.caseloads.withNeither')}</span>
          </li>
        </ul>
      </SubSection>

      {report.caseworkers ? <CaseworkerTable report={report} caseworkers={report.caseworkers} /> : <p className="muted small">{t('reports.caseloads.aggregateOnly')}</p>}
    </>
  );
}

function CaseworkerTable({ report, caseworkers }: { readonly report: CaseloadsReport; readonly caseworkers: NonNullable<CaseloadsReport['caseworkers']> }) {
  const { t } = useI18n();
  const teamNames = new Map(report.teams.map((team) => [team.teamId, team.teamName]));
  const severalTeams = new Set(caseworkers.map((row) => row.teamId)).size > 1;
  return (
    <SubSection id="report-caseworkers" title={t('reports.caseloads.caseworkersTitle')}>
      {caseworkers.length === 0 ? (
        <p className="muted">{t('reports.caseloads.noCaseworkers')}</p>
      ) : (
        <TableScroll>
          <table className="table" aria-labelledby="report-caseworkers" data-testid="caseworkers-table">
            <TableCaption>{t('reports.caseloads.caseworkersTitle')}</TableCaption>
            <thead>
              <tr>
                <th scope="col">{t('teamView.caseworker')}</th>
                {severalTeams ? <th scope="col">{t('teamView.team')}</th> : null}
                <th scope="col" className="numeric">
                  {t('reports.caseloads.openNow')}
                </th>
                <th scope="col" className="numeric">
                  {t('reports.caseloads.withoutOpenDeadline')}
                </th>
                <th scope="col" className="numeric">
                  {t('reports.caseloads.withoutRecentContact', { days: report.atRisk.recentContactDays })}
                </th>
              </tr>
            </thead>
            <tbody>
              {caseworkers.map((row) => (
                <tr key={`${row.teamId}:${row.userId}`}>
                  <th scope="row">{row.name}</th>
                  {severalTeams ? <td>{teamNames.get(row.teamId) ?? ''}</td> : null}
                  <NumberCell value={row.openNow} testId={`caseworker-${row.teamId}-${row.userId}-openNow`} />
                  <NumberCell value={row.withoutOpenDeadline} testId={`caseworker-${row.teamId}-${row.userId}-withoutOpenDeadline`} />
                  <NumberCell value={row.withoutRecentContact} testId={`caseworker-${row.teamId}-${row.userId}-withoutRecentContact`} />
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </SubSection>
  );
}
