import { useState, type FormEvent } from 'react';
import { appointmentsApi } from '../../api/appointments-api';
import { isApiError } from '../../api/http-client';
import { APPOINTMENT_KINDS, type AppointmentKind, type AppointmentUpdate, type AppointmentView } from '../../api/types';
import { ConfirmButton } from '../../components/confirm-button';
import { DateTime } from '../../components/date-time';
import { CardSection } from '../../components/card-section';
import { ErrorAlert } from '../../components/error-alert';
import { SelectField, TextAreaField, TextField } from '../../components/form-fields';
import { Loading } from '../../components/loading';
import { Notice } from '../../components/notice';
import { StaleAlert } from '../../components/stale-alert';
import { useAction, useAsync } from '../../hooks/use-async';
import { fieldProblemsOf, problemFor } from '../../i18n/describe-error';
import { isoToTokyoInput, tokyoInputToIso } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';
import { appointmentKindLabel, appointmentStatusLabel } from '../../i18n/labels';
import type { FileContext } from './file-context';
import { useMe } from '../../session/session-context';
import { offers } from './file-access';

/** Interviews, hearings, reporting dates and meetings: the next ones first, then what happened. */
export function AppointmentsTab({ client, round, onChanged }: FileContext) {
  const { t } = useI18n();
  const appointments = useAsync((signal) => appointmentsApi.list(client.id, signal), [client.id, round]);
  const [notice, setNotice] = useState<string | null>(null);
  const me = useMe();
  const open = client.status === 'open';

  const changed = (message: string) => {
    setNotice(message);
    onChanged();
  };

  if (appointments.error && !appointments.data) return <ErrorAlert error={appointments.error} onRetry={appointments.reload} />;
  if (!appointments.data) return <Loading />;
  const upcoming = appointments.data.filter((a) => a.status === 'scheduled').sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const past = appointments.data.filter((a) => a.status !== 'scheduled').sort((a, b) => b.startsAt.localeCompare(a.startsAt));

  return (
    <>
      {notice ? <Notice tone="success">{notice}</Notice> : null}
      <CardSection id="appointments-upcoming" title={t('appointments.upcoming')} first items={upcoming} empty={t('appointments.noneUpcoming')}>
        {(appointment) => (
          <AppointmentCard key={`${appointment.id}:${appointment.version}`} appointment={appointment} editable={open && offers(client, me.role, 'appointment.update')} onChanged={changed} onReload={appointments.reload} />
        )}
      </CardSection>
      {open && offers(client, me.role, 'appointment.create') ? <NewAppointment clientId={client.id} interpreterLanguage={client.interpreterLanguage} onCreated={() => changed(t('appointments.created'))} /> : null}
      <CardSection id="appointments-past" title={t('appointments.past')} items={past} empty={t('appointments.nonePast')}>
        {(appointment) => (
          <AppointmentCard key={`${appointment.id}:${appointment.version}`} appointment={appointment} editable={false} onChanged={changed} onReload={appointments.reload} />
        )}
      </CardSection>
    </>
  );
}

function AppointmentFacts({ appointment }: { readonly appointment: AppointmentView }) {
  const { t } = useI18n();
  return (
    <dl className="facts facts-inline">
      <div>
        <dt>{t('appointments.when')}</dt>
        <dd>
          <DateTime iso={appointment.startsAt} />
          {appointment.endsAt ? (
            <>
              {' – '}
              <DateTime iso={appointment.endsAt} />
            </>
          ) : null}
        </dd>
      </div>
      <div>
        <dt>{t('appointments.place')}</dt>
        <dd>{appointment.place ?? '—'}</dd>
      </div>
      <div>
        <dt>{t('appointments.interpreter')}</dt>
        <dd>{appointment.interpreterLanguage ?? '—'}</dd>
      </div>
      {appointment.outcome ? (
        <div>
          <dt>{t('appointments.outcome')}</dt>
          <dd className="pre-line">{appointment.outcome}</dd>
        </div>
      ) : null}
      {appointment.notes ? (
        <div>
          <dt>{t('appointments.notes')}</dt>
          <dd className="pre-line">{appointment.notes}</dd>
        </div>
      ) : null}
    </dl>
  );
}

