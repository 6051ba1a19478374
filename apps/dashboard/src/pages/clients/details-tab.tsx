import { useState, type FormEvent, type ReactNode } from 'react';
import { clientsApi } from '../../api/clients-api';
import { isApiError } from '../../api/http-client';
import { teamsApi } from '../../api/teams-api';
import type { ClientView } from '../../api/types';
import { ConfirmButton } from '../../components/confirm-button';
import { ErrorAlert } from '../../components/error-alert';
import { CheckboxField, SelectField, TextAreaField } from '../../components/form-fields';
import { LocalDate } from '../../components/local-date';
import { Loading } from '../../components/loading';
import { Notice } from '../../components/notice';
import { StaleAlert } from '../../components/stale-alert';
import { useAction, useAsync } from '../../hooks/use-async';
import { fieldProblemsOf, problemFor } from '../../i18n/describe-error';
import { languageName } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';
import { consentLabel, flagLabel, genderLabel } from '../../i18n/labels';
import { useMe } from '../../session/session-context';
import type { FileContext } from './file-context';
import { ExportSection } from './export-section';
import { CareFields, PersonFields, personDetails, personDraftOf, type PersonDraft } from './person-fields';
import { offers } from './file-access';

/** Personal details (and their correction), who works on the file, closing and reopening it. */
export function DetailsTab({ client, onClientChanged }: FileContext) {
  const { t } = useI18n();
  const me = useMe();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const open = client.status === 'open';

  return (
    <>
      <section className="section section-first" aria-labelledby="details-person">
        <div className="section-header">
          <h2 id="details-person">{t('details.title')}</h2>
          {open && !editing && offers(client, me.role, 'client.update') ? (
            <button
              type="button"
              className="button button-secondary"
              onClick={() => {
                setSaved(false);
                setEditing(true);
              }}
            >
              {t('details.edit')}
            </button>
          ) : null}
        </div>
        {saved ? <Notice tone="success">{t('common.saved')}</Notice> : null}
        {editing ? (
          <EditDetailsForm
            key={client.version}
            client={client}
            onSaved={(updated) => {
              onClientChanged(updated);
              setEditing(false);
              setSaved(true);
            }}
            onCancel={() => setEditing(false)}
            onReload={(updated) => onClientChanged(updated)}
          />
        ) : (
          <PersonFacts client={client} />
        )}
      </section>
      {me.role === 'supervisor' && open && offers(client, me.role, 'client.reassign') ? <Assignments client={client} onChanged={onClientChanged} /> : null}
      {offers(client, me.role, 'client.export') ? <ExportSection client={client} /> : null}
      {offers(client, me.role, open ? 'client.close' : 'client.reopen') ? <CloseOrReopen client={client} onChanged={onClientChanged} /> : null}
    </>
  );
}

