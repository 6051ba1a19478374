import { useState, type FormEvent } from 'react';
import { authApi } from '../../api/auth-api';
import type { SecondFactor } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { TextField } from '../../components/form-fields';
import { Page } from '../../components/page';
import { useAction } from '../../hooks/use-async';
import { useCountdown } from '../../hooks/use-countdown';
import { retryAfterSeconds } from '../../i18n/describe-error';
import { useI18n } from '../../i18n/i18n';
import { useNavigate } from '../../router/router';
import { useSession } from '../../session/session-context';

/** The second step of sign-in: a code from the authenticator app, or one recovery code. */
export function SecondFactorPage() {
  const { t } = useI18n();
  const session = useSession();
  const navigate = useNavigate();
  const [useRecoveryCode, setUseRecoveryCode] = useState(false);
  const [code, setCode] = useState('');
  const [recoveryCode, setRecoveryCode] = useState('');
  // After too many wrong codes the server pauses the second factor (SECOND_FACTOR_LOCKED): the
  // alert says how long, and the button waits as long.
  const [lockedUntil, setLockedUntil] = useState<number | null>(null);
  const waitSeconds = useCountdown(lockedUntil);
  const verify = useAction(async (factor: SecondFactor) => {
    await authApi.verifySecondFactor(factor);
    await session.refresh();
  });

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const factor: SecondFactor = useRecoveryCode ? { recoveryCode: recoveryCode.trim() } : { code: code.replace(/\s/g, '') };
    const result = await verify.run(factor);
    if (!result.ok) {
      setCode('');
      setRecoveryCode('');
      const wait = retryAfterSeconds(result.error);
      setLockedUntil(wait === undefined ? null : Date.now() + wait * 1000);
    }
  };

  const cancel = async () => {
    await session.signOut();
    navigate('/sign-in', { replace: true });
  };

  return (
    <Page title={t('secondFactor.title')} intro={useRecoveryCode ? t('secondFactor.recoveryIntro') : t('secondFactor.intro')}>
      <ErrorAlert error={verify.error} />
      <form className="form" onSubmit={(event) => void submit(event)}>
        {useRecoveryCode ? (
          <TextField
            key="recovery"
            label={t('secondFactor.recoveryCode')}
            hint={t('secondFactor.recoveryHint')}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            required
            minLength={10}
            maxLength={20}
            value={recoveryCode}
            onChange={(event) => setRecoveryCode(event.target.value)}
          />
        ) : (
          <TextField
            key="code"
            label={t('secondFactor.code')}
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
        )}
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={verify.busy || waitSeconds > 0}>
            {t('secondFactor.submit')}
          </button>
          <button
            type="button"
            className="button button-link"
            onClick={() => {
              setUseRecoveryCode(!useRecoveryCode);
              verify.clearError();
            }}
          >
            {useRecoveryCode ? t('secondFactor.useCode') : t('secondFactor.useRecoveryCode')}
          </button>
        </div>
      </form>
      <p className="secondary-links">
        <button type="button" className="button button-link" onClick={() => void cancel()}>
          {t('secondFactor.cancel')}
        </button>
      </p>
    </Page>
  );
}