type Mode = 'idle' | 'move' | 'held' | 'missed';

interface AppointmentCardProps {
  readonly appointment: AppointmentView;
  readonly editable: boolean;
  readonly onChanged: (message: string) => void;
  readonly onReload: () => void;
}

function AppointmentCard({ appointment, editable, onChanged, onReload }: AppointmentCardProps) {
  const { t } = useI18n();
  const [mode, setMode] = useState<Mode>('idle');
  const [startsAt, setStartsAt] = useState(isoToTokyoInput(appointment.startsAt));
  const [endsAt, setEndsAt] = useState(appointment.endsAt ? isoToTokyoInput(appointment.endsAt) : '');
  const [outcome, setOutcome] = useState('');
  const [timeProblem, setTimeProblem] = useState<string | undefined>(undefined);
  const update = useAction((change: AppointmentUpdate) => appointmentsApi.update(appointment.clientId, appointment.id, change));
  const title = appointmentKindLabel(t, appointment.kind);

  const run = async (change: Omit<AppointmentUpdate, 'version'>, message: string) => {
    const result = await update.run({ version: appointment.version, ...change });
    if (result.ok) onChanged(message);
  };

  const submitMove = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const start = tokyoInputToIso(startsAt);
    const end = endsAt === '' ? null : tokyoInputToIso(endsAt);
    if (!start || end === undefined) {
      setTimeProblem(t('appointments.timeProblem'));
      return;
    }
    setTimeProblem(undefined);
    void run({ startsAt: start, endsAt: end }, t('appointments.moved'));
  };

  const submitOutcome = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const status = mode === 'held' ? 'held' : 'missed';
    void run({ status, outcome: outcome.trim() === '' ? null : outcome.trim() }, status === 'held' ? t('appointments.recordedHeld') : t('appointments.recordedMissed'));
  };

  return (
    <li className={`card appointment appointment-${appointment.status}`}>
      <h3>
        {title} <span className={`badge badge-appointment-${appointment.status}`}>{appointmentStatusLabel(t, appointment.status)}</span>
      </h3>
      <AppointmentFacts appointment={appointment} />
      {isApiError(update.error, 'STALE_VERSION') ? <StaleAlert onReload={onReload} /> : <ErrorAlert error={update.error} />}
      {editable && mode === 'idle' ? (
        <div className="button-row">
          <button type="button" className="button button-secondary button-small" onClick={() => setMode('held')} aria-label={t('appointments.recordHeldLabel', { kind: title })}>
            {t('appointments.recordHeld')}
          </button>
          <button type="button" className="button button-secondary button-small" onClick={() => setMode('missed')} aria-label={t('appointments.recordMissedLabel', { kind: title })}>
            {t('appointments.recordMissed')}
          </button>
          <button type="button" className="button button-secondary button-small" onClick={() => setMode('move')} aria-label={t('appointments.moveLabel', { kind: title })}>
            {t('appointments.move')}
          </button>
          <ConfirmButton
            label={t('appointments.cancel')}
            question={t('appointments.cancelQuestion')}
            confirmLabel={t('appointments.cancelConfirm')}
            danger
            small
            busy={update.busy}
            onConfirm={() => void run({ status: 'cancelled' }, t('appointments.cancelled'))}
          />
        </div>
      ) : null}
      {mode === 'move' ? (
        <form className="form" onSubmit={submitMove}>
          <div className="field-grid">
            <TextField label={t('appointments.startsAt')} type="datetime-local" required problem={timeProblem} value={startsAt} onChange={(event) => setStartsAt(event.target.value)} />
            <TextField label={t('appointments.endsAt')} type="datetime-local" value={endsAt} onChange={(event) => setEndsAt(event.target.value)} />
          </div>
          <div className="button-row">
            <button type="submit" className="button button-primary" disabled={update.busy}>
              {t('appointments.moveSubmit')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setMode('idle')}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      ) : null}
      {mode === 'held' || mode === 'missed' ? (
        <form className="form" onSubmit={submitOutcome}>
          <TextAreaField
            label={mode === 'held' ? t('appointments.outcomeHeld') : t('appointments.outcomeMissed')}
            rows={3}
            maxLength={2000}
            value={outcome}
            onChange={(event) => setOutcome(event.target.value)}
          />
          <div className="button-row">
            <button type="submit" className="button button-primary" disabled={update.busy}>
              {mode === 'held' ? t('appointments.recordHeld') : t('appointments.recordMissed')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setMode('idle')}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      ) : null}
    </li>
  );
}