function PersonFacts({ client }: { readonly client: ClientView }) {
  const { t, locale } = useI18n();
  const separator = locale === 'ja' ? '、' : ', ';
  const language = (code: string) => {
    const name = languageName(code, locale);
    return name ? `${code} (${name})` : code;
  };
  const facts: [string, ReactNode][] = [
    [t('client.familyName'), client.familyName],
    [t('client.givenName'), client.givenName || '—'],
    [t('client.nativeName'), client.nativeName ? <span dir="auto">{client.nativeName}</span> : '—'],
    [t('client.katakanaName'), client.katakanaName ? <span lang="ja">{client.katakanaName}</span> : '—'],
    [t('client.aliases'), client.aliases.length > 0 ? client.aliases.join(separator) : '—'],
    [
      t('client.dateOfBirth'),
      client.dateOfBirth ? (
        <>
          <LocalDate value={client.dateOfBirth} />
          {client.dateOfBirthApproximate ? ` (${t('client.approximate')})` : ''}
        </>
      ) : (
        '—'
      ),
    ],
    [t('client.gender'), client.gender ? genderLabel(t, client.gender) : '—'],
    [t('client.nationality'), client.nationality ?? '—'],
    [t('client.residenceCardNumber'), client.residenceCardNumber ?? '—'],
    [t('client.languages'), client.languages.length > 0 ? client.languages.map(language).join(separator) : '—'],
    [t('client.interpreter'), client.interpreterNeeded ? (client.interpreterLanguage ? language(client.interpreterLanguage) : t('client.interpreterYes')) : t('client.interpreterNo')],
    [t('client.phone'), client.phone ?? '—'],
    [t('client.email'), client.email ?? '—'],
    [t('client.address'), client.address ?? '—'],
    [t('client.landingDate'), <LocalDate key="landing" value={client.landingDate} />],
    [t('client.landingPort'), client.landingPort ?? '—'],
  ];
  return (
    <>
      <dl className="facts">
        {facts.map(([name, value]) => (
          <div key={name}>
            <dt>{name}</dt>
            <dd className="break">{value}</dd>
          </div>
        ))}
      </dl>
      <h3>{t('intake.section.vulnerability')}</h3>
      {client.vulnerabilityFlags.length === 0 ? (
        <p className="muted">{t('details.noFlags')}</p>
      ) : (
        <ul className="tag-list">
          {client.vulnerabilityFlags.map((flag) => (
            <li key={flag} className="badge badge-flag">
              {flagLabel(t, flag)}
            </li>
          ))}
        </ul>
      )}
      <h3>{t('intake.section.consents')}</h3>
      {client.consents.length === 0 ? (
        <p className="muted">{t('details.noConsents')}</p>
      ) : (
        <ul className="plain-list consent-list">
          {client.consents.map((consent) => (
            <li key={consent.kind}>
              <strong>{consentLabel(t, consent.kind)}</strong> — <LocalDate value={consent.givenOn} /> · {consent.scope}
              {consent.withdrawnOn ? (
                <>
                  {' '}
                  <span className="badge badge-withdrawn">
                    {t('consent.withdrawn')} <LocalDate value={consent.withdrawnOn} />
                  </span>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

interface EditDetailsFormProps {
  readonly client: ClientView;
  readonly onSaved: (client: ClientView) => void;
  readonly onCancel: () => void;
  readonly onReload: (client: ClientView) => void;
}

/** Sends the details with the version they were read at; someone else's save first is said plainly. */
function EditDetailsForm({ client, onSaved, onCancel, onReload }: EditDetailsFormProps) {
  const { t, locale } = useI18n();
  const [draft, setDraft] = useState<PersonDraft>(() => personDraftOf(client));
  const save = useAction(() => clientsApi.update(client.id, client.version, personDetails(draft)));
  const reload = useAction(() => clientsApi.get(client.id));
  const problems = fieldProblemsOf(save.error, t, locale);
  const problem = (field: string) => problemFor(problems, field);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = await save.run();
    if (result.ok) onSaved(result.value);
  };

  const loadCurrent = async () => {
    const result = await reload.run();
    if (result.ok) onReload(result.value);
  };

  return (
    <form className="form form-wide" onSubmit={(event) => void submit(event)}>
      {isApiError(save.error, 'STALE_VERSION') ? <StaleAlert onReload={() => void loadCurrent()} /> : <ErrorAlert error={save.error} />}
      <ErrorAlert error={reload.error} />
      <PersonFields draft={draft} onChange={setDraft} problem={problem} />
      <CareFields draft={draft} onChange={setDraft} problem={problem} />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={save.busy}>
          {save.busy ? t('common.saving') : t('common.saveChanges')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

/** A supervisor moves the file to other workers of its team. */
function Assignments({ client, onChanged }: { readonly client: ClientView; readonly onChanged: (client: ClientView) => void }) {
  const { t } = useI18n();
  const team = useAsync((signal) => teamsApi.get(client.teamId, signal), [client.teamId]);
  const [primary, setPrimary] = useState(client.assignments.find((a) => a.role === 'primary')?.userId ?? '');
  const [others, setOthers] = useState<readonly string[]>(client.assignments.filter((a) => a.role === 'other').map((a) => a.userId));
  const [done, setDone] = useState(false);
  const save = useAction(() => clientsApi.reassign(client.id, client.version, primary, others.filter((id) => id !== primary)));
  const reload = useAction(() => clientsApi.get(client.id));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setDone(false);
    const result = await save.run();
    if (result.ok) {
      setDone(true);
      onChanged(result.value);
    }
  };

  const workers = (team.data?.members ?? []).filter((m) => m.active && (m.role === 'caseworker' || m.role === 'supervisor'));
  const unique = [...new Map(workers.map((w) => [w.userId, w])).values()];

  return (
    <section className="section" aria-labelledby="details-assign">
      <h2 id="details-assign">{t('assign.title')}</h2>
      <p className="muted">{t('assign.intro')}</p>
      {done ? <Notice tone="success">{t('assign.done')}</Notice> : null}
      {team.error ? <ErrorAlert error={team.error} onRetry={team.reload} /> : null}
      {isApiError(save.error, 'STALE_VERSION') ? (
        <StaleAlert
          onReload={() =>
            void reload.run().then((result) => {
              if (result.ok) onChanged(result.value);
            })
          }
        />
      ) : (
        <ErrorAlert error={save.error} />
      )}
      {!team.data && !team.error ? <Loading /> : null}
      {team.data ? (
        <form className="form" onSubmit={(event) => void submit(event)}>
          <SelectField label={t('file.primaryWorker')} required value={primary} onChange={(event) => setPrimary(event.target.value)}>
            <option value="">{t('common.choose')}</option>
            {unique.map((worker) => (
              <option key={worker.userId} value={worker.userId}>
                {worker.displayName}
              </option>
            ))}
          </SelectField>
          <fieldset className="fieldset">
            <legend>{t('file.otherWorkers')}</legend>
            {unique
              .filter((worker) => worker.userId !== primary)
              .map((worker) => (
                <CheckboxField
                  key={worker.userId}
                  label={worker.displayName}
                  checked={others.includes(worker.userId)}
                  onChange={(event) => setOthers(event.target.checked ? [...others, worker.userId] : others.filter((id) => id !== worker.userId))}
                />
              ))}
          </fieldset>
          <div className="button-row">
            <button type="submit" className="button button-primary" disabled={save.busy || primary === ''}>
              {t('assign.submit')}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}

function CloseOrReopen({ client, onChanged }: { readonly client: ClientView; readonly onChanged: (client: ClientView) => void }) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [attempted, setAttempted] = useState(false);
  const close = useAction(() => clientsApi.close(client.id, client.version, reason.trim()));
  const reopen = useAction(() => clientsApi.reopen(client.id, client.version));
  const reload = useAction(() => clientsApi.get(client.id));
  const error = close.error ?? reopen.error;
  const reasonProblem = [...reason.trim()].length < 3 ? t('close.reasonProblem') : undefined;

  const submitClose = async () => {
    setAttempted(true);
    if (reasonProblem) return;
    const result = await close.run();
    if (result.ok) onChanged(result.value);
  };

  return (
    <section className="section" aria-labelledby="details-close">
      <h2 id="details-close">{client.status === 'open' ? t('close.title') : t('reopen.title')}</h2>
      {isApiError(error, 'STALE_VERSION') ? (
        <StaleAlert
          onReload={() =>
            void reload.run().then((result) => {
              if (result.ok) onChanged(result.value);
            })
          }
        />
      ) : (
        <ErrorAlert error={error} />
      )}
      {client.status === 'open' ? (
        <div className="form">
          <p className="muted">{t('close.explain')}</p>
          <TextAreaField
            label={t('close.reason')}
            hint={t('close.reasonHint')}
            rows={2}
            maxLength={1000}
            problem={attempted ? reasonProblem : undefined}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
          <ConfirmButton label={t('close.submit')} question={t('close.question')} confirmLabel={t('close.confirm')} danger busy={close.busy} onConfirm={() => void submitClose()} />
        </div>
      ) : client.status === 'closed' ? (
        <div>
          <p className="muted">{t('reopen.explain')}</p>
          <button
            type="button"
            className="button button-secondary"
            disabled={reopen.busy}
            onClick={() =>
              void reopen.run().then((result) => {
                if (result.ok) onChanged(result.value);
              })
            }
          >
            {t('reopen.submit')}
          </button>
        </div>
      ) : null}
    </section>
  );
}
