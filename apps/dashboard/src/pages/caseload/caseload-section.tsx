import { caseloadApi } from '../../api/caseload-api';
import { deadlinesApi } from '../../api/deadlines-api';
import type { CaseloadItem } from '../../api/types';
import { ClientNames } from '../../components/client-names';
import { DateTime } from '../../components/date-time';
import { ConfidenceBadge, DaysLeft, HardnessBadge } from '../../components/deadline-parts';
import { ErrorAlert } from '../../components/error-alert';
import { LocalDate } from '../../components/local-date';
import { useAsync } from '../../hooks/use-async';
import { useKeysetPages } from '../../hooks/use-keyset-pages';
import { KeysetList } from '../../components/keyset-list';
import { addDaysToLocalDate, todayInTokyo } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';
import { custodyLabel, deadlineKindLabel, stageLabel } from '../../i18n/labels';
import { Link } from '../../router/router';

const PAGE_SIZE = 25;

/** My files, the one due soonest first, with what is due next and the next appointment. */
export function CaseloadSection() {
  const { t } = useI18n();
  const today = todayInTokyo();
  const list = useKeysetPages((cursor, signal) => caseloadApi.mine(cursor, PAGE_SIZE, signal), []);

  return (
    <KeysetList
      list={list}
      header={<DueSummary today={today} />}
      count={(count, more) => (more ? t('caseload.countMore', { count }) : t('caseload.count', { count }))}
      empty={
        <p>
          {t('caseload.none')} <Link to="/clients/new">{t('caseload.takeInFirst')}</Link>
        </p>
      }
      moreLabel={t('common.showMore')}
    >
      {(items) => (
        <div className="table-scroll">
          <table className="table table-wide table-stack">
            <caption className="visually-hidden">{t('caseload.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('client.caseNumber')}</th>
                <th scope="col">{t('client.names')}</th>
                <th scope="col">{t('client.stage')}</th>
                <th scope="col">{t('client.custody')}</th>
                <th scope="col">{t('caseload.nextDeadline')}</th>
                <th scope="col">{t('caseload.nextAppointment')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <CaseloadRow key={item.clientId} item={item} today={today} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </KeysetList>
  );
}

function CaseloadRow({ item, today }: { readonly item: CaseloadItem; readonly today: string }) {
  const { t } = useI18n();
  const deadline = item.nextDeadline;
  const overdue = deadline !== null && deadline.dueDate < today;
  return (
    <tr className={overdue ? 'row-overdue' : undefined}>
      <th scope="row" className="nowrap">
        <Link to={`/clients/${item.clientId}`}>{item.caseNumber}</Link>
        {item.role === 'other' ? (
          <>
            <br />
            <span className="badge">{t('caseload.roleOther')}</span>
          </>
        ) : null}
      </th>
      <td data-label={t('client.names')}>
        <ClientNames names={item} />
      </td>
      <td data-label={t('client.stage')}>{stageLabel(t, item.stage)}</td>
      <td data-label={t('client.custody')}>{custodyLabel(t, item.custodyStatus)}</td>
      <td data-label={t('caseload.nextDeadline')}>
        {deadline ? (
          <div className="next-deadline">
            <span>{deadlineKindLabel(t, deadline.kind)}</span>
            <span className="nowrap">
              <LocalDate value={deadline.dueDate} />
            </span>
            <span>
              <DaysLeft dueDate={deadline.dueDate} today={today} /> <HardnessBadge hardness={deadline.hardness} />
            </span>
          </div>
        ) : (
          <span className="muted">{t('caseload.noDeadline')}</span>
        )}
      </td>
      <td className="nowrap" data-label={t('caseload.nextAppointment')}>
        {item.nextAppointmentAt ? <DateTime iso={item.nextAppointmentAt} /> : <span className="muted">—</span>}
      </td>
    </tr>
  );
}

/** How many of my open deadlines are overdue or due within 7 days, and which they are. */
function DueSummary({ today }: { readonly today: string }) {
  const { t } = useI18n();
  const due = useAsync((signal) => deadlinesApi.mine({ to: addDaysToLocalDate(today, 7) }, signal), [today]);
  if (due.error) return <ErrorAlert error={due.error} onRetry={due.reload} />;
  if (!due.data) return null;
  const overdue = due.data.filter((d) => d.dueDate < today).length;
  const soon = due.data.length - overdue;
  return (
    <>
      <ul className="stat-cards" aria-label={t('caseload.summary')}>
        <li className={`stat-card${overdue > 0 ? ' stat-card-alarm' : ''}`}>
          <span className="stat-number">{overdue}</span> <span className="stat-label">{t('caseload.overdueCount')}</span>
        </li>
        <li className={`stat-card${soon > 0 ? ' stat-card-warn' : ''}`}>
          <span className="stat-number">{soon}</span> <span className="stat-label">{t('caseload.dueWeekCount')}</span>
        </li>
      </ul>
      {due.data.length > 0 ? (
        <details className="due-list">
          <summary>{t('caseload.showDue')}</summary>
          <ul className="plain-list">
            {due.data.map((deadline) => (
              <li key={deadline.id} className={deadline.dueDate < today ? 'row-overdue' : undefined}>
                <Link to={`/clients/${deadline.clientId}?tab=deadlines`}>{deadline.caseNumber}</Link> {deadlineKindLabel(t, deadline.kind)}{' '}
                <span className="nowrap">
                  <LocalDate value={deadline.dueDate} />
                </span>{' '}
                <DaysLeft dueDate={deadline.dueDate} today={today} /> <HardnessBadge hardness={deadline.hardness} />
                {deadline.confidence === 'U' ? (
                  <>
                    {' '}
                    <ConfidenceBadge confidence={deadline.confidence} />
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}
