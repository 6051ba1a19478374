import { useState, type FormEvent } from 'react';
import { deadlinesApi } from '../../api/deadlines-api';
import { isApiError } from '../../api/http-client';
import type { DeadlineView } from '../../api/types';
import { ConfirmButton } from '../../components/confirm-button';
import { DeadlineFacts } from '../../components/deadline-parts';
import { CardSection } from '../../components/card-section';
import { ErrorAlert } from '../../components/error-alert';
import { CheckboxField, TextAreaField, TextField } from '../../components/form-fields';
import { LocalDate } from '../../components/local-date';
import { Loading } from '../../components/loading';
import { Notice } from '../../components/notice';
import { StaleAlert } from '../../components/stale-alert';
import { useAction, useAsync } from '../../hooks/use-async';
import { fieldProblemsOf, problemFor } from '../../i18n/describe-error';
import { todayInTokyo } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';
import { deadlineKindLabel, deadlineStatusLabel } from '../../i18n/labels';
import type { FileContext } from './file-context';
import { useMe } from '../../session/session-context';
import { offers } from './file-access';

const DEADLINE_ACTIONS = ['deadline.override', 'deadline.waive', 'deadline.met', 'deadline.recompute'] as const;

const REASON_MIN = 5;

/**
 * The file's deadlines: open ones first and in full (date, how hard, how sure, why, on what
 * basis), with the ways to act on them; the closed ones on request.
 */