function NewAppointment({ clientId, interpreterLanguage, onCreated }: { readonly clientId: string; readonly interpreterLanguage: string | null; readonly onCreated: () => void }) {
  const { t, locale } = useI18n();
  const [kind, setKind] = useState<AppointmentKind>('refugee-inquirer-interview');
  const [startsAt, setStartsAt] = useState('');
  const [endsAt, setEndsAt] = useState('');
  const [place, setPlace] = useState('');
  const [language, setLanguage] = useState(interpreterLanguage ?? '');
  const [notes, setNotes] = useState('');
  const [timeProblem, setTimeProblem] = useState<string | undefined>(undefined);
  const create = useAction((start: string, end: string | null) =>
    appointmentsApi.create(clientId, {
      kind,
      startsAt: start,
      endsAt: end,
      place: place.trim() === '' ? null : place.trim(),
      interpreterLanguage: language.trim() === '' ? null : language.trim().toLowerCase(),
      notes: notes.trim() === '' ? null : notes.trim(),
    }),
  );
  const problems = fieldProblemsOf(create.error, t, locale);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const start = tokyoInputToIso(startsAt);
    const end = endsAt === '' ? null : tokyoInputToIso(endsAt);
    if (!start || end === undefined) {
      setTimeProblem(t('appointments.timeProblem'));
      return;
    }
    setTimeProblem(undefined);
    const result = await create.run(start, end);
    if (result.ok) {
      setStartsAt('');
      setEndsAt('');
      setPlace('');
      setNotes('');
      onCreated();
    }
  };

  return (
    <section className="section" aria-labelledby="appointments-new">
      <h2 id="appointments-new">{t('appointments.new')}</h2>
      <p className="muted">{t('appointments.newHint')}</p>
      <ErrorAlert error={create.error} />
      <form className="form form-wide" onSubmit={(event) => void submit(event)}>
        <SelectField label={t('appointments.kind')} value={kind} onChange={(event) => setKind(event.target.value as AppointmentKind)}>
          {APPOINTMENT_KINDS.map((option) => (
            <option key={option} value={option}>
              {appointmentKindLabel(t, option)}
            </option>
          ))}
        </SelectField>
        <div className="field-grid">
          <TextField
            label={t('appointments.startsAt')}
            hint={t('appointments.japanTimeHint')}
            type="datetime-local"
            required
            problem={timeProblem ?? problemFor(problems, 'startsAt')}
            value={startsAt}
            onChange={(event) => setStartsAt(event.target.value)}
          />
          <TextField label={t('appointments.endsAt')} type="datetime-local" problem={problemFor(problems, 'endsAt')} value={endsAt} onChange={(event) => setEndsAt(event.target.value)} />
          <TextField label={t('appointments.place')} maxLength={300} value={place} onChange={(event) => setPlace(event.target.value)} />
          <TextField label={t('appointments.interpreter')} hint={t('client.languageCodeHint')} maxLength={3} problem={problemFor(problems, 'interpreterLanguage')} value={language} onChange={(event) => setLanguage(event.target.value)} />
        </div>
        <TextAreaField label={t('appointments.notes')} rows={2} maxLength={2000} value={notes} onChange={(event) => setNotes(event.target.value)} />
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={create.busy}>
            {t('appointments.create')}
          </button>
        </div>
      </form>
    </section>
  );
}
