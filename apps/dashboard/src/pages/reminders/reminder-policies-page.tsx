import { useState, type FormEvent } from 'react';
import { isApiError } from '../../api/http-client';
import { remindersApi } from '../../api/reminders-api';
import type { ReminderPolicy } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { CheckboxField, TextField } from '../../components/form-fields';
import { Loading } from '../../components/loading';
import { Notice } from '../../components/notice';
import { Page } from '../../components/page';
import { StaleAlert } from '../../components/stale-alert';
import { useAction, useAsync } from '../../hooks/use-async';
import { useI18n } from '../../i18n/i18n';
import { reminderTargetLabel } from '../../i18n/labels';
import { Link } from '../../router/router';

const pad = (n: number) => String(n).padStart(2, '0');

/** Legal deadlines before appointments; within each, in the server's order. */
const byImportance = (a: ReminderPolicy, b: ReminderPolicy) => Number(b.target.startsWith('deadline:')) - Number(a.target.startsWith('deadline:'));

/** When reminders go out for each kind of deadline and appointment; administrators change them here. */
export function ReminderPoliciesPage() {
  const { t } = useI18n();
  const policies = useAsync((signal) => remindersApi.policies(signal), []);
  const [saved, setSaved] = useState<string | null>(null);

  return (
    <Page
      title={t('reminders.title')}
      intro={t('reminders.intro')}
      actions={
        <Link to="/reminders/stats" className="button button-secondary">
          {t('reminders.statsTitle')}
        </Link>
      }
    >
      {saved ? <Notice tone="success">{t('reminders.saved', { target: reminderTargetLabel(t, saved) })}</Notice> : null}
      {policies.error && !policies.data ? <ErrorAlert error={policies.error} onRetry={policies.reload} /> : null}
      {!policies.data && !policies.error ? <Loading /> : null}
      {policies.data ? (
        <ul className="card-list policy-list">
          {[...policies.data].sort(byImportance).map((policy) => (
            <PolicyCard
              key={`${policy.target}:${policy.version}`}
              policy={policy}
              onSaved={(updated) => {
                setSaved(updated.target);
                policies.setData(policies.data?.map((p) => (p.target === updated.target ? updated : p)) ?? [updated]);
              }}
              onReload={() => {
                setSaved(null);
                policies.reload();
              }}
            />
          ))}
        </ul>
      ) : null}
    </Page>
  );
}

/** "60, 30, 7" → [60, 30, 7]; undefined when anything is not a whole number of days from 0 to 365. */
function parseLeadDays(value: string): number[] | undefined {
  const parts = value.split(/[\s,、，]+/).filter((part) => part !== '');
  const days = parts.map((part) => Number(part));
  return days.every((day) => Number.isInteger(day) && day >= 0 && day <= 365) ? [...new Set(days)].sort((a, b) => b - a) : undefined;
}

interface PolicyCardProps {
  readonly policy: ReminderPolicy;
  readonly onSaved: (policy: ReminderPolicy) => void;
  readonly onReload: () => void;
}

function PolicyCard({ policy, onSaved, onReload }: PolicyCardProps) {
  const { t } = useI18n();
  const [editing, setEditing] = useState(false);
  const [leadDays, setLeadDays] = useState(policy.leadDays.join(', '));
  const [onRecording, setOnRecording] = useState(policy.onRecording);
  const [dailyUntilDue, setDailyUntilDue] = useState(policy.dailyUntilDue);
  const [time, setTime] = useState(`${pad(policy.sendAtHour)}:${pad(policy.sendAtMinute)}`);
  const [enabled, setEnabled] = useState(policy.enabled);
  const [attempted, setAttempted] = useState(false);
  const save = useAction((change: Parameters<typeof remindersApi.updatePolicy>[1]) => remindersApi.updatePolicy(policy.target, change));
  const title = reminderTargetLabel(t, policy.target);
  const days = parseLeadDays(leadDays);
  const timeMatch = /^(\d{2}):(\d{2})$/.exec(time);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAttempted(true);
    if (!days || !timeMatch) return;
    const result = await save.run({
      version: policy.version,
      leadDays: days,
      onRecording,
      dailyUntilDue,
      sendAtHour: Number(timeMatch[1]),
      sendAtMinute: Number(timeMatch[2]),
      enabled,
    });
    if (result.ok) onSaved(result.value);
  };

  return (
    <li className={`card policy${policy.enabled ? '' : ' policy-disabled'}`}>
      <h2 className="card-title">{title}</h2>
      <dl className="facts facts-inline">
        <div>
          <dt>{t('reminders.leadDays')}</dt>
          <dd>{policy.leadDays.length === 0 ? '—' : t('reminders.leadDaysValue', { days: policy.leadDays.join(', ') })}</dd>
        </div>
        <div>
          <dt>{t('reminders.onRecording')}</dt>
          <dd>{policy.onRecording ? t('common.on') : t('common.off')}</dd>
        </div>
        <div>
          <dt>{t('reminders.dailyUntilDue')}</dt>
          <dd>{policy.dailyUntilDue ? t('common.on') : t('common.off')}</dd>
        </div>
        <div>
          <dt>{t('reminders.sendAt')}</dt>
          <dd>
            {pad(policy.sendAtHour)}:{pad(policy.sendAtMinute)} {t('common.japanTime')}
          </dd>
        </div>
        <div>
          <dt>{t('reminders.enabled')}</dt>
          <dd>{policy.enabled ? t('common.on') : <strong>{t('common.off')}</strong>}</dd>
        </div>
      </dl>
      {editing ? (
        <form className="form" onSubmit={(event) => void submit(event)} noValidate aria-label={t('reminders.editLabel', { target: title })}>
          {isApiError(save.error, 'STALE_VERSION') ? <StaleAlert onReload={onReload} /> : <ErrorAlert error={save.error} />}
          <TextField
            label={t('reminders.leadDays')}
            hint={t('reminders.leadDaysHint')}
            autoComplete="off"
            problem={attempted && !days ? t('reminders.leadDaysProblem') : undefined}
            value={leadDays}
            onChange={(event) => setLeadDays(event.target.value)}
          />
          <CheckboxField label={t('reminders.onRecordingLabel')} checked={onRecording} onChange={(event) => setOnRecording(event.target.checked)} />
          <CheckboxField label={t('reminders.dailyUntilDueLabel')} checked={dailyUntilDue} onChange={(event) => setDailyUntilDue(event.target.checked)} />
          <TextField
            label={t('reminders.sendAt')}
            hint={t('reminders.sendAtHint')}
            type="time"
            className="field-short"
            problem={attempted && !timeMatch ? t('reminders.sendAtProblem') : undefined}
            value={time}
            onChange={(event) => setTime(event.target.value)}
          />
          <CheckboxField label={t('reminders.enabledLabel')} checked={enabled} onChange={(event) => setEnabled(event.target.checked)} />
          {!enabled ? <Notice tone="warning">{t('reminders.disabledWarning')}</Notice> : null}
          <div className="button-row">
            <button type="submit" className="button button-primary" disabled={save.busy}>
              {t('common.saveChanges')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setEditing(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <div className="button-row">
          <button type="button" className="button button-secondary button-small" onClick={() => setEditing(true)} aria-label={t('reminders.editLabel', { target: title })}>
            {t('reminders.edit')}
          </button>
        </div>
      )}
    </li>
  );
}
