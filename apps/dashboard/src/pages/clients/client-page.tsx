import { useState } from 'react';
import { emergencyActionsFor } from '#domain';
import { clientsApi } from '../../api/clients-api';
import { deadlinesApi } from '../../api/deadlines-api';
import { isApiError } from '../../api/http-client';
import type { ClientView } from '../../api/types';
import { ClientNames } from '../../components/client-names';
import { DateTime } from '../../components/date-time';
import { ConfidenceBadge, DaysLeft, HardnessBadge } from '../../components/deadline-parts';
import { ErrorAlert } from '../../components/error-alert';
import { LocalDate } from '../../components/local-date';
import { Loading } from '../../components/loading';
import { Notice } from '../../components/notice';
import { Page } from '../../components/page';
import { useAsync } from '../../hooks/use-async';
import { todayInTokyo } from '../../i18n/format';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { clientStatusLabel, custodyLabel, deadlineKindLabel, residenceLabel } from '../../i18n/labels';
import { Link, useSearchParams } from '../../router/router';
import { useMe } from '../../session/session-context';
import { BreakGlassForm } from '../emergency/break-glass-form';
import { ApplicationsTab } from './applications-tab';
import { AppointmentsTab } from './appointments-tab';
import { DeadlinesTab } from './deadlines-tab';
import { DetailsTab } from './details-tab';
import { DocumentsTab } from './documents/documents-tab';
import type { FileContext } from './file-context';
import { ReferralsTab } from './referrals/referrals-tab';
import { StatusTab } from './status-tab';
import { TimelineTab } from './timeline-tab';

const TABS = ['details', 'applications', 'documents', 'referrals', 'status', 'appointments', 'deadlines', 'timeline'] as const;
type Tab = (typeof TABS)[number];

const TAB_LABELS: Readonly<Record<Tab, MessageKey>> = {
  details: 'file.tab.details',
  applications: 'file.tab.applications',
  documents: 'file.tab.documents',
  referrals: 'file.tab.referrals',
  status: 'file.tab.status',
  appointments: 'file.tab.appointments',
  deadlines: 'file.tab.deadlines',
  timeline: 'file.tab.timeline',
};

/**
 * One client's file: who they are, where each track of the procedure stands, what is due, and
 * what happened. The window title names only the case number, never the person.
 */
export function ClientPage({ id }: { readonly id: string }) {
  const { t } = useI18n();
  const me = useMe();
  const client = useAsync((signal) => clientsApi.get(id, signal), [id]);
  const [params] = useSearchParams();
  const [round, setRound] = useState(0);

  if (client.error && !client.data) {
    const notFound = isApiError(client.error, 'RECORD_NOT_FOUND');
    return (
      <Page title={t('file.title')}>
        <ErrorAlert error={client.error} onRetry={notFound ? undefined : client.reload} messages={{ RECORD_NOT_FOUND: 'file.notFound' }} />
        {notFound && (me.role === 'supervisor' || me.role === 'admin') ? (
          <section className="section" aria-labelledby="file-emergency">
            <h2 id="file-emergency">{t('emergency.title')}</h2>
            <p>{t('file.notFoundEmergency')}</p>
            <BreakGlassForm clientId={id} onOpened={(opened) => client.setData(opened)} />
          </section>
        ) : null}
        <p className="secondary-links">
          <Link to={me.role === 'admin' ? '/emergency-access' : '/clients'}>{me.role === 'admin' ? t('emergency.title') : t('clients.backToSearch')}</Link>
        </p>
      </Page>
    );
  }
  if (!client.data) {
    return (
      <Page title={t('file.title')}>
        <Loading />
      </Page>
    );
  }

  const current = client.data;
  const tab = TABS.find((candidate) => candidate === params.get('tab')) ?? 'details';
  const context: FileContext = {
    client: current,
    round,
    onChanged: () => {
      setRound((n) => n + 1);
      client.reload();
    },
    onClientChanged: (updated) => {
      client.setData(updated);
      setRound((n) => n + 1);
    },
  };

  return (
    <Page title={t('file.titleWithNumber', { caseNumber: current.caseNumber })} intro={<ClientNames names={current} inline />}>
      {params.get('created') === '1' ? <Notice tone="success">{t('file.created', { caseNumber: current.caseNumber })}</Notice> : null}
      <FileHeader client={current} />
      <DeadlineStrip clientId={current.id} round={round} />
      <FileTabs current={tab} />
      <div className="tab-panel" id="file-panel" role="region" aria-label={t(TAB_LABELS[tab])}>
        {tab === 'details' ? <DetailsTab {...context} /> : null}
        {tab === 'applications' ? <ApplicationsTab {...context} /> : null}
        {tab === 'documents' ? <DocumentsTab {...context} /> : null}
        {tab === 'referrals' ? <ReferralsTab {...context} /> : null}
        {tab === 'status' ? <StatusTab {...context} /> : null}
        {tab === 'appointments' ? <AppointmentsTab {...context} /> : null}
        {tab === 'deadlines' ? <DeadlinesTab {...context} /> : null}
        {tab === 'timeline' ? <TimelineTab {...context} /> : null}
      </div>
    </Page>
  );
}

