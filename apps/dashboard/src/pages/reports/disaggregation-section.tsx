import { reportsApi } from '../../api/reports-api';
import { GENDERS, type DisaggregationTable, type Gender, type PublishedCountView } from '../../api/types';
import { SelectField } from '../../components/form-fields';
import { useAsync } from '../../hooks/use-async';
import { useI18n, type MessageKey, type Translate } from '../../i18n/i18n';
import { genderLabel } from '../../i18n/labels';
import { formatCount, formatPeriod, ReportSection, SubSection, TableCaption, TableScroll } from './report-parts';

interface DisaggregationSectionProps {
  readonly year: number;
  readonly years: readonly number[];
  readonly onYear: (year: number) => void;
  readonly version: string | null;
}

/** One row of a table in words: a nationality code, a sex, an age band, whether a vulnerability is recorded. */
function rowLabel(t: Translate, dimension: DisaggregationTable['dimension'], key: string): string {
  if (key === 'unknown' || key === '') return t('reports.disaggregation.unknown');
  switch (dimension) {
    case 'sex':
      return (GENDERS as readonly string[]).includes(key) ? genderLabel(t, key as Gender) : key;
    case 'ageBand':
      return t('reports.disaggregation.ageBandValue', { band: key });
    case 'vulnerability':
      return key === 'vulnerable' ? t('reports.disaggregation.vulnerable') : key === 'not-vulnerable' ? t('reports.disaggregation.notVulnerable') : key;
    case 'nationality':
      return key;
  }
}

const COLUMN_LABELS: Readonly<Record<string, MessageKey>> = {
  files: 'reports.disaggregation.column.files',
  filed: 'reports.disaggregation.column.filed',
  recognised: 'reports.disaggregation.column.recognised',
  complementaryProtection: 'reports.disaggregation.column.complementaryProtection',
  refused: 'reports.disaggregation.column.refused',
};

/** A column in words; one the API adds later shows its name until it is given words here. */
function columnLabel(t: Translate, column: string): string {
  const key = COLUMN_LABELS[column];
  return key ? t(key) : column;
}

/**
 * Files and outcomes of one year by nationality, sex, age band and vulnerability, over the
 * viewer's whole scope (the team filter does not apply: tables of two teams could be subtracted).
 * The API has already suppressed small cells; this only says how each is shown.
 */
export function DisaggregationSection({ year, years, onYear, version }: DisaggregationSectionProps) {
  const { t, locale } = useI18n();
  const state = useAsync((signal) => reportsApi.disaggregation(year, signal), [year, version]);
  return (
    <ReportSection
      id="report-disaggregation"
      title={t('reports.disaggregation.title')}
      intro={t('reports.disaggregation.intro')}
      state={state}
      controls={
        <SelectField label={t('reports.disaggregation.year')} value={String(year)} onChange={(event) => onYear(Number(event.target.value))}>
          {years.map((choice) => (
            <option key={choice} value={choice}>
              {formatPeriod(String(choice), locale)}
            </option>
          ))}
        </SelectField>
      }
    >
      {(report) => (
        <>
          <p className="small" data-testid="suppression-explained">
            {t('reports.disaggregation.suppression', { threshold: report.threshold })}
          </p>
          {report.tables.map((table) => (
            <PublishedTable key={table.dimension} table={table} threshold={report.threshold} />
          ))}
        </>
      )}
    </ReportSection>
  );
}

function PublishedCell({ count, threshold, testId }: { readonly count: PublishedCountView; readonly threshold: number; readonly testId: string }) {
  const { t, locale } = useI18n();
  switch (count.kind) {
    case 'count':
      return (
        <td className="numeric" data-testid={testId}>
          {formatCount(count.value ?? 0, locale)}
        </td>
      );
    case 'below':
      return (
        <td className="numeric" data-testid={testId} title={t('reports.disaggregation.belowTitle', { threshold })}>
          {`< ${threshold}`}
        </td>
      );
    case 'withheld':
      return (
        <td className="numeric" data-testid={testId} title={t('reports.disaggregation.withheldTitle')}>
          –
        </td>
      );
  }
}

function PublishedTable({ table, threshold }: { readonly table: DisaggregationTable; readonly threshold: number }) {
  const { t } = useI18n();
  const title = t(`reports.disaggregation.by.${table.dimension}` as const);
  const id = `report-disaggregation-${table.dimension}`;
  const prefix = `disaggregation-${table.dimension}`;
  return (
    <SubSection id={id} title={title}>
      <TableScroll>
        <table className="table" aria-labelledby={id} data-testid={`${prefix}-table`}>
          <TableCaption>{title}</TableCaption>
          <thead>
            <tr>
              <th scope="col">{t(`reports.disaggregation.dimension.${table.dimension}` as const)}</th>
              {table.columns.map((column) => (
                <th key={column} scope="col" className="numeric">
                  {columnLabel(t, column)}
                </th>
              ))}
              <th scope="col" className="numeric">
                {t('reports.total')}
              </th>
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{rowLabel(t, table.dimension, row.key)}</th>
                {row.cells.map((cell, index) => (
                  <PublishedCell key={table.columns[index]} count={cell} threshold={threshold} testId={`${prefix}-${row.key}-${table.columns[index]}`} />
                ))}
                <PublishedCell count={row.total} threshold={threshold} testId={`${prefix}-${row.key}-total`} />
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('reports.total')}</th>
              {table.totals.map((cell, index) => (
                <PublishedCell key={table.columns[index]} count={cell} threshold={threshold} testId={`${prefix}-total-${table.columns[index]}`} />
              ))}
              <PublishedCell count={table.total} threshold={threshold} testId={`${prefix}-total-total`} />
            </tr>
          </tfoot>
        </table>
      </TableScroll>
    </SubSection>
  );
}
