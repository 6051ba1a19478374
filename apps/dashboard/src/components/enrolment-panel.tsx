import { useEffect, useRef, useState, type FormEvent } from 'react';
import { authApi } from '../api/auth-api';
import { isApiError } from '../api/http-client';
import type { EnrolmentStart } from '../api/types';
import { useAction } from '../hooks/use-async';
import { useI18n } from '../i18n/i18n';
import { ErrorAlert } from './error-alert';
import { TextField } from './form-fields';
import { Loading } from './loading';

/** The secret in groups of four, easier to type into an app by hand. */
function groupSecret(secret: string): string {
  return secret.replace(/(.{4})/g, '$1 ').trim();
}

/**
 * Setting up an authenticator app: the QR code (or the secret, typed by hand), then a first
 * code to prove it works. Hands the recovery codes to the caller.
 */
interface EnrolmentPanelProps {
  readonly onEnrolled: (recoveryCodes: readonly string[]) => void;
  /** The account turned out to have a second factor already. */
  readonly onAlreadyEnabled?: () => void;
  /**
   * A set-up the caller already started (the account page does, with the password typed again).
   * Without it the panel starts one itself, as during the sign-in that requires set-up.
   */
  readonly started?: EnrolmentStart;
}

export function EnrolmentPanel({ onEnrolled, onAlreadyEnabled, started: startedByCaller }: EnrolmentPanelProps) {
  const { t } = useI18n();
  const [code, setCode] = useState('');
  const [enrolment, setEnrolment] = useState<EnrolmentStart | null>(startedByCaller ?? null);
  const start = useAction(() => authApi.startEnrolment());
  const confirm = useAction((value: string) => authApi.confirmEnrolment(value));
  const started = useRef(startedByCaller !== undefined);

  const begin = async () => {
    const result = await start.run();
    if (result.ok) setEnrolment(result.value);
    else if (onAlreadyEnabled && isApiError(result.error, 'SECOND_FACTOR_ALREADY_ENABLED')) onAlreadyEnabled();
  };

  useEffect(() => {
    // Each start makes a new secret: start once, even when React runs effects twice (dev mode).
    if (started.current) return;
    started.current = true;
    void begin();
  }, []);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = await confirm.run(code.replace(/\s/g, ''));
    if (result.ok) onEnrolled(result.value.recoveryCodes);
    else setCode('');
  };

  if (!enrolment) {
    return start.error ? <ErrorAlert error={start.error} onRetry={() => void begin()} /> : <Loading />;
  }
  return (
    <ol className="steps">
      <li>
        <h2>{t('enrol.step1Title')}</h2>
        <p>{t('enrol.step1Body')}</p>
      </li>
      <li>
        <h2>{t('enrol.step2Title')}</h2>
        <div className="qr">
          <img src={enrolment.qrCodeDataUrl} alt={t('enrol.qrAlt')} width={200} height={200} />
        </div>
        <p>{t('enrol.manual')}</p>
        <p>
          <code className="secret" id="enrolment-secret" aria-label={t('enrol.secretLabel')}>
            {groupSecret(enrolment.secret)}
          </code>
        </p>
      </li>
      <li>
        <h2>{t('enrol.step3Title')}</h2>
        <ErrorAlert error={confirm.error} />
        <form className="form" onSubmit={(event) => void submit(event)}>
          <TextField
            label={t('enrol.code')}
            hint={t('secondFactor.codeHint')}
            className="field-code"
            inputMode="numeric"
            autoComplete="one-time-code"
            pattern="[0-9 ]{6,7}"
            maxLength={7}
            required
            value={code}
            onChange={(event) => setCode(event.target.value)}
          />
          <div className="button-row">
            <button type="submit" className="button button-primary" disabled={confirm.busy}>
              {t('enrol.confirm')}
            </button>
          </div>
        </form>
      </li>
    </ol>
  );
}