export function DeadlinesTab({ client, round, onChanged }: FileContext) {
  const { t } = useI18n();
  const [withHistory, setWithHistory] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const deadlines = useAsync((signal) => deadlinesApi.ofClient(client.id, withHistory, signal), [client.id, withHistory, round]);
  const today = todayInTokyo();
  const me = useMe();
  // Overriding, waiving, marking met and recomputing are the team's decisions: never under emergency access.
  const editable = client.status === 'open' && DEADLINE_ACTIONS.every((action) => offers(client, me.role, action));

  const changed = (message: string) => {
    setNotice(message);
    onChanged();
  };

  if (deadlines.error && !deadlines.data) return <ErrorAlert error={deadlines.error} onRetry={deadlines.reload} />;
  if (!deadlines.data) return <Loading />;
  const open = deadlines.data.filter((d) => d.status === 'open').sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  const closed = deadlines.data.filter((d) => d.status !== 'open').sort((a, b) => b.createdAt.localeCompare(a.createdAt));

  return (
    <>
      {notice ? <Notice tone="success">{notice}</Notice> : null}
      <CardSection id="deadlines-open" title={t('deadlines.openTitle')} first items={open} empty={t('file.noOpenDeadlines')}>
        {(deadline) => (
          <DeadlineCard key={`${deadline.id}:${deadline.version}`} deadline={deadline} today={today} editable={editable} onChanged={changed} onReload={deadlines.reload} />
        )}
      </CardSection>
      <section className="section" aria-labelledby="deadlines-history">
        <h2 id="deadlines-history">{t('deadlines.historyTitle')}</h2>
        <CheckboxField label={t('deadlines.showHistory')} checked={withHistory} onChange={(event) => setWithHistory(event.target.checked)} />
        {withHistory ? (
          closed.length === 0 ? (
            <p className="muted">{t('deadlines.noHistory')}</p>
          ) : (
            <div className="table-scroll">
              <table className="table table-wide">
                <caption className="visually-hidden">{t('deadlines.historyTitle')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('deadlines.kind')}</th>
                    <th scope="col">{t('deadlines.dueDate')}</th>
                    <th scope="col">{t('deadlines.status')}</th>
                    <th scope="col">{t('deadlines.resolution')}</th>
                  </tr>
                </thead>
                <tbody>
                  {closed.map((deadline) => (
                    <tr key={deadline.id}>
                      <th scope="row">{deadlineKindLabel(t, deadline.kind)}</th>
                      <td className="nowrap">
                        <LocalDate value={deadline.dueDate} />
                      </td>
                      <td>
                        <span className={`badge badge-deadline-${deadline.status}`}>{deadlineStatusLabel(t, deadline.status)}</span>
                      </td>
                      <td className="break">{deadline.resolution ?? '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        ) : null}
      </section>
    </>
  );
}

type Mode = 'idle' | 'met' | 'override' | 'waive';

interface DeadlineCardProps {
  readonly deadline: DeadlineView;
  readonly today: string;
  readonly editable: boolean;
  readonly onChanged: (message: string) => void;
  readonly onReload: () => void;
}

function DeadlineCard({ deadline, today, editable, onChanged, onReload }: DeadlineCardProps) {
  const { t, locale } = useI18n();
  const [mode, setMode] = useState<Mode>('idle');
  const [on, setOn] = useState(today);
  const [dueDate, setDueDate] = useState(deadline.dueDate);
  const [text, setText] = useState('');
  const [attempted, setAttempted] = useState(false);
  const act = useAction((run: () => Promise<DeadlineView>) => run());
  const title = deadlineKindLabel(t, deadline.kind);
  const overdue = deadline.dueDate < today;
  const problems = fieldProblemsOf(act.error, t, locale);
  const reasonProblem = attempted && [...text.trim()].length < REASON_MIN ? t('deadlines.reasonProblem', { min: REASON_MIN }) : undefined;

  const perform = async (run: () => Promise<DeadlineView>, message: string) => {
    const result = await act.run(run);
    if (result.ok) onChanged(message);
  };

  const choose = (next: Mode) => {
    act.clearError();
    setAttempted(false);
    setText('');
    setMode(next);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAttempted(true);
    const reason = text.trim();
    if (mode === 'met') {
      void perform(() => deadlinesApi.met(deadline.clientId, deadline.id, deadline.version, on, reason === '' ? null : reason), t('deadlines.markedMet'));
      return;
    }
    if ([...reason].length < REASON_MIN) return;
    if (mode === 'override') void perform(() => deadlinesApi.override(deadline.clientId, deadline.id, deadline.version, dueDate, reason), t('deadlines.overridden'));
    if (mode === 'waive') void perform(() => deadlinesApi.waive(deadline.clientId, deadline.id, deadline.version, reason), t('deadlines.waived'));
  };

  return (
    <li className={`card deadline-card${overdue ? ' deadline-overdue' : ''}${deadline.hardness === 'hard' ? ' deadline-hard' : ''}`}>
      <h3>{title}</h3>
      <DeadlineFacts
        dueDate={deadline.dueDate}
        hardness={deadline.hardness}
        confidence={deadline.confidence}
        conservativeDueDate={deadline.conservativeDueDate}
        opensOn={deadline.opensOn}
        explanation={deadline.explanation}
        basis={deadline.basis}
        today={today}
      >
        {deadline.dueDate !== deadline.computedDueDate ? (
          <p className="deadline-override">
            {t('deadlines.overrideInfo')} <LocalDate value={deadline.computedDueDate} />
            {deadline.overrideReason ? ` — ${deadline.overrideReason}` : ''}
          </p>
        ) : null}
      </DeadlineFacts>
      {isApiError(act.error, 'STALE_VERSION') ? <StaleAlert onReload={onReload} /> : <ErrorAlert error={act.error} />}
      {editable && mode === 'idle' ? (
        <div className="button-row">
          <button type="button" className="button button-primary button-small" onClick={() => choose('met')} aria-label={t('deadlines.metLabel', { kind: title })}>
            {t('deadlines.met')}
          </button>
          <button type="button" className="button button-secondary button-small" onClick={() => choose('override')} aria-label={t('deadlines.overrideLabel', { kind: title })}>
            {t('deadlines.override')}
          </button>
          <button type="button" className="button button-secondary button-small" onClick={() => choose('waive')} aria-label={t('deadlines.waiveLabel', { kind: title })}>
            {t('deadlines.waive')}
          </button>
          <ConfirmButton
            label={t('deadlines.recompute')}
            question={t('deadlines.recomputeQuestion')}
            confirmLabel={t('deadlines.recomputeConfirm')}
            busy={act.busy}
            small
            onConfirm={() => void perform(() => deadlinesApi.recompute(deadline.clientId, deadline.id, deadline.version), t('deadlines.recomputed'))}
          />
        </div>
      ) : null}
      {mode !== 'idle' ? (
        <form className="form" onSubmit={submit} noValidate>
          {mode === 'met' ? (
            <>
              <TextField label={t('deadlines.metOn')} type="date" required max={today} problem={problemFor(problems, 'on')} value={on} onChange={(event) => setOn(event.target.value)} />
              <TextAreaField label={t('deadlines.metNote')} rows={2} maxLength={1000} value={text} onChange={(event) => setText(event.target.value)} />
            </>
          ) : null}
          {mode === 'override' ? (
            <>
              <p className="field-hint">{t('deadlines.overrideExplain')}</p>
              <TextField label={t('deadlines.newDueDate')} type="date" required problem={problemFor(problems, 'dueDate')} value={dueDate} onChange={(event) => setDueDate(event.target.value)} />
              <TextAreaField label={t('deadlines.reason')} hint={t('deadlines.overrideReasonHint')} required rows={2} maxLength={1000} problem={reasonProblem} value={text} onChange={(event) => setText(event.target.value)} />
            </>
          ) : null}
          {mode === 'waive' ? (
            <>
              <p className="field-hint">{t('deadlines.waiveExplain')}</p>
              <TextAreaField label={t('deadlines.reason')} hint={t('deadlines.waiveReasonHint')} required rows={2} maxLength={1000} problem={reasonProblem} value={text} onChange={(event) => setText(event.target.value)} />
            </>
          ) : null}
          <div className="button-row">
            <button type="submit" className={`button ${mode === 'waive' ? 'button-danger' : 'button-primary'}`} disabled={act.busy}>
              {mode === 'met' ? t('deadlines.metSubmit') : mode === 'override' ? t('deadlines.overrideSubmit') : t('deadlines.waiveSubmit')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => choose('idle')}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      ) : null}
    </li>
  );
}
