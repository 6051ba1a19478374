import { reportsApi } from '../../api/reports-api';
import { SERVICE_KINDS, type ReferralOutcomeRow, type ReferralsDocumentsReport, type ServiceKind } from '../../api/types';
import { useAsync } from '../../hooks/use-async';
import { useI18n } from '../../i18n/i18n';
import { serviceKindLabel } from '../../i18n/labels';
import { formatDecimal, NotAvailable, NumberCell, ReportSection, SubSection, TableCaption, TableScroll, type SectionProps } from './report-parts';

type ReferralColumn = Exclude<keyof ReferralOutcomeRow, 'serviceKind' | 'medianDaysToAnswer'>;
const REFERRAL_COLUMNS: readonly ReferralColumn[] = ['sent', 'accepted', 'declined', 'waiting', 'completed', 'cancelled'];

type DocumentsColumn = keyof ReferralsDocumentsReport['documents'];
const DOCUMENT_COLUMNS: readonly DocumentsColumn[] = ['openFiles', 'withMissingDocuments', 'withUntranslatedDocuments', 'missingItems', 'untranslatedDocuments'];

/** Referrals to partner services by kind and outcome, and the documents the open files still lack. */
export function ReferralsDocumentsSection({ query, version }: SectionProps) {
  const { t } = useI18n();
  const state = useAsync((signal) => reportsApi.referralsDocuments(query, signal), [query.from, query.to, query.teamId, version]);
  return (
    <ReportSection id="report-referrals-documents" title={t('reports.referrals.title')} state={state}>
      {(report) => <ReferralsDocuments report={report} />}
    </ReportSection>
  );
}

function ReferralsDocuments({ report }: { readonly report: ReferralsDocumentsReport }) {
  const { t, locale } = useI18n();
  const kindLabel = (kind: string) => ((SERVICE_KINDS as readonly string[]).includes(kind) ? serviceKindLabel(locale, kind as ServiceKind) : kind);
  return (
    <>
      <SubSection id="report-referrals" title={t('reports.referrals.referralsTitle')}>
        <p className="muted small">{t('reports.referrals.intro')}</p>
        {report.referrals.length === 0 ? (
          <p className="muted">{t('reports.referrals.none')}</p>
        ) : (
          <TableScroll>
            <table className="table table-wide" aria-labelledby="report-referrals" data-testid="referrals-table">
              <TableCaption>{t('reports.referrals.referralsTitle')}</TableCaption>
              <thead>
                <tr>
                  <th scope="col">{t('referrals.serviceKind')}</th>
                  {REFERRAL_COLUMNS.map((column) => (
                    <th key={column} scope="col" className="numeric">
                      {t(`reports.referrals.${column}` as const)}
                    </th>
                  ))}
                  <th scope="col" className="numeric">
                    {t('reports.referrals.medianDaysToAnswer')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {report.referrals.map((row) => (
                  <tr key={row.serviceKind}>
                    <th scope="row">{kindLabel(row.serviceKind)}</th>
                    {REFERRAL_COLUMNS.map((column) => (
                      <NumberCell key={column} value={row[column]} testId={`referrals-${row.serviceKind}-${column}`} />
                    ))}
                    <NumberCell value={row.medianDaysToAnswer} testId={`referrals-${row.serviceKind}-medianDaysToAnswer`}>
                      {row.medianDaysToAnswer === null ? <NotAvailable title={t('reports.referrals.noAnswer')} /> : t('reports.time.days', { days: formatDecimal(row.medianDaysToAnswer, locale) })}
                    </NumberCell>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </SubSection>

      <SubSection id="report-documents" title={t('reports.documents.title')}>
        <p className="muted small">{t('reports.documents.intro')}</p>
        <TableScroll>
          <table className="table" aria-labelledby="report-documents" data-testid="documents-table">
            <TableCaption>{t('reports.documents.title')}</TableCaption>
            <tbody>
              {DOCUMENT_COLUMNS.map((column) => (
                <tr key={column}>
                  <th scope="row">{t(`reports.documents.${column}` as const)}</th>
                  <NumberCell value={report.documents[column]} testId={`documents-${column}`} />
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </SubSection>
    </>
  );
}
