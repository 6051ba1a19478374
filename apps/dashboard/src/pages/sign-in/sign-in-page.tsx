import { useState, type FormEvent } from 'react';
import { authApi } from '../../api/auth-api';
import { isApiError } from '../../api/http-client';
import { ErrorAlert } from '../../components/error-alert';
import { TextField } from '../../components/form-fields';
import { Notice } from '../../components/notice';
import { Page } from '../../components/page';
import { useAction } from '../../hooks/use-async';
import { useCountdown } from '../../hooks/use-countdown';
import { retryAfterSeconds } from '../../i18n/describe-error';
import { formatWait } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router/router';
import { useSession } from '../../session/session-context';

/** Email and password; what comes next (second factor, set-up) follows from the session's state. */
export function SignInPage() {
  const { t, locale } = useI18n();
  const session = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [throttledUntil, setThrottledUntil] = useState<number | null>(null);
  const waitSeconds = useCountdown(throttledUntil);
  const signIn = useAction((address: string, secret: string) => authApi.signIn(address, secret));

  const sessionEnded = session.status.kind === 'signed-out' && session.status.reason === 'session-ended';
  const throttled = isApiError(signIn.error, 'LOGIN_THROTTLED');

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = await signIn.run(email.trim(), password);
    if (result.ok) {
      session.signedIn(result.value);
      return;
    }
    setPassword('');
    const wait = retryAfterSeconds(result.error);
    setThrottledUntil(wait === undefined ? null : Date.now() + wait * 1000);
  };

  return (
    <Page title={t('signIn.title')}>
      {sessionEnded ? <Notice tone="info">{t('signIn.sessionEnded')}</Notice> : null}
      {throttled ? (
        <div className="alert alert-error" role="alert">
          <p className="alert-message">{locale === 'en' && signIn.error instanceof Error ? signIn.error.message : t('error.code.LOGIN_THROTTLED')}</p>
          <p>{waitSeconds > 0 ? t('signIn.throttledWait', { wait: formatWait(waitSeconds, locale) }) : t('signIn.throttledOver')}</p>
        </div>
      ) : (
        <ErrorAlert error={signIn.error} />
      )}
      <form className="form" onSubmit={(event) => void submit(event)}>
        <TextField
          label={t('signIn.email')}
          type="email"
          name="email"
          autoComplete="username"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
        />
        <TextField
          label={t('signIn.password')}
          type="password"
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={signIn.busy || waitSeconds > 0}>
            {signIn.busy ? t('signIn.submitting') : t('signIn.submit')}
          </button>
        </div>
      </form>
      <p className="secondary-links">
        <Link to="/forgot-password">{t('signIn.forgotPassword')}</Link>
      </p>
    </Page>
  );
}
