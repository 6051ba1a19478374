import { useState, type FormEvent } from 'react';
import { applicationsApi } from '../../api/applications-api';
import { isApiError } from '../../api/http-client';
import { PROTECTION_KINDS, type ApplicationView, type ProtectionKind, type StageHistoryEntry } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { TextAreaField, TextField } from '../../components/form-fields';
import { LocalDate } from '../../components/local-date';
import { Loading } from '../../components/loading';
import { Notice } from '../../components/notice';
import { StaleAlert } from '../../components/stale-alert';
import { useAction, useAsync } from '../../hooks/use-async';
import { fieldProblemsOf, problemFor } from '../../i18n/describe-error';
import { todayInTokyo } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';
import { anyStageLabel, dateFieldLabel, protectionKindLabel, stageLabel } from '../../i18n/labels';
import type { FileContext } from './file-context';
import { StepForm } from './step-form';
import { StepHistory } from './step-history';
import { useMe } from '../../session/session-context';
import { offers } from './file-access';
import { ChecklistPanel } from './documents/checklist-panel';

/** The protection applications of the file, newest first: where each stands, its next step, its history. */
export function ApplicationsTab({ client, round, onChanged }: FileContext) {
  const { t } = useI18n();
  const applications = useAsync((signal) => applicationsApi.list(client.id, signal), [client.id, round]);
  const me = useMe();
  const open = client.status === 'open';

  if (applications.error && !applications.data) return <ErrorAlert error={applications.error} onRetry={applications.reload} />;
  if (!applications.data) return <Loading />;
  const newestFirst = [...applications.data].sort((a, b) => b.applicationNo - a.applicationNo);

  return (
    <>
      {newestFirst.length === 0 ? <p className="section-first">{t('applications.none')}</p> : null}
      {newestFirst.map((application, index) => (
        <ApplicationCard
          key={application.id}
          application={application}
          latest={index === 0}
          editable={open && offers(client, me.role, 'application.step')}
          amendable={open && offers(client, me.role, 'application.update') && offers(client, me.role, 'application.step-correction')}
          round={round}
          onChanged={onChanged}
        />
      ))}
      {open && offers(client, me.role, 'application.open') ? <OpenApplication clientId={client.id} onOpened={onChanged} /> : null}
    </>
  );
}

interface ApplicationCardProps {
  readonly application: ApplicationView;
  readonly latest: boolean;
  readonly editable: boolean;
  /** Correcting what was recorded (a step's dates, reasonable grounds), not offered under emergency access. */
  readonly amendable: boolean;
  readonly round: number;
  readonly onChanged: () => void;
}

