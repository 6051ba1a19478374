import { OUTCOME_COUNT_FIELDS } from '#domain';
import { reportsApi } from '../../api/reports-api';
import type { NationalYear, OutcomeRow, OutcomesReport, ReportOverview } from '../../api/types';
import { Chart, CHART_COLOURS, type ChartSeries } from '../../components/chart';
import { SelectField } from '../../components/form-fields';
import { useAsync } from '../../hooks/use-async';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { GRANULARITIES, type Granularity } from './report-period';
import { formatDecimal, formatPeriod, NotAvailable, NumberCell, ReportSection, SubSection, TableCaption, TableScroll, type SectionProps } from './report-parts';

type CountColumn = Exclude<keyof OutcomeRow, 'period' | 'recognitionRate' | 'recognisedPerHundredApplications'>;

/** Every count of the outcomes table, in the contract's order: filings, decisions, review, court, custody. */
const COUNT_COLUMNS: readonly CountColumn[] = OUTCOME_COUNT_FIELDS;

/** The decisions the bar chart stacks, with a colour each. */
const DECISIONS: readonly { readonly column: CountColumn; readonly colour: string }[] = [
  { column: 'recognised', colour: CHART_COLOURS.green },
  { column: 'complementaryProtection', colour: CHART_COLOURS.sky },
  { column: 'humanitarian', colour: CHART_COLOURS.blue },
  { column: 'refused', colour: CHART_COLOURS.vermilion },
  { column: 'withdrawn', colour: CHART_COLOURS.grey },
];

const columnLabel = (column: Exclude<keyof OutcomeRow, 'period'>): MessageKey => `reports.outcomes.${column}` as const;

type NationalColumn = Exclude<keyof NationalYear, 'year'>;
const NATIONAL_COLUMNS: readonly NationalColumn[] = [
  'applications',
  'cpApplications',
  'recognised',
  'recognisedOnAppeal',
  'humanitarian',
  'cpRecognised',
  'refused',
  'recognitionRate',
  'recognisedPerHundredApplications',
];

interface OutcomesSectionProps extends SectionProps {
  readonly granularity: Granularity;
  readonly onGranularity: (granularity: Granularity) => void;
  readonly national: ReportOverview['national'];
}

/** Applications and decisions per year or quarter, beside ISA's national figures. */
export function OutcomesSection({ query, version, granularity, onGranularity, national }: OutcomesSectionProps) {
  const { t } = useI18n();
  const state = useAsync((signal) => reportsApi.outcomes(query, granularity, signal), [query.from, query.to, query.teamId, granularity, version]);
  return (
    <ReportSection
      id="report-outcomes"
      title={t('reports.outcomes.title')}
      intro={t('reports.outcomes.intro')}
      state={state}
      controls={
        <SelectField label={t('reports.granularity')} value={granularity} onChange={(event) => onGranularity(event.target.value as Granularity)}>
          {GRANULARITIES.map((value) => (
            <option key={value} value={value}>
              {t(`reports.granularity.${value}` as const)}
            </option>
          ))}
        </SelectField>
      }
    >
      {(report) => <Outcomes report={report} national={national} />}
    </ReportSection>
  );
}

