import { useState, type FormEvent } from 'react';
import { clientsApi } from '../../api/clients-api';
import type { ClientView } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { CheckboxField, TextAreaField, TextField } from '../../components/form-fields';
import { useAction } from '../../hooks/use-async';
import { useI18n } from '../../i18n/i18n';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const BREAK_GLASS_REASON_MIN = 10;

interface BreakGlassFormProps {
  /** The file to open; without it, the form asks for the client ID. */
  readonly clientId?: string;
  readonly onOpened: (client: ClientView) => void;
}

/**
 * Emergency access to a file outside one's scope: says plainly that it is audited with the
 * reason, that the file's supervisors are told, and that it lasts one hour; asks for a reason
 * and an explicit acknowledgement.
 */
export function BreakGlassForm({ clientId, onOpened }: BreakGlassFormProps) {
  const { t } = useI18n();
  const [id, setId] = useState(clientId ?? '');
  const [reason, setReason] = useState('');
  const [understood, setUnderstood] = useState(false);
  const [attempted, setAttempted] = useState(false);
  const open = useAction((target: string, why: string) => clientsApi.breakGlass(target, why));

  const idProblem = clientId === undefined && !UUID.test(id.trim()) ? t('emergency.idProblem') : undefined;
  const reasonProblem = [...reason.trim()].length < BREAK_GLASS_REASON_MIN ? t('emergency.reasonProblem', { min: BREAK_GLASS_REASON_MIN }) : undefined;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAttempted(true);
    if (idProblem || reasonProblem || !understood) return;
    const result = await open.run(id.trim(), reason.trim());
    if (result.ok) onOpened(result.value);
  };

  return (
    <div className="break-glass">
      <div className="alert alert-warning">
        <p className="alert-message">{t('emergency.warningTitle')}</p>
        <ul className="alert-items">
          <li>{t('emergency.warningAudited')}</li>
          <li>{t('emergency.warningNotified')}</li>
          <li>{t('emergency.warningHour')}</li>
        </ul>
      </div>
      <ErrorAlert error={open.error} />
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        {clientId === undefined ? (
          <TextField
            label={t('emergency.clientId')}
            hint={t('emergency.clientIdHint')}
            spellCheck={false}
            autoComplete="off"
            required
            problem={attempted ? idProblem : undefined}
            value={id}
            onChange={(event) => setId(event.target.value)}
          />
        ) : null}
        <TextAreaField
          label={t('emergency.reason')}
          hint={t('emergency.reasonHint')}
          required
          rows={3}
          maxLength={1000}
          problem={attempted ? reasonProblem : undefined}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
        <CheckboxField label={t('emergency.understood')} checked={understood} onChange={(event) => setUnderstood(event.target.checked)} />
        {attempted && !understood ? <p className="field-problem">{t('emergency.understoodProblem')}</p> : null}
        <div className="button-row">
          <button type="submit" className="button button-danger" disabled={open.busy}>
            {t('emergency.open')}
          </button>
        </div>
      </form>
    </div>
  );
}