function ApplicationCard({ application: initial, latest, editable, amendable, round, onChanged }: ApplicationCardProps) {
  const { t } = useI18n();
  const [application, setApplication] = useState(initial);
  const [notice, setNotice] = useState<string | null>(null);
  const current = application.version >= initial.version ? application : initial;
  const today = todayInTokyo();
  const step = useAction((request: Parameters<typeof applicationsApi.step>[2]) => applicationsApi.step(current.clientId, current.id, request));
  const reload = useAction(() => applicationsApi.list(current.clientId));

  const loadCurrent = async () => {
    step.clearError();
    const result = await reload.run();
    const fresh = result.ok ? result.value.find((a) => a.id === current.id) : undefined;
    if (fresh) setApplication(fresh);
  };

  const record = async (request: Parameters<typeof applicationsApi.step>[2]) => {
    setNotice(null);
    const result = await step.run(request);
    if (result.ok) {
      setApplication(result.value);
      setNotice(t('applications.stepRecorded'));
      onChanged();
    } else if (isApiError(result.error, 'STAGE_TRANSITION_NOT_ALLOWED')) {
      // Someone recorded another step meanwhile: offer what is possible now.
      const fresh = await reload.run();
      const found = fresh.ok ? fresh.value.find((a) => a.id === current.id) : undefined;
      if (found) setApplication(found);
    }
  };

  const Wrapper = latest ? 'section' : 'details';
  const title = t('applications.title', { n: current.applicationNo, kind: protectionKindLabel(t, current.kind) });

  return (
    <Wrapper className="section application" aria-labelledby={latest ? `application-${current.id}` : undefined}>
      {latest ? (
        <h2 id={`application-${current.id}`}>{title}</h2>
      ) : (
        <summary>
          <span className="summary-title">{title}</span> — {stageLabel(t, current.stage)}
        </summary>
      )}
      <dl className="facts">
        <div>
          <dt>{t('applications.stage')}</dt>
          <dd>
            <strong>{stageLabel(t, current.stage)}</strong>
          </dd>
        </div>
        <div>
          <dt>{t('applications.filedOn')}</dt>
          <dd>
            <LocalDate value={current.filedOn} />
          </dd>
        </div>
        <div>
          <dt>{t('applications.bureau')}</dt>
          <dd>{current.regionalBureau ?? '—'}</dd>
        </div>
      </dl>
      <RemovalBox application={current} editable={amendable} onChanged={(updated) => setApplication(updated)} />
      {notice ? <Notice tone="success">{notice}</Notice> : null}
      <ChecklistPanel key={current.stage} clientId={current.clientId} applicationId={current.id} round={round} />

      {editable && current.allowedTransitions.length > 0 ? (
        <div className="subsection">
          <h3>{t('applications.recordStep')}</h3>
          <ErrorAlert error={reload.error} />
          <StepForm
            key={current.version}
            options={current.allowedTransitions}
            track="protection"
            busy={step.busy}
            error={step.error}
            today={today}
            submitLabel={t('applications.recordSubmit')}
            onReload={() => void loadCurrent()}
            onSubmit={(option, dates, note) => void record({ version: current.version, to: option.to, outcome: option.outcome, dates, note })}
          />
        </div>
      ) : null}
      {editable && current.allowedTransitions.length === 0 ? <p className="muted">{t('applications.noNextStep')}</p> : null}

      {amendable && current.history.length > 0 ? (
        <CorrectLastStep
          key={current.version}
          application={current}
          onReload={() => void loadCurrent()}
          onCorrected={(updated) => {
            setApplication(updated);
            setNotice(t('applications.corrected'));
            onChanged();
          }}
        />
      ) : null}

      <h3>{t('applications.history')}</h3>
      <StepHistory entries={current.history} caption={t('applications.history')} track="protection" />
    </Wrapper>
  );
}

/** Whether removal is suspended while this application is pending, and why (3rd+ applications). */
function RemovalBox({ application, editable, onChanged }: { readonly application: ApplicationView; readonly editable: boolean; readonly onChanged: (application: ApplicationView) => void }) {
  const { t, locale } = useI18n();
  const reasons = locale === 'ja' ? application.removal.reasonsJa : application.removal.reasonsEn;
  return (
    <div className={`removal-box${application.subsequentApplication ? ' removal-box-subsequent' : ''}`}>
      {application.subsequentApplication ? (
        <p className="emphasis">
          <span className="badge badge-subsequent">{t('applications.subsequent')}</span> {t('applications.subsequentExplain')}
        </p>
      ) : null}
      <p>
        <strong>{t('applications.removal')}</strong> {application.removal.suspended ? t('applications.removalSuspended') : t('applications.removalNotSuspended')}
      </p>
      {reasons.length > 0 ? (
        <ul>
          {reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      ) : null}
      {application.removal.unverified ? <p className="unverified">{t('applications.removalUnverified')}</p> : null}
      {application.subsequentApplication ? <ReasonableGrounds application={application} editable={editable} onChanged={onChanged} /> : null}
    </div>
  );
}

function ReasonableGrounds({ application, editable, onChanged }: { readonly application: ApplicationView; readonly editable: boolean; readonly onChanged: (application: ApplicationView) => void }) {
  const { t } = useI18n();
  const [on, setOn] = useState(application.reasonableGroundsSubmittedOn ?? '');
  const save = useAction(() => applicationsApi.update(application.clientId, application.id, { version: application.version, reasonableGroundsSubmittedOn: on === '' ? null : on }));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = await save.run();
    if (result.ok) onChanged(result.value);
  };

  return (
    <>
      <p>
        {t('applications.reasonableGrounds')}{' '}
        {application.reasonableGroundsSubmitted ? (
          <>
            {t('applications.reasonableGroundsOn')} <LocalDate value={application.reasonableGroundsSubmittedOn} />
          </>
        ) : (
          t('applications.reasonableGroundsNone')
        )}
      </p>
      {editable ? (
        <form className="form form-inline" onSubmit={(event) => void submit(event)}>
          <ErrorAlert error={save.error} />
          <TextField label={t('applications.reasonableGroundsDate')} type="date" max={todayInTokyo()} value={on} onChange={(event) => setOn(event.target.value)} />
          <button type="submit" className="button button-secondary" disabled={save.busy}>
            {t('common.save')}
          </button>
        </form>
      ) : null}
    </>
  );
}