function Outcomes({ report, national }: { readonly report: OutcomesReport; readonly national: ReportOverview['national'] }) {
  const { t, locale } = useI18n();
  const labels = report.rows.map((row) => formatPeriod(row.period, locale));
  const decisions: ChartSeries = {
    labels,
    datasets: DECISIONS.map(({ column, colour }) => ({ label: t(columnLabel(column)), data: report.rows.map((row) => row[column]), backgroundColor: colour, stack: 'decisions' })),
  };
  const nationalByYear = new Map(report.national.map((year) => [year.year, year]));
  const perHundred: ChartSeries = {
    labels,
    datasets: [
      {
        type: 'bar',
        label: t('reports.outcomes.organisation'),
        data: report.rows.map((row) => row.recognisedPerHundredApplications),
        backgroundColor: CHART_COLOURS.green,
        order: 2,
      },
      {
        type: 'line',
        label: t('reports.outcomes.nationalSeries'),
        // A quarter is compared with its year's national figure: ISA publishes years only.
        data: report.rows.map((row) => nationalByYear.get(Number(row.period.slice(0, 4)))?.recognisedPerHundredApplications ?? null),
        borderColor: CHART_COLOURS.orange,
        backgroundColor: CHART_COLOURS.orange,
        spanGaps: false,
        order: 1,
      },
    ],
  };

  return (
    <>
      <SubSection id="report-decisions-chart" title={t('reports.outcomes.decisionsChart')}>
        <Chart
          type="bar"
          data={decisions}
          label={t('reports.outcomes.decisionsChart')}
          testId="chart-decisions"
          options={{ locale: locale === 'ja' ? 'ja-JP' : 'en-GB', scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } }}
        />
      </SubSection>
      <SubSection id="report-per-hundred-chart" title={t('reports.outcomes.perHundredChart')}>
        <p className="muted small">{t('reports.outcomes.perHundredExplain')}</p>
        <Chart
          type="bar"
          data={perHundred}
          label={t('reports.outcomes.perHundredChart')}
          testId="chart-per-hundred"
          options={{ locale: locale === 'ja' ? 'ja-JP' : 'en-GB', scales: { y: { beginAtZero: true } } }}
        />
      </SubSection>

      <SubSection id="report-outcomes-table" title={t('reports.outcomes.tableTitle')}>
        <TableScroll>
          <table className="table table-wide" aria-labelledby="report-outcomes-table" data-testid="outcomes-table">
            <TableCaption>{t('reports.outcomes.tableTitle')}</TableCaption>
            <thead>
              <tr>
                <th scope="col">{t('reports.period')}</th>
                {COUNT_COLUMNS.map((column) => (
                  <th key={column} scope="col" className="numeric">
                    {t(columnLabel(column))}
                  </th>
                ))}
                <th scope="col" className="numeric">
                  {t('reports.outcomes.recognitionRate')}
                </th>
                <th scope="col" className="numeric">
                  {t('reports.outcomes.recognisedPerHundredApplications')}
                </th>
              </tr>
            </thead>
            <tbody>
              {report.rows.map((row) => (
                <tr key={row.period}>
                  <th scope="row" className="nowrap">
                    {formatPeriod(row.period, locale)}
                  </th>
                  {COUNT_COLUMNS.map((column) => (
                    <NumberCell key={column} value={row[column]} testId={`outcomes-${row.period}-${column}`} />
                  ))}
                  <NumberCell value={row.recognitionRate} testId={`outcomes-${row.period}-recognitionRate`}>
                    {row.recognitionRate === null ? <NotAvailable title={t('reports.outcomes.noDecision')} /> : `${formatDecimal(row.recognitionRate, locale)}%`}
                  </NumberCell>
                  <NumberCell value={row.recognisedPerHundredApplications} testId={`outcomes-${row.period}-recognisedPerHundredApplications`}>
                    {row.recognisedPerHundredApplications === null ? <NotAvailable title={t('reports.outcomes.noApplication')} /> : formatDecimal(row.recognisedPerHundredApplications, locale)}
                  </NumberCell>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
        <p className="muted small">{t('reports.outcomes.rateExplain')}</p>
      </SubSection>

      <NationalTable years={report.national} national={national} />
    </>
  );
}

function NationalTable({ years, national }: { readonly years: readonly NationalYear[]; readonly national: ReportOverview['national'] }) {
  const { t, locale } = useI18n();
  return (
    <SubSection id="report-national-table" title={t('reports.national.title')}>
      <p className="muted small">
        {national.title} — {t('reports.national.version', { version: national.version })}
      </p>
      {years.length === 0 ? (
        <p className="muted">{t('reports.national.noneInPeriod')}</p>
      ) : (
        <TableScroll>
          <table className="table table-wide" aria-labelledby="report-national-table" data-testid="national-table">
            <TableCaption>{t('reports.national.title')}</TableCaption>
            <thead>
              <tr>
                <th scope="col">{t('reports.year')}</th>
                {NATIONAL_COLUMNS.map((column) => (
                  <th key={column} scope="col" className="numeric">
                    {t(`reports.national.${column}` as const)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {years.map((year) => (
                <tr key={year.year}>
                  <th scope="row">{formatPeriod(String(year.year), locale)}</th>
                  {NATIONAL_COLUMNS.map((column) => {
                    const value = year[column];
                    const testId = `national-${year.year}-${column}`;
                    if (value === null) {
                      return (
                        <NumberCell key={column} value={null} testId={testId}>
                          <NotAvailable title={t('reports.national.notPublished')} />
                        </NumberCell>
                      );
                    }
                    if (column === 'recognitionRate') return <NumberCell key={column} value={value} testId={testId}>{`${formatDecimal(value, locale)}%`}</NumberCell>;
                    if (column === 'recognisedPerHundredApplications') return <NumberCell key={column} value={value} testId={testId}>{formatDecimal(value, locale)}</NumberCell>;
                    return <NumberCell key={column} value={value} testId={testId} />;
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <p className="muted small">{national.note}</p>
      <p className="small">{t('reports.national.sources')}</p>
      <ul className="plain-list small">
        {national.sources.map((source) => (
          <li key={source.url}>
            <a href={source.url} target="_blank" rel="noreferrer">
              {source.title}
            </a>{' '}
            <span className="muted">({source.years.join(', ')})</span>
          </li>
        ))}
      </ul>
    </SubSection>
  );
}
