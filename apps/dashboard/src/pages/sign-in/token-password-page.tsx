import { useEffect, useState, type FormEvent } from 'react';
import { authApi } from '../../api/auth-api';
import { isApiError } from '../../api/http-client';
import { ErrorAlert } from '../../components/error-alert';
import { newPasswordProblems, NewPasswordFields } from '../../components/new-password-fields';
import { Notice } from '../../components/notice';
import { Page } from '../../components/page';
import { useAction } from '../../hooks/use-async';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router/router';

type Purpose = 'invitation' | 'password-reset';

/** The token travels in the fragment (`#token=…`), which browsers never send to a server. */
function tokenFromFragment(): string | null {
  const fragment = new URLSearchParams(window.location.hash.replace(/^#/, ''));
  const token = fragment.get('token');
  return token && /^[A-Za-z0-9_-]{20,100}$/.test(token) ? token : null;
}

/**
 * Choosing a password from an emailed link: accepting an invitation, or resetting a forgotten
 * password. The token is taken out of the address bar at once, so it stays out of the history.
 */
export function TokenPasswordPage({ purpose }: { readonly purpose: Purpose }) {
  const { t } = useI18n();
  const [token, setToken] = useState(tokenFromFragment);
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [attempted, setAttempted] = useState(false);
  const [done, setDone] = useState(false);
  const save = useAction((value: string, newPassword: string) =>
    purpose === 'invitation' ? authApi.acceptInvitation(value, newPassword) : authApi.completePasswordReset(value, newPassword),
  );

  useEffect(() => {
    const takeToken = () => {
      if (!window.location.hash) return;
      // Another link opened in the same tab: start over with its token.
      const next = tokenFromFragment();
      window.history.replaceState(null, '', window.location.pathname);
      if (next) {
        setToken(next);
        setDone(false);
        setAttempted(false);
        save.clearError();
      }
    };
    takeToken();
    window.addEventListener('hashchange', takeToken);
    return () => window.removeEventListener('hashchange', takeToken);
  }, [save.clearError]);

  const title = purpose === 'invitation' ? t('tokenPassword.invitationTitle') : t('tokenPassword.resetTitle');

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAttempted(true);
    const problems = newPasswordProblems(t, password, repeat);
    if (!token || problems.password || problems.repeat) return;
    const result = await save.run(token, password);
    if (result.ok) setDone(true);
  };

  if (!token) {
    return (
      <Page title={title}>
        <div className="alert alert-error" role="alert">
          <p className="alert-message">{t('tokenPassword.noToken')}</p>
          <p>{purpose === 'invitation' ? t('tokenPassword.askNewInvitation') : t('tokenPassword.askNewReset')}</p>
        </div>
        <p className="secondary-links">
          <Link to={purpose === 'invitation' ? '/sign-in' : '/forgot-password'}>
            {purpose === 'invitation' ? t('common.backToSignIn') : t('forgot.title')}
          </Link>
        </p>
      </Page>
    );
  }

  if (done) {
    return (
      <Page title={title}>
        <Notice tone="success">
          <p>{purpose === 'invitation' ? t('tokenPassword.invitationDone') : t('tokenPassword.resetDone')}</p>
        </Notice>
        <p>
          <Link to="/sign-in" className="button button-primary">
            {t('tokenPassword.goSignIn')}
          </Link>
        </p>
      </Page>
    );
  }

  const expired = isApiError(save.error, 'TOKEN_INVALID_OR_EXPIRED');
  return (
    <Page title={title} intro={purpose === 'invitation' ? t('tokenPassword.invitationIntro') : t('tokenPassword.resetIntro')}>
      <ErrorAlert error={save.error} />
      {expired ? (
        <p>
          {purpose === 'invitation' ? (
            t('tokenPassword.askNewInvitation')
          ) : (
            <Link to="/forgot-password">{t('tokenPassword.askNewReset')}</Link>
          )}
        </p>
      ) : null}
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <NewPasswordFields
          password={password}
          repeat={repeat}
          onPasswordChange={setPassword}
          onRepeatChange={setRepeat}
          showProblems={attempted}
        />
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={save.busy}>
            {t('tokenPassword.submit')}
          </button>
        </div>
      </form>
    </Page>
  );
}