/** The last step's dates were typed wrong: record them again; its deadlines are computed again. */
interface CorrectLastStepProps {
  readonly application: ApplicationView;
  readonly onCorrected: (application: ApplicationView) => void;
  readonly onReload: () => void;
}

function CorrectLastStep({ application, onCorrected, onReload }: CorrectLastStepProps) {
  const { t, locale } = useI18n();
  const last = [...application.history].sort((a, b) => a.recordedAt.localeCompare(b.recordedAt)).at(-1) as StageHistoryEntry;
  const fields = Object.keys(last.dates);
  const [dates, setDates] = useState<Readonly<Record<string, string>>>(last.dates);
  const [note, setNote] = useState('');
  const correct = useAction(() => applicationsApi.correctLastStep(application.clientId, application.id, { version: application.version, dates, note: note.trim() === '' ? null : note.trim() }));
  const problems = fieldProblemsOf(correct.error, t, locale);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = await correct.run();
    if (result.ok) onCorrected(result.value);
  };

  return (
    <details className="subsection correction">
      <summary>{t('applications.correctTitle', { step: anyStageLabel(t, last.to) })}</summary>
      {fields.length === 0 ? (
        <p className="muted">{t('applications.correctNoDates')}</p>
      ) : (
        <form className="form" onSubmit={(event) => void submit(event)}>
          <p className="field-hint">{t('applications.correctExplain')}</p>
          {isApiError(correct.error, 'STALE_VERSION') ? <StaleAlert onReload={onReload} /> : <ErrorAlert error={correct.error} fieldLabel={(field) => dateFieldLabel(t, field)} />}
          <div className="field-grid">
            {fields.map((field) => (
              <TextField
                key={field}
                label={dateFieldLabel(t, field)}
                type="date"
                required
                problem={problemFor(problems, field)}
                value={dates[field] ?? ''}
                onChange={(event) => setDates({ ...dates, [field]: event.target.value })}
              />
            ))}
          </div>
          <TextAreaField label={t('applications.correctWhy')} rows={2} maxLength={2000} value={note} onChange={(event) => setNote(event.target.value)} />
          <div className="button-row">
            <button type="submit" className="button button-primary" disabled={correct.busy}>
              {t('applications.correctSubmit')}
            </button>
          </div>
        </form>
      )}
    </details>
  );
}

function OpenApplication({ clientId, onOpened }: { readonly clientId: string; readonly onOpened: () => void }) {
  const { t } = useI18n();
  const [kind, setKind] = useState<ProtectionKind>('REFUGEE_AND_CP');
  const [bureau, setBureau] = useState('');
  const [opened, setOpened] = useState(false);
  const open = useAction(() => applicationsApi.open(clientId, kind, bureau.trim() === '' ? null : bureau.trim()));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setOpened(false);
    const result = await open.run();
    if (result.ok) {
      setOpened(true);
      setBureau('');
      onOpened();
    }
  };

  return (
    <section className="section" aria-labelledby="applications-open">
      <h2 id="applications-open">{t('applications.openTitle')}</h2>
      <p className="muted">{t('applications.openExplain')}</p>
      {opened ? <Notice tone="success">{t('applications.opened')}</Notice> : null}
      <ErrorAlert error={open.error} />
      <form className="form" onSubmit={(event) => void submit(event)}>
        <fieldset className="fieldset">
          <legend>{t('applications.kind')}</legend>
          <div className="radio-list">
            {PROTECTION_KINDS.map((option) => (
              <label key={option} className="radio">
                <input type="radio" name="application-kind" checked={kind === option} onChange={() => setKind(option)} />
                <span>{protectionKindLabel(t, option)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <TextField label={t('applications.bureau')} hint={t('applications.bureauHint')} maxLength={200} value={bureau} onChange={(event) => setBureau(event.target.value)} />
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={open.busy}>
            {t('applications.openSubmit')}
          </button>
        </div>
      </form>
    </section>
  );
}