function FileHeader({ client }: { readonly client: ClientView }) {
  const { t, locale } = useI18n();
  const { role } = useMe();
  const primary = client.assignments.filter((a) => a.role === 'primary');
  const others = client.assignments.filter((a) => a.role === 'other');
  const separator = locale === 'ja' ? '、' : ', ';
  return (
    <>
      {client.access === 'break-glass' ? (
        <div className="alert alert-emergency" role="alert">
          <p className="alert-message">{t('file.breakGlassTitle')}</p>
          <p>
            {client.accessExpiresAt ? (
              <>
                {t('file.breakGlassUntil')} <DateTime iso={client.accessExpiresAt} />
              </>
            ) : (
              t('file.breakGlassHour')
            )}
          </p>
          <p>{t('file.breakGlassAudited')}</p>
          <p>{emergencyActionsFor(role).length === 0 ? t('emergency.readOnly') : t('emergency.recordOnly')}</p>
        </div>
      ) : null}
      {client.status !== 'open' ? (
        <Notice tone="warning">
          <p className="alert-message">{t('file.closedTitle')}</p>
          {client.closedReason ? <p>{t('file.closedReason', { reason: client.closedReason })}</p> : null}
          {client.closedAt ? (
            <p>
              {t('file.closedAt')} <DateTime iso={client.closedAt} />
            </p>
          ) : null}
        </Notice>
      ) : null}
      <dl className="facts file-facts">
        <div>
          <dt>{t('client.fileStatus')}</dt>
          <dd>
            <span className={`badge badge-file-${client.status}`}>{clientStatusLabel(t, client.status)}</span>
          </dd>
        </div>
        <div>
          <dt>{t('file.primaryWorker')}</dt>
          <dd>{primary.length > 0 ? primary.map((a) => a.displayName).join(separator) : '—'}</dd>
        </div>
        <div>
          <dt>{t('file.otherWorkers')}</dt>
          <dd>{others.length > 0 ? others.map((a) => a.displayName).join(separator) : '—'}</dd>
        </div>
        <div>
          <dt>{t('client.residenceStatus')}</dt>
          <dd>
            {residenceLabel(t, client.residence.stage)}
            {client.residence.expiresOn ? (
              <>
                {' '}
                <span className="muted">
                  ({t('file.until')} <LocalDate value={client.residence.expiresOn} />)
                </span>
              </>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>{t('client.custody')}</dt>
          <dd>{custodyLabel(t, client.custody.status)}</dd>
        </div>
        <div>
          <dt>{t('file.access')}</dt>
          <dd>{client.access === 'break-glass' ? <span className="badge badge-emergency">{t('file.accessBreakGlass')}</span> : t('file.accessScope')}</dd>
        </div>
      </dl>
    </>
  );
}

/** The file's open deadlines, nearest first, whatever tab is shown: they must not be missed. */
function DeadlineStrip({ clientId, round }: { readonly clientId: string; readonly round: number }) {
  const { t } = useI18n();
  const today = todayInTokyo();
  const open = useAsync((signal) => deadlinesApi.ofClient(clientId, false, signal), [clientId, round]);
  if (open.error) return <ErrorAlert error={open.error} onRetry={open.reload} />;
  if (!open.data) return null;
  const nearest = [...open.data].sort((a, b) => a.dueDate.localeCompare(b.dueDate)).slice(0, 3);
  return (
    <section className="deadline-strip" aria-labelledby="file-next-deadlines">
      <h2 id="file-next-deadlines">{t('file.nextDeadlines')}</h2>
      {nearest.length === 0 ? (
        <p className="muted">{t('file.noOpenDeadlines')}</p>
      ) : (
        <ul className="plain-list">
          {nearest.map((deadline) => (
            <li key={deadline.id} className={deadline.dueDate < today ? 'strip-item strip-overdue' : 'strip-item'}>
              <strong>{deadlineKindLabel(t, deadline.kind)}</strong> <LocalDate value={deadline.dueDate} /> <DaysLeft dueDate={deadline.dueDate} today={today} />{' '}
              <HardnessBadge hardness={deadline.hardness} />
              {deadline.confidence === 'U' ? (
                <>
                  {' '}
                  <ConfidenceBadge confidence="U" />
                </>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {open.data.length > 0 ? (
        <p>
          <Link to="?tab=deadlines">{t('file.allDeadlines', { count: open.data.length })}</Link>
        </p>
      ) : null}
    </section>
  );
}

function FileTabs({ current }: { readonly current: Tab }) {
  const { t } = useI18n();
  return (
    <nav className="tabs" aria-label={t('file.sections')}>
      <ul>
        {TABS.map((tab) => (
          <li key={tab}>
            <Link to={`?tab=${tab}`} aria-current={tab === current ? 'page' : undefined} aria-controls="file-panel">
              {t(TAB_LABELS[tab])}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
