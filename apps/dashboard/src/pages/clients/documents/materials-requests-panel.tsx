import { useState, type FormEvent } from 'react';
import { documentsApi } from '../../../api/documents-api';
import { isApiError } from '../../../api/http-client';
import type { ApplicationView, ClientView, MaterialsRequestStatus, MaterialsRequestView } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { SelectField, TextAreaField, TextField } from '../../../components/form-fields';
import { LocalDate } from '../../../components/local-date';
import { Loading } from '../../../components/loading';
import { Notice } from '../../../components/notice';
import { StaleAlert } from '../../../components/stale-alert';
import { useAction, useAsync } from '../../../hooks/use-async';
import { todayInTokyo } from '../../../i18n/format';
import { useI18n, type MessageKey } from '../../../i18n/i18n';
import { protectionKindLabel } from '../../../i18n/labels';
import { useMe } from '../../../session/session-context';
import { offers } from '../file-access';

const STATUS_LABELS: Readonly<Record<MaterialsRequestStatus, MessageKey>> = {
  open: 'materials.status.open',
  answered: 'materials.status.answered',
  withdrawn: 'materials.status.withdrawn',
};

interface MaterialsRequestsPanelProps {
  readonly client: ClientView;
  readonly applications: readonly ApplicationView[];
  readonly round: number;
  readonly onChanged: () => void;
}

/** ISA's requests for further materials: each one a deadline with reminders until it is answered. */
export function MaterialsRequestsPanel({ client, applications, round, onChanged }: MaterialsRequestsPanelProps) {
  const { t } = useI18n();
  const me = useMe();
  const requests = useAsync((signal) => documentsApi.materialsRequests(client.id, signal), [client.id, round]);
  const [created, setCreated] = useState(false);
  const open = client.status === 'open';
  const canUpdate = open && offers(client, me.role, 'materials-request.update');

  return (
    <section className="section" aria-labelledby="materials-requests">
      <h2 id="materials-requests">{t('materials.title')}</h2>
      <p className="muted">{t('materials.explain')}</p>
      {created ? <Notice tone="success">{t('materials.created')}</Notice> : null}
      {requests.error ? <ErrorAlert error={requests.error} onRetry={requests.reload} /> : null}
      {!requests.data && !requests.error ? <Loading /> : null}
      {requests.data && requests.data.length === 0 ? <p className="muted">{t('materials.none')}</p> : null}
      {requests.data && requests.data.length > 0 ? (
        <ul className="card-list">
          {requests.data.map((request) => (
            <RequestCard key={`${request.id}:${request.version}`} clientId={client.id} request={request} editable={canUpdate} onChanged={onChanged} onReload={requests.reload} />
          ))}
        </ul>
      ) : null}
      {open && offers(client, me.role, 'materials-request.create') ? (
        <CreateRequest
          clientId={client.id}
          applications={applications}
          onCreated={() => {
            setCreated(true);
            onChanged();
          }}
        />
      ) : null}
    </section>
  );
}

interface RequestCardProps {
  readonly clientId: string;
  readonly request: MaterialsRequestView;
  readonly editable: boolean;
  readonly onChanged: () => void;
  readonly onReload: () => void;
}

function RequestCard({ clientId, request, editable, onChanged, onReload }: RequestCardProps) {
  const { t } = useI18n();
  const [resolvedOn, setResolvedOn] = useState(todayInTokyo());
  const resolve = useAction((status: MaterialsRequestStatus) => documentsApi.updateMaterialsRequest(clientId, request.id, { version: request.version, status, resolvedOn }));

  const close = async (status: MaterialsRequestStatus) => {
    const result = await resolve.run(status);
    if (result.ok) onChanged();
  };

  return (
    <li className="card">
      <p className="card-title">
        <span className={`badge badge-materials-${request.status}`}>{t(STATUS_LABELS[request.status])}</span> {t('materials.dueOn')} <LocalDate value={request.dueDate} />
      </p>
      <p className="pre-line">{request.description}</p>
      <p className="small muted">
        {t('materials.receivedOn')} <LocalDate value={request.receivedOn} />
        {request.resolvedOn ? (
          <>
            {' '}
            · {t('materials.resolvedOn')} <LocalDate value={request.resolvedOn} />
          </>
        ) : null}
      </p>
      {editable && request.status === 'open' ? (
        <div className="form form-inline">
          {isApiError(resolve.error, 'STALE_VERSION') ? <StaleAlert onReload={onReload} /> : <ErrorAlert error={resolve.error} />}
          <TextField label={t('materials.resolvedOnField')} type="date" max={todayInTokyo()} value={resolvedOn} onChange={(event) => setResolvedOn(event.target.value)} />
          <div className="button-row">
            <button type="button" className="button button-secondary button-small" disabled={resolve.busy || resolvedOn === ''} onClick={() => void close('answered')}>
              {t('materials.markAnswered')}
            </button>
            <button type="button" className="button button-secondary button-small" disabled={resolve.busy || resolvedOn === ''} onClick={() => void close('withdrawn')}>
              {t('materials.markWithdrawn')}
            </button>
          </div>
        </div>
      ) : null}
    </li>
  );
}

function CreateRequest({ clientId, applications, onCreated }: { readonly clientId: string; readonly applications: readonly ApplicationView[]; readonly onCreated: () => void }) {
  const { t } = useI18n();
  const [applicationId, setApplicationId] = useState(applications[0]?.id ?? '');
  const [receivedOn, setReceivedOn] = useState(todayInTokyo());
  const [dueDate, setDueDate] = useState('');
  const [description, setDescription] = useState('');
  const create = useAction(() => documentsApi.createMaterialsRequest(clientId, { applicationId: applicationId || undefined, receivedOn, dueDate, description: description.trim() }));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = await create.run();
    if (result.ok) {
      setDueDate('');
      setDescription('');
      onCreated();
    }
  };

  return (
    <details className="subsection">
      <summary>{t('materials.add')}</summary>
      <form className="form" onSubmit={(event) => void submit(event)}>
        <ErrorAlert error={create.error} />
        <div className="field-grid">
          <SelectField label={t('documents.application')} value={applicationId} onChange={(event) => setApplicationId(event.target.value)}>
            <option value="">{t('documents.noApplication')}</option>
            {applications.map((application) => (
              <option key={application.id} value={application.id}>
                {t('applications.title', { n: application.applicationNo, kind: protectionKindLabel(t, application.kind) })}
              </option>
            ))}
          </SelectField>
          <TextField label={t('materials.receivedOn')} type="date" required max={todayInTokyo()} value={receivedOn} onChange={(event) => setReceivedOn(event.target.value)} />
          <TextField label={t('materials.dueOn')} type="date" required min={receivedOn} value={dueDate} onChange={(event) => setDueDate(event.target.value)} />
        </div>
        <TextAreaField label={t('materials.description')} hint={t('materials.descriptionHint')} rows={3} maxLength={4000} required value={description} onChange={(event) => setDescription(event.target.value)} />
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={create.busy}>
            {t('materials.addSubmit')}
          </button>
        </div>
      </form>
    </details>
  );
}
