import { deadlineKinds, type DeadlineKind } from '#domain';
import { reportsApi } from '../../api/reports-api';
import type { OverdueQuery } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { LocalDate } from '../../components/local-date';
import { Loading } from '../../components/loading';
import { Page } from '../../components/page';
import { useAsync } from '../../hooks/use-async';
import { isLocalDate } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';
import { deadlineKindLabel } from '../../i18n/labels';
import { Link, useSearchParams } from '../../router/router';

/** The most the API lists at once; more means the filters should narrow. */
const OVERDUE_LIMIT = 200;

/**
 * Supervisors: the open deadlines of their teams already past due, now (not the report's
 * figures, which are as of the last refresh). Reached from an overdue count of the Reports
 * page, with its team, kind and range of due dates.
 */
export function OverduePage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const dueFrom = params.get('dueFrom') ?? '';
  const dueTo = params.get('dueTo') ?? '';
  const kind = params.get('kind') ?? '';
  const query: OverdueQuery = {
    teamId: params.get('teamId') || undefined,
    // A kind the rules do not know (a mistyped link) lists every kind rather than nothing.
    kind: (deadlineKinds as readonly string[]).includes(kind) ? (kind as DeadlineKind) : undefined,
    dueFrom: isLocalDate(dueFrom) ? dueFrom : undefined,
    dueTo: isLocalDate(dueTo) ? dueTo : undefined,
  };
  const list = useAsync((signal) => reportsApi.overdue(query, signal), [query.teamId, query.kind, query.dueFrom, query.dueTo]);

  return (
    <Page title={t('overdue.title')} intro={t('overdue.intro')}>
      <ul className="plain-list small" aria-label={t('common.filters')}>
        {query.kind ? <li>{t('overdue.filterKind', { kind: deadlineKindLabel(t, query.kind) })}</li> : null}
        {query.dueFrom || query.dueTo ? (
          <li>
            {t('overdue.filterDue')} <LocalDate value={query.dueFrom} /> – <LocalDate value={query.dueTo} />
          </li>
        ) : null}
      </ul>
      {list.error ? <ErrorAlert error={list.error} onRetry={list.reload} /> : null}
      {!list.data && !list.error ? <Loading /> : null}
      {list.data && list.data.length === 0 ? <p>{t('overdue.none')}</p> : null}
      {list.data && list.data.length > 0 ? (
        <>
          <div className="table-scroll">
            <table className="table table-wide">
              <caption className="visually-hidden">{t('overdue.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('client.caseNumber')}</th>
                  <th scope="col">{t('overdue.client')}</th>
                  <th scope="col">{t('deadlines.kind')}</th>
                  <th scope="col">{t('deadlines.dueDate')}</th>
                  <th scope="col" className="numeric">
                    {t('overdue.daysOverdue')}
                  </th>
                  <th scope="col">{t('teamView.caseworker')}</th>
                </tr>
              </thead>
              <tbody>
                {list.data.map((item) => (
                  <tr key={item.deadline.id} className="row-overdue">
                    <th scope="row" className="nowrap">
                      <Link to={`/clients/${item.deadline.clientId}?tab=deadlines`}>{item.caseNumber}</Link>
                    </th>
                    <td>{item.clientName}</td>
                    <td>{deadlineKindLabel(t, item.deadline.kind)}</td>
                    <td className="nowrap">
                      <LocalDate value={item.deadline.dueDate} />
                    </td>
                    <td className="numeric">
                      <span className="days-overdue">{t('overdue.daysValue', { days: item.daysOverdue })}</span>
                    </td>
                    <td>{item.ownerName ?? <span className="muted">{t('teamView.noPrimaryCaseworker')}</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {list.data.length >= OVERDUE_LIMIT ? <p className="muted">{t('overdue.limited', { limit: OVERDUE_LIMIT })}</p> : null}
        </>
      ) : null}
      <p className="secondary-links">
        <Link to="/reports">{t('overdue.backToReports')}</Link> · <Link to="/team">{t('overdue.backToTeam')}</Link>
      </p>
    </Page>
  );
}
